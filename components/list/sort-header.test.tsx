import { renderToStaticMarkup } from 'react-dom/server';
import { parseListState } from '@/lib/list/params';
import { SortHeader } from './sort-header';

const render = (sortable: boolean) =>
  renderToStaticMarkup(
    <table>
      <thead>
        <tr>
          <SortHeader path="/persons" state={parseListState({ sort: 'mobile' }, [])} column={sortable ? 'mobile' : 'organisations'} label="Kolom" sortable={sortable} />
        </tr>
      </thead>
    </table>,
  );

describe('a column header', () => {
  it('of a sortable column links to the list sorted by it, with the direction shown', () => {
    const html = render(true);
    expect(html).toContain('href="/persons?sort=mobile&amp;dir=desc"');
    expect(html).toContain('aria-sort="ascending"');
  });

  it('of a column that does not sort is plain text: no link, no sort arrows', () => {
    const html = render(false);
    expect(html).not.toContain('<a');
    expect(html).not.toMatch(/[↕▲▼]/);
    expect(html).not.toContain('aria-sort');
  });
});

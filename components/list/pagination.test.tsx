import { renderToStaticMarkup } from 'react-dom/server';
import { parseListState } from '@/lib/list/params';
import { dutch } from '@/lib/testing/messages';
import { Pagination } from './pagination';

jest.mock('next-intl/server', () => ({ getTranslations: async () => dutch, getLocale: async () => 'nl' }));

async function render(params: Record<string, string>, count: number, shown: number, capped = false): Promise<string> {
  const element = await Pagination({ path: '/organisations', state: parseListState(params, []), count, capped, shown });
  return renderToStaticMarkup(element).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('the pagination of a list', () => {
  it('ends the range at the last row on the last page', async () => {
    expect(await render({ page: '2' }, 30, 5)).toContain('26–30 van 30');
  });

  it('writes page numbers and counts the way the language groups digits', async () => {
    const text = await render({ page: '1284', per: '10' }, 20000, 10);
    expect(text).toContain('Pagina 1.284 van 2.000');
    expect(text).toContain('12.831–12.840 van 20.000');
  });
});

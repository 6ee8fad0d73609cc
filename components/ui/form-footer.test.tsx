import { renderToStaticMarkup } from 'react-dom/server';
import { organisationFieldLabel, organisationValueLabel } from '@/lib/organisations/labels';
import { lookupsOf } from '@/lib/testing/fixtures';
import { dutch } from '@/lib/testing/messages';
import { FormFooter } from './form-footer';

jest.mock('next-intl', () => ({ useTranslations: () => Object.assign(dutch, { has: () => true }), useLocale: () => 'nl' }));

describe('the end of a record form', () => {
  it('shows the fields someone else changed with their values as people read them', () => {
    const lookups = lookupsOf({ users: [[3, 'Anna de Boer']], segments: [[11, 'Zorg']], choices: [[5, 'Klant']] });
    const conflict = {
      fields: [
        { field: 'statusId', value: 5 },
        { field: 'accountManagerId', value: 3 },
        { field: 'segmentId', value: 11 },
        { field: 'phone', value: '+31201234567' },
      ],
      by: 'Piet',
      at: '2026-11-22T09:15:00.000Z',
      version: 3,
    };
    const html = renderToStaticMarkup(
      <FormFooter
        conflict={conflict}
        formError="errors.staleVersion"
        submitting={false}
        cancelHref="/organisations/1"
        fieldLabel={(f) => organisationFieldLabel(Object.assign(dutch, { has: () => true }), f)}
        valueLabel={organisationValueLabel(lookups)}
      />,
    );
    const text = html.replace(/<[^>]+>/g, '');
    for (const line of ['Status: Klant', 'Accountmanager: Anna de Boer', 'Segment: Zorg', 'Telefoon: 020 123 4567']) expect(text).toContain(line);
  });
});

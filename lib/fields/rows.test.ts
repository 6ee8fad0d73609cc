import { organisationFields } from '@/lib/organisations/fields';
import { organisationRowSchema } from '@/lib/organisations/validations';
import { personInOrganisationFields } from '@/lib/persons-in-organisation/fields';
import { personInOrganisationRowSchema } from '@/lib/persons-in-organisation/validations';
import { rowFieldErrors, validatePatches } from './rows';

const stored = new Map<number, Record<string, unknown>>([
  [1, { id: 1, version: 3, name: 'Acme', active: true, visitCountry: 'NL', visitPostcode: '3511 AB', postalSameAsVisit: true, postalCountry: 'NL', segmentId: 4, subsegmentId: 9, phone: '+31201234567' }],
  [2, { id: 2, version: 1, name: 'Zwaan', active: true, visitCountry: 'BE', postalSameAsVisit: true, postalCountry: 'NL' }],
]);
const asStored = (input: Record<string, unknown>) => input;

describe('patches validated over the stored row with the form schema', () => {
  it('gives only the columns whose value changes, normalised as the form does', () => {
    const result = validatePatches(organisationFields, organisationRowSchema, asStored, stored, [
      { id: 1, version: 3, patch: { phone: '020 123 4567', visitCity: 'Utrecht', iban: 'nl91abna0417164300' } },
    ]);
    expect(result).toEqual({ ok: true, rows: [{ id: 1, version: 3, patch: { visitCity: 'Utrecht', iban: 'NL91ABNA0417164300' } }] });
  });

  it('checks the rules across fields on the merged row: the postcode against the stored country, a subsegment without its segment', () => {
    const result = validatePatches(organisationFields, organisationRowSchema, asStored, stored, [
      { id: 1, version: 3, patch: { segmentId: '' } },
      { id: 2, version: 1, patch: { visitPostcode: '3511 AB', iban: 'NL00' } },
    ]);
    expect(result).toEqual({
      ok: false,
      rowErrors: {
        1: { subsegmentId: ['organisations.subsegmentNeedsSegment'] },
        2: { iban: ['validation.iban'], visitPostcode: ['validation.postcode'] },
      },
    });
  });

  it('refuses an end date before the stored start date of a person in organisation', () => {
    const jobs = new Map([[5, { id: 5, version: 1, personId: 1, organisationId: 2, startDate: '2024-03-01', active: true }]]);
    expect(validatePatches(personInOrganisationFields, personInOrganisationRowSchema, asStored, jobs, [{ id: 5, version: 1, patch: { endDate: '01-02-2024' } }])).toEqual({
      ok: false,
      rowErrors: { 5: { endDate: ['personsInOrganisation.endBeforeStart'] } },
    });
  });
});

describe('row errors for a form of many rows', () => {
  it('are keyed rows.<id>.<field>, a row as a whole at rows.<id>', () => {
    expect(rowFieldErrors({ 3: { name: ['validation.required'] }, 4: { '': ['errors.staleVersion'] } })).toEqual({ 'rows.3.name': ['validation.required'], 'rows.4': ['errors.staleVersion'] });
  });
});

import type { Organisation } from '@/db/schema';
import { ok } from '@/lib/validation/parse-for-tests';
import { organisationFormValues } from './form-values';
import { updateOrganisationSchema } from './validations';

const stored = { id: 3, version: 1, name: 'Acme B.V.', active: true, visitCountry: 'NL', postalCountry: 'NL', postalSameAsVisit: true, phone: '+31201234567' } as Organisation;

describe('the organisation form starting from a stored organisation', () => {
  it('shows the phone number in national form and saves it back unchanged', () => {
    expect(organisationFormValues(stored).phone).toBe('020 123 4567');
    expect(ok(updateOrganisationSchema, organisationFormValues(stored))).toMatchObject({ phone: '+31201234567' });
  });

  it('shows a foreign number internationally', () => {
    expect(organisationFormValues({ ...stored, phone: '+3222345678' }).phone).toBe('+32 2 234 56 78');
  });
});

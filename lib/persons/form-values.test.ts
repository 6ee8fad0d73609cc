import type { Person } from '@/db/schema';
import { ok } from '@/lib/validation/parse-for-tests';
import { personFormValues } from './form-values';
import { updatePersonSchema } from './validations';

const stored = {
  id: 4, version: 2, lastName: 'Berg', country: 'NL', marketingConsent: false, passive: false,
  phone: '+31201234567', mobile: '+31612345678', dateOfBirth: '1980-04-03',
} as Person;

describe('the person form starting from a stored person', () => {
  it('shows phone numbers in national form and the date of birth the Dutch way', () => {
    expect(personFormValues(stored)).toMatchObject({ phone: '020 123 4567', mobile: '06 12345678', dateOfBirth: '03-04-1980' });
  });

  it('saves the untouched prefill as the same stored values', () => {
    expect(ok(updatePersonSchema, personFormValues(stored))).toMatchObject({ phone: '+31201234567', mobile: '+31612345678', dateOfBirth: '1980-04-03' });
  });
});

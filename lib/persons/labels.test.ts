import { lookupsOf } from '@/lib/testing/fixtures';
import { personValueLabel } from './labels';

const lookups = lookupsOf({ choices: [[7, 'Mevrouw']] });

describe('person values as people read them', () => {
  it('names the salutation and writes phone numbers in national form', () => {
    const label = personValueLabel(lookups, 'nl');
    expect(label('salutationId', 7)).toBe('Mevrouw');
    expect(label('mobile', '+31612345678')).toBe('06 12345678');
    expect(label('phone', '+3222345678')).toBe('+32 2 234 56 78');
  });

  it('writes the date of birth and the moment of consent in the language of the user', () => {
    expect(personValueLabel(lookups, 'nl')('dateOfBirth', '1980-04-03')).toBe('03-04-1980');
    expect(personValueLabel(lookups, 'en')('dateOfBirth', '1980-04-03')).toBe('03/04/1980');
    expect(personValueLabel(lookups, 'nl')('marketingConsentAt', '2026-11-22T09:15:00.000Z')).toMatch(/^22-11-2026,? 10:15$/);
  });

  it('leaves other values to the default display', () => {
    expect(personValueLabel(lookups, 'nl')('lastName', 'Berg')).toBeNull();
  });
});

import { lookupsOf } from '@/lib/testing/fixtures';
import { organisationValueLabel } from './labels';

describe('organisation values as people read them', () => {
  it('names choice values, segments and the account manager, and writes the phone number in national form', () => {
    const label = organisationValueLabel(lookupsOf({ users: [[3, 'Anna de Boer']], segments: [[11, 'Zorg']], choices: [[5, 'Klant']] }));
    expect(label('statusId', 5)).toBe('Klant');
    expect(label('subsegmentId', 11)).toBe('Zorg');
    expect(label('accountManagerId', 3)).toBe('Anna de Boer');
    expect(label('phone', '+31201234567')).toBe('020 123 4567');
    expect(label('name', 'Acme')).toBeNull();
  });
});

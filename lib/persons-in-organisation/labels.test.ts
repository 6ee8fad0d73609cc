import { lookupsOf } from '@/lib/testing/fixtures';
import { personInOrganisationValueLabel } from './labels';

describe('person in organisation values as people read them', () => {
  it('names categories and known parties, writes dates per language and phones in national form', () => {
    const label = personInOrganisationValueLabel(lookupsOf({ segments: [[4, 'Beslisser']] }), 'fr', { organisationId: new Map([[9, 'Acme']]) });
    expect(label('categoryId', 4)).toBe('Beslisser');
    expect(label('organisationId', 9)).toBe('Acme');
    expect(label('startDate', '2026-11-01')).toBe('01/11/2026');
    expect(label('phone', '+31301234567')).toBe('030 123 4567');
  });
});

import type { DbHandle } from '@/db/connect';
import { choiceListEntries, choiceLists, segments } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { getLookups } from './lookups';
import { referenceName } from './reference-names';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

describe('names of segments and choice values on records', () => {
  it('marks a deactivated segment or choice value and leaves active ones as they are', async () => {
    const [list] = await handle.db.insert(choiceLists).values({ key: 'industry' }).returning();
    const [gone, kept] = await handle.db
      .insert(choiceListEntries)
      .values([{ choiceListId: list.id, label: 'Scheepsbouw', active: false }, { choiceListId: list.id, label: 'Zorg' }])
      .returning();
    const [retail, old] = await handle.db.insert(segments).values([{ name: 'Retail' }, { name: 'Groothandel', active: false }]).returning();
    const lookups = await getLookups();
    expect(referenceName(lookups, 'choices', gone.id, 'inactief')).toBe('Scheepsbouw (inactief)');
    expect(referenceName(lookups, 'choices', kept.id, 'inactief')).toBe('Zorg');
    expect(referenceName(lookups, 'segments', old.id, 'inactive')).toBe('Groothandel (inactive)');
    expect(referenceName(lookups, 'segments', retail.id, 'inactive')).toBe('Retail');
    expect(referenceName(lookups, 'segments', null, 'inactive')).toBe('');
  });
});

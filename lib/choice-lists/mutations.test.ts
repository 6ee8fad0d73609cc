import { and, eq, inArray } from 'drizzle-orm';
import {
  addChoiceEntryAction,
  deleteChoiceEntryAction,
  moveChoiceEntryAction,
  renameChoiceEntryAction,
  setChoiceEntryActiveAction,
} from '@/app/(app)/admin/choice-lists/actions';
import type { DbHandle } from '@/db/connect';
import { auditLog, choiceListEntries, choiceLists, organisations, persons } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/authorize';
import { getSessionUser } from '@/lib/auth/session';
import { makeUser } from '@/lib/testing/fixtures';

jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));
const signedInAs = (user: SessionUser | null) => (getSessionUser as jest.Mock).mockResolvedValue(user);

let handle: DbHandle;
let superUser: SessionUser;
let admin: SessionUser;
let plainUser: SessionUser;

beforeAll(async () => {
  handle = await openTestDatabase();
  superUser = await makeUser(handle.db, 'crm_super');
  admin = await makeUser(handle.db, 'admin');
  plainUser = await makeUser(handle.db, 'user');
});
afterAll(() => handle.close());

async function add(listKey: 'status' | 'industry' | 'salutation' | 'job_title', label: string): Promise<number> {
  signedInAs(superUser);
  const result = await addChoiceEntryAction({ listKey, label });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}
const entry = async (id: number) => (await handle.db.select().from(choiceListEntries).where(eq(choiceListEntries.id, id)))[0];

describe('changing choice lists', () => {
  it('refuses every choice list action called directly by a user, and writes nothing', async () => {
    const id = await add('status', 'Suspect');
    const row = await entry(id);
    signedInAs(plainUser);
    const forbidden = { ok: false, formError: 'errors.forbidden' };
    expect(await addChoiceEntryAction({ listKey: 'status', label: 'Stiekem' })).toEqual(forbidden);
    expect(await renameChoiceEntryAction({ id, version: 1, label: 'Anders' })).toEqual(forbidden);
    expect(await moveChoiceEntryAction({ id, direction: 'down' })).toEqual(forbidden);
    expect(await setChoiceEntryActiveAction({ id, version: 1, active: false })).toEqual(forbidden);
    expect(await deleteChoiceEntryAction({ id, version: 1 })).toEqual(forbidden);
    expect(await entry(id)).toEqual(row);
  });

  it('creates the list on its first entry and adds entries at the end, for CRM Super users and admins', async () => {
    const first = await add('industry', 'ICT');
    signedInAs(admin);
    const second = await addChoiceEntryAction({ listKey: 'industry', label: 'Bouw' });
    expect(second.ok).toBe(true);
    const [list] = await handle.db.select().from(choiceLists).where(eq(choiceLists.key, 'industry'));
    const rows = await handle.db.select().from(choiceListEntries).where(eq(choiceListEntries.choiceListId, list.id));
    expect(rows.map((r) => [r.id, r.sortOrder])).toEqual([[first, 10], [second.ok ? second.data.id : 0, 20]]);
  });

  it('turns a duplicate label in the same list (any case) into a message at the label field', async () => {
    await add('job_title', 'Directeur');
    signedInAs(superUser);
    expect(await addChoiceEntryAction({ listKey: 'job_title', label: 'DIRECTEUR' })).toEqual({ ok: false, fieldErrors: { label: ['errors.duplicate'] } });
    expect((await addChoiceEntryAction({ listKey: 'industry', label: 'Directeur' })).ok).toBe(true);
  });

  it('renames an entry with a history entry of the old and new label', async () => {
    const id = await add('salutation', 'Dhr');
    signedInAs(superUser);
    expect(await renameChoiceEntryAction({ id, version: 1, label: 'Dhr.' })).toEqual({ ok: true, data: { id, version: 2 } });
    const audit = await handle.db.select().from(auditLog).where(and(eq(auditLog.tableName, 'choice_list_entries'), eq(auditLog.recordId, id), eq(auditLog.action, 'update')));
    expect(audit.map((e) => e.changes)).toEqual([{ label: ['Dhr', 'Dhr.'] }]);
  });

  it('reorders by swapping two neighbours, with a history entry for each', async () => {
    const [a, b] = [await add('salutation', 'Mevr.'), await add('salutation', 'Dhr./Mevr.')];
    signedInAs(superUser);
    expect(await moveChoiceEntryAction({ id: b, direction: 'up' })).toEqual({ ok: true, data: { moved: true } });
    const [ra, rb] = [await entry(a), await entry(b)];
    expect(rb.sortOrder).toBeLessThan(ra.sortOrder);
    const audit = await handle.db.select().from(auditLog).where(and(eq(auditLog.action, 'update'), inArray(auditLog.recordId, [a, b]), eq(auditLog.tableName, 'choice_list_entries')));
    expect(audit).toHaveLength(2);
  });

  it('deactivates an entry without touching the records that use it', async () => {
    const id = await add('status', 'Oud-klant');
    const [org] = await handle.db.insert(organisations).values({ name: 'Trouw BV', statusId: id }).returning();
    signedInAs(superUser);
    expect(await setChoiceEntryActiveAction({ id, version: 1, active: false })).toEqual({ ok: true, data: { id, version: 2 } });
    expect((await handle.db.select().from(organisations).where(eq(organisations.id, org.id)))[0].statusId).toBe(id);
  });

  it('never deletes an entry in use, saying how many records use it, and deletes an unused one', async () => {
    const used = await add('salutation', 'Prof.');
    await handle.db.insert(persons).values([{ lastName: 'Zijlstra', salutationId: used }, { lastName: 'Yilmaz', salutationId: used }]);
    signedInAs(superUser);
    expect(await deleteChoiceEntryAction({ id: used, version: 1 })).toEqual({ ok: false, formError: 'choiceLists.deleteInUse|{"count":2}' });
    expect((await entry(used)).deletedAt).toBeNull();
    const unused = await add('salutation', 'Ir.');
    expect(await deleteChoiceEntryAction({ id: unused, version: 1 })).toEqual({ ok: true, data: { id: unused } });
    expect((await entry(unused)).deletedAt).not.toBeNull();
  });
});

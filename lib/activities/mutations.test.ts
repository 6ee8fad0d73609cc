import { and, eq } from 'drizzle-orm';
import {
  createActivityAction,
  deleteActivityAction,
  rescheduleActivityAction,
  restoreActivityAction,
  setActivityDoneAction,
  updateActivityAction,
} from '@/app/(app)/activities/actions';
import type { DbHandle } from '@/db/connect';
import { activities, auditLog, organisations, persons, personsInOrganisation, users } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/authorize';
import { getSessionUser } from '@/lib/auth/session';
import { makeUser } from '@/lib/testing/fixtures';
import { parseActivityCardState } from './card-state';
import { addDays, dueInstant, localDate } from './due';
import { getRecordActivities } from './queries';

jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));
const signedInAs = (user: SessionUser) => (getSessionUser as jest.Mock).mockResolvedValue(user);

let handle: DbHandle;
let author: SessionUser;
let assignee: SessionUser;
let other: SessionUser;
let superUser: SessionUser;
let orgId: number;
let personId: number;
let pioId: number;
beforeAll(async () => {
  handle = await openTestDatabase();
  [author, assignee, other, superUser] = [await makeUser(handle.db, 'user'), await makeUser(handle.db, 'user'), await makeUser(handle.db, 'user'), await makeUser(handle.db, 'crm_super')];
  const [o] = await handle.db.insert(organisations).values({ name: 'Bakkerij Jansen' }).returning();
  const [p] = await handle.db.insert(persons).values({ firstName: 'Eva', namePrefix: 'de', lastName: 'Boer' }).returning();
  const [e] = await handle.db.insert(personsInOrganisation).values({ personId: p.id, organisationId: o.id }).returning();
  [orgId, personId, pioId] = [o.id, p.id, e.id];
});
afterAll(() => handle.close());

const form = (patch: Record<string, unknown> = {}) => ({
  kind: 'call' as const, subject: 'Offerte nabellen', description: '', dueDate: '', dueTime: '', assignedToId: String(author.id), priority: 'normal' as const, pinned: false, on: 'organisation' as const, onId: orgId, ...patch,
});

async function create(patch: Record<string, unknown> = {}) {
  const result = await createActivityAction(form(patch));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

const stored = async (id: number) => (await handle.db.select().from(activities).where(eq(activities.id, id)))[0];

describe('activity mutations', () => {
  it('creates an activity with a due time in Amsterdam time and writes its history', async () => {
    signedInAs(author);
    const { id, cards } = await create({ dueDate: '22-11-2026', dueTime: '9:30', priority: 'high' });
    const row = await stored(id);
    expect(row).toMatchObject({ kind: 'call', dueHasTime: true, priority: 'high', organisationId: orgId, createdBy: author.id, assignedToId: author.id });
    expect(row.dueAt?.toISOString()).toBe('2026-11-22T08:30:00.000Z');
    expect(cards).toEqual([`/organisations/${orgId}`]);
    const [entry] = await handle.db.select().from(auditLog).where(and(eq(auditLog.tableName, 'activities'), eq(auditLog.recordId, id)));
    expect(entry.action).toBe('create');
    expect(entry.changes).toMatchObject({ subject: [null, 'Offerte nabellen'] });
  });

  it('returns every field error at once and saves nothing', async () => {
    signedInAs(author);
    const before = (await handle.db.select().from(activities)).length;
    const result = await createActivityAction(form({ subject: '  ', dueTime: '25:00', kind: 'fax' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['dueDate', 'dueTime', 'kind', 'subject']);
    const timeOnly = await createActivityAction(form({ dueTime: '10:00' }));
    expect(!timeOnly.ok && timeOnly.fieldErrors).toEqual({ dueDate: ['activities.timeNeedsDate'] });
    expect((await handle.db.select().from(activities)).length).toBe(before);
  });

  it('refuses an inactive assignee at the field, and a deleted record', async () => {
    signedInAs(author);
    const gone = await makeUser(handle.db, 'user');
    await handle.db.update(users).set({ active: false }).where(eq(users.id, gone.id));
    expect(await createActivityAction(form({ assignedToId: String(gone.id) }))).toEqual({ ok: false, fieldErrors: { assignedToId: ['activities.assigneeInactive'] } });
    expect(await createActivityAction(form({ onId: 999999 }))).toEqual({ ok: false, formError: 'errors.recordGone' });
  });

  it('lets the author, the assignee and a CRM Super user change an activity, and nobody else', async () => {
    signedInAs(author);
    const { id } = await create({ assignedToId: String(assignee.id) });
    signedInAs(other);
    expect(await setActivityDoneAction({ id, version: 1, done: true })).toEqual({ ok: false, formError: 'activities.notYours' });
    expect(await deleteActivityAction({ id, version: 1 })).toEqual({ ok: false, formError: 'activities.notYours' });
    expect((await stored(id)).done).toBe(false);
    signedInAs(assignee);
    const done = await setActivityDoneAction({ id, version: 1, done: true });
    expect(done.ok && done.data.version).toBe(2);
    expect((await stored(id)).doneAt).toBeInstanceOf(Date);
    signedInAs(author);
    expect((await setActivityDoneAction({ id, version: 2, done: false })).ok).toBe(true);
    signedInAs(superUser);
    const edited = await updateActivityAction({ ...form({ subject: 'Door Super aangepast', assignedToId: String(assignee.id) }), id, version: 3 });
    expect(edited.ok).toBe(true);
    const row = await stored(id);
    expect(row).toMatchObject({ subject: 'Door Super aangepast', done: false, doneAt: null, version: 4, updatedBy: superUser.id });
  });

  it('refuses a stale save with what changed, and changes nothing', async () => {
    signedInAs(author);
    const { id } = await create();
    expect((await updateActivityAction({ ...form({ subject: 'Eerste' }), id, version: 1 })).ok).toBe(true);
    const stale = await updateActivityAction({ ...form({ subject: 'Tweede' }), id, version: 1 });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.formError).toBe('errors.staleVersion');
    expect(stale.conflict?.fields).toEqual([{ field: 'subject', value: 'Eerste' }]);
    expect((await stored(id)).subject).toBe('Eerste');
  });

  it('soft-deletes for the author and lets only a CRM Super user restore', async () => {
    signedInAs(author);
    const { id } = await create({ subject: 'Weg ermee' });
    expect((await deleteActivityAction({ id, version: 1 })).ok).toBe(true);
    expect((await stored(id)).deletedAt).toBeInstanceOf(Date);
    expect(await restoreActivityAction({ id })).toEqual({ ok: false, formError: 'errors.forbidden' });
    signedInAs(superUser);
    expect((await restoreActivityAction({ id })).ok).toBe(true);
    expect((await stored(id)).deletedAt).toBeNull();
    const actions = (await handle.db.select().from(auditLog).where(and(eq(auditLog.tableName, 'activities'), eq(auditLog.recordId, id)))).map((e) => e.action);
    expect(actions).toEqual(['create', 'delete', 'restore']);
  });

  it('reschedules a day later keeping the time of day', async () => {
    signedInAs(author);
    const today = localDate(new Date());
    const { id } = await create({ dueDate: addDays(today, 3), dueTime: '14:15' });
    expect((await rescheduleActivityAction({ id, version: 1, to: 'nextDay' })).ok).toBe(true);
    expect((await stored(id)).dueAt?.toISOString()).toBe(dueInstant(addDays(today, 4), '14:15').toISOString());
    expect(await rescheduleActivityAction({ id, version: 2, to: 'date', date: '' })).toEqual({ ok: false, fieldErrors: { date: ['validation.required'] }, formError: 'errors.checkFields' });
    expect((await rescheduleActivityAction({ id, version: 2, to: 'date', date: '31-12-2026' })).ok).toBe(true);
    expect(localDate((await stored(id)).dueAt!)).toBe('2026-12-31');
  });

  it("shows a person in organisation's activity on its person's and its organisation's card, saying where it belongs", async () => {
    signedInAs(author);
    const { cards } = await create({ on: 'personInOrganisation', onId: pioId, subject: 'Gesprek met Eva' });
    expect(cards.sort()).toEqual([`/organisations/${orgId}`, `/persons-in-organisation/${pioId}`, `/persons/${personId}`].sort());
    const state = parseActivityCardState({}, false);
    for (const [kind, id] of [['organisation', orgId], ['person', personId], ['personInOrganisation', pioId]] as const) {
      const { rows } = await getRecordActivities(kind, id, state);
      const row = rows.find((r) => r.subject === 'Gesprek met Eva');
      expect(row?.owner).toEqual({ kind: 'personInOrganisation', id: pioId, name: 'Eva de Boer · Bakkerij Jansen', person: { id: personId, name: 'Eva de Boer' }, organisation: { id: orgId, name: 'Bakkerij Jansen' } });
    }
    const personOnly = await getRecordActivities('person', personId, state);
    expect(personOnly.rows.every((r) => r.owner.kind === 'personInOrganisation')).toBe(true);
  });

  it('orders a card pinned first, then newest, and filters by state and kind', async () => {
    signedInAs(author);
    const [o] = await handle.db.insert(organisations).values({ name: 'Volgorde B.V.' }).returning();
    const a = await create({ onId: o.id, subject: 'A', priority: 'low' });
    await create({ onId: o.id, subject: 'B', kind: 'note', pinned: true, priority: 'high' });
    await create({ onId: o.id, subject: 'C' });
    await setActivityDoneAction({ id: a.id, version: 1, done: true });
    const subjects = async (q: Record<string, string>) => (await getRecordActivities('organisation', o.id, parseActivityCardState(q, false))).rows.map((r) => r.subject);
    expect(await subjects({})).toEqual(['B', 'C', 'A']);
    expect(await subjects({ asort: 'priority' })).toEqual(['B', 'C', 'A']);
    expect(await subjects({ ashow: 'done' })).toEqual(['A']);
    expect(await subjects({ ashow: 'open', akind: 'call' })).toEqual(['C']);
  });
});

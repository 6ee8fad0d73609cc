import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/connect';
import { queryRows } from '@/db/rows';
import { auditLog, bulkJobs, choiceListEntries, choiceLists, organisations, users } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/authorize';
import { makeUser } from '@/lib/testing/fixtures';
import { writeAudit } from './audit';
import { updateEach, type RowPatch } from './bulk';
import type { MutationContext } from './context';
import { MutationRefused } from './result';

let handle: DbHandle;
let user: SessionUser;
let other: SessionUser;
let ctx: MutationContext;
let statuses: number[];

beforeAll(async () => {
  handle = await openTestDatabase();
  user = await makeUser(handle.db, 'user');
  other = await makeUser(handle.db, 'user');
  ctx = { user };
  const [list] = await handle.db.insert(choiceLists).values({ key: 'status' }).returning();
  const entries = await handle.db.insert(choiceListEntries).values([{ choiceListId: list.id, label: 'Klant' }, { choiceListId: list.id, label: 'Prospect' }]).returning();
  statuses = entries.map((e) => e.id);
});
afterAll(() => handle.close());

// Organisations made in one statement, named `${prefix} 1` … `${prefix} n`.
const makeOrganisations = (n: number, prefix: string) =>
  queryRows<{ id: number }>(handle.db, sql`INSERT INTO organisations (name) SELECT ${prefix} || ' ' || g FROM generate_series(1, ${n}) g RETURNING id`).then((rows) =>
    rows.map((r) => r.id),
  );
const rowsOf = (ids: number[]) => handle.db.select().from(organisations).where(inArray(organisations.id, ids)).orderBy(organisations.id);
const historyOf = (ids: number[]) => handle.db.select().from(auditLog).where(and(eq(auditLog.tableName, 'organisations'), inArray(auditLog.recordId, ids)));

// The refusal a write inside a transaction ends with (the transaction is rolled back).
async function refusal(run: Parameters<DbHandle['db']['transaction']>[0]) {
  try {
    await handle.db.transaction(run);
  } catch (error) {
    if (error instanceof MutationRefused) return error.result;
    throw error;
  }
  throw new Error('the write was not refused');
}

describe('writing history', () => {
  it('writes 20,000 entries at once, far beyond the parameter limit of a multi-row VALUES, values kept exactly', async () => {
    const odd = `O'Brien "quoted" \\ back {braces}, % _ é`;
    const entries = Array.from({ length: 20_000 }, (_, i) => ({
      table: organisations, recordId: 1_000_000 + i, recordVersion: 2, action: 'bulk_update' as const, userId: user.id, changes: { name: [odd, `Nr ${i}`] as [unknown, unknown] },
    }));
    await handle.db.transaction((tx) => writeAudit(tx, entries));
    const [counted] = await queryRows<{ n: number; odd: number }>(
      handle.db,
      sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE changes -> 'name' ->> 0 = ${odd})::int AS odd FROM audit_log WHERE record_id >= 1000000`,
    );
    expect(counted).toEqual({ n: 20_000, odd: 20_000 });
    const [last] = await handle.db.select().from(auditLog).where(eq(auditLog.recordId, 1_019_999));
    expect(last).toMatchObject({ tableName: 'organisations', recordVersion: 2, action: 'bulk_update', userId: user.id, changes: { name: [odd, 'Nr 19999'] }, bulkJobId: null });
  });
});

describe('changing many records with updateEach', () => {
  it('changes 200 records in one go, with different fields per record, one history entry each and one batch', async () => {
    const ids = await makeOrganisations(200, 'Veel');
    const rows: RowPatch[] = ids.map((id, i) => ({
      id, version: 1, patch: i % 2 === 0 ? { visitCity: `Stad ${i}`, statusId: statuses[0] } : { description: `Omschrijving ${i}`, active: false },
    }));
    const result = await handle.db.transaction((tx) => updateEach(tx, ctx, organisations, rows, { action: 'bulk_update' }));
    expect(result.rows.map((r) => [r.id, r.version])).toEqual(ids.map((id) => [id, 2]));
    const stored = await rowsOf(ids);
    expect(stored[0]).toMatchObject({ visitCity: 'Stad 0', statusId: statuses[0], description: null, active: true, updatedBy: user.id });
    expect(stored[1]).toMatchObject({ visitCity: null, statusId: null, description: 'Omschrijving 1', active: false });
    const history = await historyOf(ids);
    expect(history).toHaveLength(200);
    expect(new Set(history.map((e) => e.bulkJobId))).toEqual(new Set([result.batchId]));
    const first = history.find((e) => e.recordId === ids[0]);
    expect(first).toMatchObject({ action: 'bulk_update', recordVersion: 2, changes: { visitCity: [null, 'Stad 0'], statusId: [null, statuses[0]] } });
    expect(history.find((e) => e.recordId === ids[1])?.changes).toEqual({ description: [null, 'Omschrijving 1'], active: [true, false] });
    const [batch] = await handle.db.select().from(bulkJobs).where(eq(bulkJobs.id, result.batchId!));
    expect(batch).toMatchObject({ kind: 'bulk_update', list: 'organisations', status: 'done', total: 200, processed: 200, createdBy: user.id });
  });

  it('reports every stale, gone and invalid record by id, with what changed, and writes nothing', async () => {
    const ids = await makeOrganisations(7, 'Mis');
    const [fine, stale1, stale2, deleted, invalid, fine2] = ids;
    await handle.db.transaction((tx) => updateEach(tx, { user: other }, organisations, [
      { id: stale1, version: 1, patch: { visitCity: 'Zwolle' } },
      { id: stale2, version: 1, patch: { phone: '+31201234567' } },
    ]));
    await handle.db.update(organisations).set({ deletedAt: new Date() }).where(eq(organisations.id, deleted));
    const before = await rowsOf(ids);
    const historyBefore = (await historyOf(ids)).length;
    const missing = 99_999_999;
    const validate = (merged: Record<string, unknown>) => (String(merged.name).startsWith('X') ? { name: ['validation.tooShort'] } : null);
    const result = await refusal((tx) =>
      updateEach(tx, ctx, organisations, [
        { id: fine, version: 1, patch: { name: 'Goed' } },
        { id: stale1, version: 1, patch: { name: 'Oud 1' } },
        { id: stale2, version: 1, patch: { name: 'Oud 2' } },
        { id: deleted, version: 1, patch: { name: 'Weg' } },
        { id: missing, version: 1, patch: { name: 'Nooit' } },
        { id: invalid, version: 1, patch: { name: 'X' } },
        { id: fine2, version: 1, patch: { description: 'ook goed' } },
      ], { validate }),
    );
    expect(result).toEqual({
      ok: false,
      formError: 'errors.rowsRefused|{"count":5}',
      rowErrors: {
        [stale1]: { '': ['errors.staleVersion'] },
        [stale2]: { '': ['errors.staleVersion'] },
        [deleted]: { '': ['errors.recordGone'] },
        [missing]: { '': ['errors.recordGone'] },
        [invalid]: { name: ['validation.tooShort'] },
      },
      conflicts: {
        [stale1]: { fields: [{ field: 'visitCity', value: 'Zwolle' }], by: other.name, at: expect.any(String), version: 2 },
        [stale2]: { fields: [{ field: 'phone', value: '+31201234567' }], by: other.name, at: expect.any(String), version: 2 },
      },
    });
    expect(await rowsOf(ids)).toEqual(before);
    expect(await historyOf(ids)).toHaveLength(historyBefore);
  });

  it('gives the validator the stored record merged with the patch, and the stored record', async () => {
    const [id] = await makeOrganisations(1, 'Samen');
    const seen: unknown[] = [];
    await handle.db.transaction((tx) =>
      updateEach(tx, ctx, organisations, [{ id, version: 1, patch: { visitCity: 'Ede', phone: undefined } }], {
        validate: (merged, before) => (seen.push([merged.name, merged.visitCity, before.visitCity, 'phone' in merged ? merged.phone : 'absent']), null),
      }),
    );
    expect(seen).toEqual([['Samen 1', 'Ede', null, null]]);
  });

  it('names the records a unique rule refuses, at the field, and writes nothing', async () => {
    const [a, b, c] = [await makeUser(handle.db, 'user', 'a@bulk.test'), await makeUser(handle.db, 'user', 'b@bulk.test'), await makeUser(handle.db, 'user', 'c@bulk.test')];
    const taken = await refusal((tx) => updateEach(tx, ctx, users, [{ id: a.id, version: 1, patch: { email: 'B@bulk.test' } }, { id: c.id, version: 1, patch: { name: 'Cee' } }]));
    expect(taken).toEqual({ ok: false, formError: 'errors.rowsRefused|{"count":1}', rowErrors: { [a.id]: { email: ['errors.duplicate'] } } });
    const twice = await refusal((tx) => updateEach(tx, ctx, users, [{ id: a.id, version: 1, patch: { email: 'zelfde@bulk.test' } }, { id: c.id, version: 1, patch: { email: 'zelfde@bulk.test' } }]));
    expect(twice.rowErrors).toEqual({ [a.id]: { email: ['errors.duplicate'] }, [c.id]: { email: ['errors.duplicate'] } });
    const stored = await handle.db.select().from(users).where(inArray(users.id, [a.id, b.id, c.id])).orderBy(users.id);
    expect(stored.map((u) => [u.email, u.version])).toEqual([['a@bulk.test', 1], ['b@bulk.test', 1], ['c@bulk.test', 1]]);
  });

  it('names the record that breaks a check or points at a missing value, and turns a segment rule into a form message', async () => {
    const [good, bad] = await makeOrganisations(2, 'Regel');
    const check = await refusal((tx) => updateEach(tx, ctx, organisations, [{ id: good, version: 1, patch: { kvkNumber: '12345678' } }, { id: bad, version: 1, patch: { kvkNumber: 'abc' } }]));
    expect(check).toEqual({ ok: false, formError: 'errors.rowsRefused|{"count":1}', rowErrors: { [bad]: { kvkNumber: ['errors.invalidData'] } } });
    const reference = await refusal((tx) => updateEach(tx, ctx, organisations, [{ id: good, version: 1, patch: { statusId: statuses[1] } }, { id: bad, version: 1, patch: { statusId: 99_999 } }]));
    expect(reference.rowErrors).toEqual({ [bad]: { statusId: ['errors.invalidData'] } });
    const [segment] = await queryRows<{ id: number }>(handle.db, sql`INSERT INTO segments (name, applies_to_organisation, applies_to_person_in_organisation) VALUES ('Alleen personen', false, true) RETURNING id`);
    const rule = await refusal((tx) => updateEach(tx, ctx, organisations, [{ id: good, version: 1, patch: { segmentId: segment.id } }]));
    expect(rule).toEqual({ ok: false, formError: 'errors.segmentRule' });
    expect((await rowsOf([good, bad])).map((o) => [o.kvkNumber, o.statusId, o.version])).toEqual([[null, null, 1], [null, null, 1]]);
  });
});

import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/connect';
import { queryRows } from '@/db/rows';
import { auditLog, bulkJobs, choiceListEntries, choiceLists, organisations } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/authorize';
import { makeUser } from '@/lib/testing/fixtures';
import { updateMatching } from './bulk';
import type { MutationContext } from './context';
import { MutationRefused } from './result';

let handle: DbHandle;
let user: SessionUser;
let ctx: MutationContext;
let klant: number;
let prospect: number;

beforeAll(async () => {
  handle = await openTestDatabase();
  user = await makeUser(handle.db, 'user');
  ctx = { user };
  const [list] = await handle.db.insert(choiceLists).values({ key: 'status' }).returning();
  const entries = await handle.db.insert(choiceListEntries).values([{ choiceListId: list.id, label: 'Klant' }, { choiceListId: list.id, label: 'Prospect' }]).returning();
  [klant, prospect] = entries.map((e) => e.id);
});
afterAll(() => handle.close());

// Organisations made in one statement in a city, every `withStatusEvery`th one already with a status.
const makeOrganisations = (n: number, city: string, status: number | null = null, withStatusEvery = 0) =>
  queryRows<{ id: number }>(
    handle.db,
    sql`INSERT INTO organisations (name, visit_city, status_id)
        SELECT ${city} || ' ' || g, ${city}, CASE WHEN ${withStatusEvery}::int > 0 AND g % ${withStatusEvery}::int = 0 THEN ${status}::int END
        FROM generate_series(1, ${n}) g RETURNING id`,
  ).then((rows) => rows.map((r) => r.id));
const rowsOf = (ids: number[]) => handle.db.select().from(organisations).where(inArray(organisations.id, ids)).orderBy(organisations.id);
const historyOf = (ids: number[]) => handle.db.select().from(auditLog).where(and(eq(auditLog.tableName, 'organisations'), inArray(auditLog.recordId, ids)));
const all = { from: sql`organisations r` };

describe('changing every matching record with updateMatching', () => {
  it('changes exactly the matching records whose value differs, raising versions, one history entry each under one batch', async () => {
    const zwolle = await makeOrganisations(50, 'Zwolle', klant, 5);
    const deventer = await makeOrganisations(20, 'Deventer');
    const match = { ...all, where: sql`r.visit_city = ${'Zwolle'} AND r.deleted_at IS NULL` };
    const result = await handle.db.transaction((tx) => updateMatching(tx, ctx, organisations, match, { statusId: klant }, { kind: 'set_status' }));
    expect(result).toEqual({ changed: 40, unchanged: 10, batchId: expect.any(Number) });
    const stored = await rowsOf(zwolle);
    const changed = stored.filter((o) => o.version === 2);
    expect(changed).toHaveLength(40);
    expect(stored.every((o) => o.statusId === klant)).toBe(true);
    expect(changed.every((o) => o.updatedBy === user.id)).toBe(true);
    const untouched = stored.filter((o) => o.version === 1).map((o) => o.id);
    expect(untouched).toHaveLength(10);
    const history = await historyOf(zwolle);
    expect(history.map((e) => e.recordId).sort()).toEqual(changed.map((o) => o.id).sort());
    expect(history.every((e) => e.action === 'bulk_update' && e.recordVersion === 2 && e.bulkJobId === result.batchId && e.userId === user.id)).toBe(true);
    expect(new Set(history.map((e) => JSON.stringify(e.changes)))).toEqual(new Set([JSON.stringify({ statusId: [null, klant] })]));
    expect((await rowsOf(deventer)).every((o) => o.version === 1 && o.statusId === null)).toBe(true);
    expect(await historyOf(deventer)).toEqual([]);
    const [batch] = await handle.db.select().from(bulkJobs).where(eq(bulkJobs.id, result.batchId!));
    expect(batch).toMatchObject({ kind: 'set_status', list: 'organisations', status: 'done', total: 40, processed: 40, createdBy: user.id, params: { fields: ['statusId'] } });

    const again = await handle.db.transaction((tx) => updateMatching(tx, ctx, organisations, match, { statusId: klant }));
    expect(again).toEqual({ changed: 0, unchanged: 50, batchId: null });
    expect((await handle.db.select().from(bulkJobs)).length).toBe(1);
  });

  it('records only the fields that change, with old and new values, and takes expressions of the stored row', async () => {
    const ids = await makeOrganisations(3, 'Ede', prospect, 3);
    const match = { ...all, where: sql`r.visit_city = ${'Ede'}` };
    const patch = { statusId: prospect, description: sql`old.name || ' (was ' || coalesce(old.visit_city, '-') || ')'`, visitCity: 'Ede-Wageningen' };
    const result = await handle.db.transaction((tx) => updateMatching(tx, ctx, organisations, match, patch, { action: 'update', batchId: undefined }));
    expect(result.changed).toBe(3);
    const history = (await historyOf(ids)).sort((a, b) => a.recordId - b.recordId);
    expect(history.map((e) => [e.action, e.changes])).toEqual([
      ['update', { statusId: [null, prospect], description: [null, 'Ede 1 (was Ede)'], visitCity: ['Ede', 'Ede-Wageningen'] }],
      ['update', { statusId: [null, prospect], description: [null, 'Ede 2 (was Ede)'], visitCity: ['Ede', 'Ede-Wageningen'] }],
      ['update', { description: [null, 'Ede 3 (was Ede)'], visitCity: ['Ede', 'Ede-Wageningen'] }],
    ]);
  });

  it('takes hostile values as parameters, in the match and in the patch', async () => {
    const hostile = `O'Brien 100% _x_ \\ "q"; DROP TABLE organisations; --`;
    const [target, lookalike, other] = await queryRows<{ id: number }>(
      handle.db,
      sql`INSERT INTO organisations (name) VALUES (${hostile}), (${"OBrien 100 axa  q"}), (${'Gewoon'}) RETURNING id`,
    ).then((rows) => rows.map((r) => r.id));
    const match = { ...all, where: sql`r.name = ${hostile} OR r.name LIKE ${'%\\_x\\_%'}` };
    const result = await handle.db.transaction((tx) => updateMatching(tx, ctx, organisations, match, { description: hostile }, { batchId: undefined }));
    expect(result).toMatchObject({ changed: 1, unchanged: 0 });
    const stored = await rowsOf([target, lookalike, other]);
    expect(stored.map((o) => [o.description, o.version])).toEqual([[hostile, 2], [null, 1], [null, 1]]);
    expect((await historyOf([target]))[0].changes).toEqual({ description: [null, hostile] });
  });

  it('names a batch given by the caller, and refuses a database rule for the whole set, writing nothing', async () => {
    const ids = await makeOrganisations(4, 'Assen');
    const [job] = await handle.db.insert(bulkJobs).values({ kind: 'test', list: 'organisations', createdBy: user.id }).returning();
    const match = { ...all, where: sql`r.visit_city = ${'Assen'}` };
    expect(await handle.db.transaction((tx) => updateMatching(tx, ctx, organisations, match, { active: false }, { batchId: job.id }))).toEqual({ changed: 4, unchanged: 0, batchId: job.id });
    expect((await historyOf(ids)).every((e) => e.bulkJobId === job.id)).toBe(true);
    let refused: unknown;
    await handle.db.transaction((tx) => updateMatching(tx, ctx, organisations, match, { kvkNumber: 'geen kvk' })).catch((e) => (refused = e));
    expect(refused).toBeInstanceOf(MutationRefused);
    expect((refused as MutationRefused).result).toEqual({ ok: false, formError: 'errors.invalidData' });
    expect((await rowsOf(ids)).map((o) => [o.kvkNumber, o.version])).toEqual(ids.map(() => [null, 2]));
  });
});

import { eq, sql } from 'drizzle-orm';
import { createSegmentAction, mergeSegmentAction } from '@/app/(app)/segments/actions';
import type { DbHandle } from '@/db/connect';
import { queryRows } from '@/db/rows';
import { auditLog, bulkJobs, segments } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/authorize';
import { getSessionUser } from '@/lib/auth/session';
import { makeUser } from '@/lib/testing/fixtures';

jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));

let handle: DbHandle;
let superUser: SessionUser;

beforeAll(async () => {
  handle = await openTestDatabase();
  superUser = await makeUser(handle.db, 'crm_super');
  (getSessionUser as jest.Mock).mockResolvedValue(superUser);
});
afterAll(() => handle.close());

const both = { appliesToOrganisation: true, appliesToPersonInOrganisation: true };
async function add(name: string, parentId: number | null = null): Promise<number> {
  const result = await createSegmentAction({ level: parentId ? 'sub' : 'main', parentId: parentId ?? '', name, ...both });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}
const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(handle.db, query))[0].n;

// 15,000 organisations and 6,000 persons in organisation using `main` (every other one with `sub`, every 50th
// deleted), made in three statements.
async function fill(main: number, sub: number) {
  await handle.db.execute(sql`INSERT INTO organisations (name, segment_id, subsegment_id, deleted_at)
    SELECT 'Schaal ' || g, ${main}, CASE WHEN g % 2 = 0 THEN ${sub}::int END, CASE WHEN g % 50 = 0 THEN now() END FROM generate_series(1, 15000) g`);
  const [employer] = await queryRows<{ id: number }>(handle.db, sql`INSERT INTO organisations (name) VALUES ('Werkgever') RETURNING id`);
  await handle.db.execute(sql`WITH p AS (INSERT INTO persons (last_name) SELECT 'Persoon ' || g FROM generate_series(1, 6000) g RETURNING id)
    INSERT INTO persons_in_organisation (person_id, organisation_id, category_id, subcategory_id)
    SELECT p.id, ${employer.id}, ${main}, CASE WHEN p.id % 2 = 0 THEN ${sub}::int END FROM p`);
}

describe('merging a segment used by 21,000 records', () => {
  it('moves every record with one history entry each, naming one batch, and keeps their subsegments', async () => {
    const [source, target] = [await add('Groot oud'), await add('Groot nieuw')];
    const sub = await add('Mee', source);
    await fill(source, sub);
    const result = await mergeSegmentAction({ id: source, version: 1, targetId: target });
    expect(result).toEqual({ ok: true, data: { id: target, moved: 21_000 } });

    expect(await count(sql`SELECT count(*)::int AS n FROM organisations WHERE segment_id = ${target} AND version = 2`)).toBe(15_000);
    expect(await count(sql`SELECT count(*)::int AS n FROM organisations WHERE segment_id = ${target} AND subsegment_id = ${sub}`)).toBe(7_500);
    expect(await count(sql`SELECT count(*)::int AS n FROM persons_in_organisation WHERE category_id = ${target} AND version = 2`)).toBe(6_000);
    expect(await count(sql`SELECT count(*)::int AS n FROM persons_in_organisation WHERE subcategory_id = ${sub}`)).toBe(3_000);
    expect(await count(sql`SELECT count(*)::int AS n FROM organisations WHERE segment_id = ${source}`)).toBe(0);

    const [job] = await handle.db.select().from(bulkJobs).where(eq(bulkJobs.kind, 'segment_merge'));
    expect(job).toMatchObject({ list: 'segments', status: 'done', total: 21_000, processed: 21_000, params: { sourceId: source, targetId: target } });
    const entries = (table: string, field: string) => sql`SELECT count(*)::int AS n FROM audit_log a JOIN ${sql.raw(table)} t ON t.id = a.record_id
      WHERE a.table_name = ${table} AND a.action = 'merge' AND a.bulk_job_id = ${job.id} AND a.record_version = 2
        AND a.changes = jsonb_build_object(${field}::text, jsonb_build_array(${source}::int, ${target}::int))`;
    expect(await count(entries('organisations', 'segmentId'))).toBe(15_000);
    expect(await count(entries('persons_in_organisation', 'categoryId'))).toBe(6_000);
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'merge'`)).toBe(21_000);
    expect(await count(sql`SELECT count(DISTINCT (table_name, record_id))::int AS n FROM audit_log WHERE action = 'merge'`)).toBe(21_000);

    const [moved] = await handle.db.select().from(segments).where(eq(segments.id, sub));
    expect(moved.parentId).toBe(target);
    const segmentHistory = await handle.db.select().from(auditLog).where(eq(auditLog.bulkJobId, job.id));
    expect(segmentHistory.filter((e) => e.tableName === 'segments')).toEqual([expect.objectContaining({ recordId: sub, changes: { parentId: [source, target] } })]);
  });

  it('merges the subsegment those records now carry into another, moving 10,500 records with their history', async () => {
    const [main] = await queryRows<{ id: number }>(handle.db, sql`SELECT parent_id AS id FROM segments WHERE name = 'Mee'`);
    const [from] = await queryRows<{ id: number }>(handle.db, sql`SELECT id FROM segments WHERE name = 'Mee'`);
    const otherMain = await add('Ander hoofd');
    const into = await add('Erin', otherMain);
    const result = await mergeSegmentAction({ id: from.id, version: 2, targetId: into });
    expect(result).toEqual({ ok: true, data: { id: into, moved: 10_500 } });
    const changes = sql`jsonb_build_object('segmentId', jsonb_build_array(${main.id}::int, ${otherMain}::int), 'subsegmentId', jsonb_build_array(${from.id}::int, ${into}::int))`;
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE table_name = 'organisations' AND action = 'merge' AND record_version = 3 AND changes = ${changes}`)).toBe(7_500);
    expect(await count(sql`SELECT count(*)::int AS n FROM persons_in_organisation WHERE category_id = ${otherMain} AND subcategory_id = ${into} AND version = 3`)).toBe(3_000);
  });
});

import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { queryRows } from '@/db/rows';

// What goes with a person when they are deleted: their live records in organisations (named) and activities.
export async function getPersonDeleteImpact(personId: number) {
  const db = await getDb();
  const [employments, [activities]] = await Promise.all([
    queryRows<{ organisation: string; jobTitle: string | null; active: boolean }>(db, sql`
      SELECT o.name AS organisation, e.job_title AS "jobTitle", e.active FROM persons_in_organisation e JOIN organisations o ON o.id = e.organisation_id
       WHERE e.person_id = ${personId} AND e.deleted_at IS NULL ORDER BY e.active DESC, o.name_sort`),
    queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM activities WHERE person_id = ${personId} AND deleted_at IS NULL`),
  ]);
  return { employments, activities: activities.n };
}

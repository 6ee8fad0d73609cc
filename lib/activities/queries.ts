import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { activities } from '@/db/schema';

const subjectColumn = {
  organisation: activities.organisationId,
  person: activities.personId,
  personInOrganisation: activities.personInOrganisationId,
};

// The activities logged on a record, pinned notes first, then newest.
export async function getActivitiesOf(kind: keyof typeof subjectColumn, id: number, limit = 50) {
  const db = await getDb();
  return db
    .select()
    .from(activities)
    .where(and(eq(subjectColumn[kind], id), isNull(activities.deletedAt)))
    .orderBy(desc(activities.pinned), desc(activities.createdAt))
    .limit(limit);
}

import { sql, type SQL } from 'drizzle-orm';
import type { ActivityCardState } from './card-state';
import { activityColumns, activityJoins } from './rows';
import type { ActivitySubjectKind as ActivityOwnerKind } from './validations';

// The SQL of a card's activities panel (no database access here: the card and the benchmark run it).

// The activities of a card's record, each branch on its own index: its own, and for an organisation or a person
// also those of its persons in organisation (an activity belongs to one record, so the branches never overlap).
function belongingTo(kind: ActivityOwnerKind, id: number, where: SQL): SQL {
  const own = { organisation: sql`a.organisation_id`, person: sql`a.person_id`, personInOrganisation: sql`a.person_in_organisation_id` }[kind];
  const direct = sql`SELECT a.* FROM activities a WHERE ${own} = ${id} AND ${where}`;
  if (kind === 'personInOrganisation') return direct;
  const parent = kind === 'organisation' ? sql`x.organisation_id` : sql`x.person_id`;
  return sql`${direct} UNION ALL
    SELECT a.* FROM persons_in_organisation x JOIN activities a ON a.person_in_organisation_id = x.id
     WHERE ${parent} = ${id} AND ${own} IS NULL AND ${where}`;
}

const orderBy: Record<ActivityCardState['sort'], SQL> = {
  newest: sql`a.created_at DESC`,
  date: sql`a.due_at ASC NULLS LAST, a.created_at DESC`,
  author: sql`au.name ASC NULLS LAST, a.created_at DESC`,
  priority: sql`a.priority DESC, a.created_at DESC`,
};

const shows: Record<ActivityCardState['show'], SQL> = {
  all: sql`a.deleted_at IS NULL`,
  open: sql`a.deleted_at IS NULL AND NOT a.done`,
  done: sql`a.deleted_at IS NULL AND a.done`,
  deleted: sql`a.deleted_at IS NOT NULL`,
};

// The activities on a card, pinned first, then in the chosen order, with their total (column total).
export function recordActivitiesQuery(kind: ActivityOwnerKind, id: number, state: ActivityCardState): SQL {
  const where = sql`${shows[state.show]}${state.kind ? sql` AND a.kind = ${state.kind}` : sql``}`;
  const sortAuthor = state.sort === 'author' ? sql`LEFT JOIN users au ON au.id = a.created_by` : sql``;
  // The page is chosen first (with the total), then only its rows are named.
  return sql`
    WITH page AS (
      SELECT a.*, count(*) OVER ()::int AS total FROM (${belongingTo(kind, id, where)}) a ${sortAuthor}
       ORDER BY a.pinned DESC, ${orderBy[state.sort]}, a.id DESC LIMIT ${state.limit})
    SELECT ${activityColumns}, a.total FROM page a ${activityJoins}
     ORDER BY a.pinned DESC, ${orderBy[state.sort]}, a.id DESC`;
}

import { sql, type SQL } from 'drizzle-orm';
import { escapeLike, fold } from '@/lib/list/fold';
import { referenceSort, type ListSpec, type Sort } from '@/lib/list/query';
import { criterionDate, type ListState } from '@/lib/list/params';
import { personSearchTerms } from '@/lib/persons/names';

// The criteria the persons in organisation list understands, as URL parameters.
export const personInOrganisationCriteria = [
  'organisation', 'category', 'subcategory', 'department', 'jobTitle', 'active', 'startFrom', 'startTo', 'endFrom', 'endTo', 'view',
] as const;
export type PersonInOrganisationCriterion = (typeof personInOrganisationCriteria)[number];
export type PersonInOrganisationListState = ListState<PersonInOrganisationCriterion>;

// Columns the list can show, in the chooser's order; the first ones are the default set.
export const personInOrganisationColumns = [
  'person', 'organisation', 'department', 'jobTitle', 'email', 'phone', 'category', 'subcategory', 'active', 'startDate', 'endDate',
] as const;
export type PersonInOrganisationColumn = (typeof personInOrganisationColumns)[number];
export const defaultPersonInOrganisationColumns: PersonInOrganisationColumn[] = ['person', 'organisation', 'department', 'jobTitle', 'email', 'phone', 'category', 'active'];

// The columns the list reads from its own table (names of persons and organisations come separately, for one page).
export const personInOrganisationListColumns = sql`r.id, r.person_id AS "personId", r.organisation_id AS "organisationId",
  r.department, r.job_title AS "jobTitle", r.email, r.phone, r.category_id AS "categoryId", r.subcategory_id AS "subcategoryId",
  r.active, to_char(r.start_date, 'YYYY-MM-DD') AS "startDate", to_char(r.end_date, 'YYYY-MM-DD') AS "endDate"`;

const idList = (ids: number[]) => sql.join([...new Set(ids)].map((id) => sql`${id}`), sql`, `);

// The SQL naming the persons of one page (primary key lookups only; the list itself never joins).
export const pagePersonNamesQuery = (ids: number[]) =>
  sql`SELECT id, first_name AS "firstName", name_prefix AS "namePrefix", last_name AS "lastName", initials FROM persons WHERE id IN (${idList(ids)})`;

// The SQL naming the organisations of one page.
export const pageOrganisationNamesQuery = (ids: number[]) => sql`SELECT id, name FROM organisations WHERE id IN (${idList(ids)})`;

const segmentName = (column: string) => referenceSort(column, 'segments', 'relatio_fold(t.name)', "''");

// Sort expressions per column, on the stored sort keys of the table itself (never across a join; the
// triggers always fill person_sort_name and organisation_name_sort), each served by an index on (expression, id)
// for live records; nullable ones are coalesced so keyset neighbours stay exact (a missing date sorts first, as
// the earliest). Categories sort by folded segment name.
export const personInOrganisationSorts: Record<string, Sort> = {
  person: sql`r.person_sort_name`,
  organisation: sql`r.organisation_name_sort`,
  department: sql`coalesce(r.department, '')`,
  jobTitle: sql`coalesce(r.job_title, '')`,
  email: sql`coalesce(r.email, '')`,
  phone: sql`coalesce(r.phone, '')`,
  category: segmentName('category_id'),
  subcategory: segmentName('subcategory_id'),
  active: sql`r.active`,
  startDate: sql`coalesce(r.start_date, '-infinity'::date)`,
  endDate: sql`coalesce(r.end_date, '-infinity'::date)`,
};

const isId = (v: string | undefined) => !!v && /^\d{1,9}$/.test(v);

// The search: the person's name (tussenvoegsels ignored, every word must occur), the organisation's name, or the
// start of the business e-mail. Each part is an index lookup whose ids feed a bitmap scan of the table.
function searchCondition(query: string): SQL | null {
  const q = fold(query);
  if (!q) return null;
  const terms = personSearchTerms(q).map((w) => sql`p.search_text LIKE ${`%${escapeLike(w)}%`}`);
  const name = `%${escapeLike(q)}%`;
  return sql`(r.person_id = ANY(ARRAY(SELECT p.id FROM persons p WHERE ${sql.join(terms, sql` AND `)}))
    OR r.organisation_id = ANY(ARRAY(SELECT o.id FROM organisations o WHERE o.search_text LIKE ${name} AND o.name_sort LIKE ${name}))
    OR (lower(r.email) >= ${q} AND lower(r.email) < ${`${q}\u{10FFFF}`}))`;
}

// Builds the SQL of the persons in organisation list for a state.
export function personInOrganisationListSpec(state: PersonInOrganisationListState, canSeeDeleted: boolean): ListSpec {
  const c = state.criteria;
  const deleted = c.view === 'deleted' && canSeeDeleted;
  const where: SQL[] = [deleted ? sql`r.deleted_at IS NOT NULL` : sql`r.deleted_at IS NULL`];
  const search = searchCondition(state.q);
  if (search) where.push(search);
  if (isId(c.organisation)) where.push(sql`r.organisation_id = ${Number(c.organisation)}`);
  if (isId(c.category)) where.push(sql`r.category_id = ${Number(c.category)}`);
  if (isId(c.subcategory)) where.push(sql`r.subcategory_id = ${Number(c.subcategory)}`);
  if (c.department) where.push(sql`relatio_fold(r.department) LIKE ${`%${escapeLike(fold(c.department))}%`}`);
  if (c.jobTitle) where.push(sql`relatio_fold(r.job_title) LIKE ${`%${escapeLike(fold(c.jobTitle))}%`}`);
  if (c.active === 'yes') where.push(sql`r.active`);
  if (c.active === 'no') where.push(sql`NOT r.active`);
  const startFrom = criterionDate(c.startFrom);
  if (startFrom) where.push(sql`r.start_date >= ${startFrom}::date`);
  const startTo = criterionDate(c.startTo);
  if (startTo) where.push(sql`r.start_date <= ${startTo}::date`);
  const endFrom = criterionDate(c.endFrom);
  if (endFrom) where.push(sql`r.end_date >= ${endFrom}::date`);
  const endTo = criterionDate(c.endTo);
  if (endTo) where.push(sql`r.end_date <= ${endTo}::date`);
  return {
    from: sql`persons_in_organisation r`,
    where: sql.join(where, sql` AND `),
    sorts: personInOrganisationSorts,
    defaultSort: { key: 'person', dir: 'asc' },
    relevance: null,
    narrowed: deleted || where.length > 1,
  };
}

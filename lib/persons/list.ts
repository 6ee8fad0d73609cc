import { sql, type SQL } from 'drizzle-orm';
import { escapeLike, fold } from '@/lib/list/fold';
import type { ListState } from '@/lib/list/params';
import type { ListSpec } from '@/lib/list/query';
import { textSearch } from '@/lib/list/relevance';
import { personSearchTerms } from './names';

// The criteria the persons list understands, as URL parameters.
export const personCriteria = ['city', 'postcode', 'consent', 'passive', 'employed', 'organisation', 'view'] as const;
export type PersonCriterion = (typeof personCriteria)[number];
export type PersonListState = ListState<PersonCriterion>;

// Columns the list can show; the first ones are the default set.
export const personColumns = ['name', 'organisations', 'jobTitles', 'email', 'mobile', 'phone', 'city', 'postcode', 'consent', 'updatedAt'] as const;
export type PersonColumn = (typeof personColumns)[number];
export const defaultPersonColumns: PersonColumn[] = ['name', 'organisations', 'jobTitles', 'email', 'mobile', 'city'];

// The columns the list reads, with the person's current organisations and job titles.
export const personListColumns = sql`r.id, r.first_name AS "firstName", r.name_prefix AS "namePrefix", r.last_name AS "lastName", r.initials,
  r.private_email AS email, r.phone, r.mobile, r.city, r.postcode, r.marketing_consent AS consent, r.passive, r.updated_at AS "updatedAt",
  (SELECT string_agg(o.name, ', ' ORDER BY o.name_sort) FROM persons_in_organisation e JOIN organisations o ON o.id = e.organisation_id
    WHERE e.person_id = r.id AND e.active AND e.deleted_at IS NULL) AS organisations,
  (SELECT string_agg(DISTINCT e.job_title, ', ') FROM persons_in_organisation e
    WHERE e.person_id = r.id AND e.active AND e.deleted_at IS NULL) AS "jobTitles"`;

// Sort expressions of every plain column, each served by an index on (expression, id) for live persons; the name
// sorts on the stored Dutch sort key (tussenvoegsel ignored). The aggregated columns (current organisations, job
// titles) do not sort.
export const personSorts: Partial<Record<PersonColumn, SQL>> = {
  name: sql`r.sort_name`,
  email: sql`coalesce(r.private_email, '')`,
  mobile: sql`coalesce(r.mobile, '')`,
  phone: sql`coalesce(r.phone, '')`,
  city: sql`coalesce(relatio_fold(r.city), '')`,
  postcode: sql`coalesce(r.postcode, '')`,
  consent: sql`r.marketing_consent`,
  updatedAt: sql`r.updated_at`,
};

const yesNo = (value: string | undefined, yes: SQL, no: SQL): SQL | null => (value === 'yes' ? yes : value === 'no' ? no : null);

// Builds the SQL of the persons list for a state.
export function personListSpec(state: PersonListState, canSeeDeleted: boolean): ListSpec {
  const c = state.criteria;
  const deleted = c.view === 'deleted' && canSeeDeleted;
  const where: (SQL | null)[] = [deleted ? sql`r.deleted_at IS NOT NULL` : sql`r.deleted_at IS NULL`];
  const terms = personSearchTerms(state.q);
  if (c.city) where.push(sql`relatio_fold(r.city) = ${fold(c.city)}`);
  if (c.postcode) where.push(sql`r.postcode LIKE ${`${escapeLike(c.postcode.toUpperCase().replace(/\s+/g, '').replace(/^(\d{4})([A-Z]{1,2})$/, '$1 $2'))}%`}`);
  where.push(yesNo(c.consent, sql`r.marketing_consent`, sql`NOT r.marketing_consent`));
  where.push(yesNo(c.passive, sql`r.passive`, sql`NOT r.passive`));
  const employed = sql`EXISTS (SELECT 1 FROM persons_in_organisation e WHERE e.person_id = r.id AND e.active AND e.deleted_at IS NULL)`;
  where.push(yesNo(c.employed, employed, sql`NOT ${employed}`));
  if (c.organisation) {
    where.push(sql`EXISTS (SELECT 1 FROM persons_in_organisation e JOIN organisations o ON o.id = e.organisation_id
      WHERE e.person_id = r.id AND e.deleted_at IS NULL AND o.name_sort LIKE ${`%${escapeLike(fold(c.organisation))}%`})`);
  }
  const conditions = where.filter((w): w is SQL => w !== null);
  return {
    from: sql`persons r`,
    where: sql.join(conditions, sql` AND `),
    sorts: personSorts as Record<string, SQL>,
    defaultSort: { key: 'name', dir: 'asc' },
    ...textSearch(sql`r.search_text`, terms, sql`r.sort_name`),
    narrowed: deleted || conditions.length > 1 || terms.length > 0,
  };
}

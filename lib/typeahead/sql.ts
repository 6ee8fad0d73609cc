import { sql, type SQL } from 'drizzle-orm';

const escape = (s: string) => s.replace(/[%_\\]/g, '\\$&');
const top = '\u{10FFFF}';

// Words long enough for the trigram (GIN) index; shorter ones are checked on the rows it finds.
export const indexable = (words: string[]) => words.filter((w) => w.length >= 3);

const organisationColumns = sql`SELECT id, name AS label, visit_city AS detail FROM organisations`;

// The SQL of the organisation picker's first step: live names starting with the folded query, in name order
// (the sorted name's btree index; a handful of index entries).
export function organisationPrefixQuery(q: string, limit: number): SQL {
  return sql`${organisationColumns} WHERE deleted_at IS NULL AND name_sort >= ${q} AND name_sort < ${q + top} ORDER BY name_sort, id LIMIT ${limit}`;
}

// The SQL of the organisation picker's second step: names containing the query further on (the GIN trigram index
// on search_text), the closest first.
export function organisationSuggestionsQuery(q: string, limit: number): SQL {
  return sql`${organisationColumns}
     WHERE deleted_at IS NULL AND search_text LIKE ${`%${escape(q)}%`} AND strpos(name_sort, ${q}) > 1
     ORDER BY name_sort <-> ${q}, id
     LIMIT ${limit}`;
}

// The SQL of the organisation picker when nothing contains the query (a typo): the nearest names by trigram
// distance, walking the GiST index (KNN), close enough only.
export function organisationFuzzyQuery(q: string, limit: number): SQL {
  return sql`
    SELECT o.id, o.name AS label, o.visit_city AS detail
      FROM (SELECT id, name_sort <-> ${q} AS d FROM organisations WHERE deleted_at IS NULL ORDER BY name_sort <-> ${q} LIMIT ${limit}) best
      JOIN organisations o ON o.id = best.id
     WHERE best.d < 0.8
     ORDER BY best.d, o.id`;
}

const personColumns = sql`SELECT p.id, p.first_name AS "firstName", p.name_prefix AS "namePrefix", p.last_name AS "lastName", p.initials,
           (SELECT o.name FROM persons_in_organisation pio JOIN organisations o ON o.id = pio.organisation_id
             WHERE pio.person_id = p.id AND pio.active AND pio.deleted_at IS NULL ORDER BY pio.start_date DESC NULLS LAST LIMIT 1) AS organisation`;

// The SQL of the person picker's first step: live persons whose sorted name ("berg jan van den") starts with the
// search words (folded, tussenvoegsels already left out), in name order, on the btree index.
export function personPrefixQuery(terms: string[], limit: number): SQL {
  const q = terms.join(' ');
  return sql`${personColumns} FROM persons p WHERE p.deleted_at IS NULL AND p.sort_name >= ${q} AND p.sort_name < ${q + top} ORDER BY p.sort_name, p.id LIMIT ${limit}`;
}

// The SQL of the person picker's second step: live persons whose name or e-mail contains every word (GIN trigram
// index for the words of three characters or more), the closest sorted name first.
export function personSuggestionsQuery(terms: string[], limit: number): SQL {
  const q = terms.join(' ');
  const conditions = [
    ...indexable(terms).map((w) => sql`search_text LIKE ${`%${escape(w)}%`}`),
    ...terms.filter((w) => w.length < 3).map((w) => sql`strpos(search_text, ${w}) > 0`),
  ];
  return sql`${personColumns}
      FROM (SELECT id FROM persons WHERE deleted_at IS NULL AND ${sql.join(conditions, sql` AND `)} ORDER BY sort_name <-> ${q}, id LIMIT ${limit}) best
      JOIN persons p ON p.id = best.id
     ORDER BY p.sort_name <-> ${q}, p.id`;
}

// The SQL of the person picker when nobody matches every word (a typo): the nearest sorted names (GiST KNN).
export function personFuzzyQuery(terms: string[], limit: number): SQL {
  const q = terms.join(' ');
  return sql`${personColumns}
      FROM (SELECT id, sort_name <-> ${q} AS d FROM persons WHERE deleted_at IS NULL ORDER BY sort_name <-> ${q} LIMIT ${limit}) best
      JOIN persons p ON p.id = best.id
     WHERE best.d < 0.85
     ORDER BY best.d, p.id`;
}

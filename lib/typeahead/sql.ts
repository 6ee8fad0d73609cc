import { sql, type SQL } from 'drizzle-orm';

const escape = (s: string) => s.replace(/[%_\\]/g, '\\$&');
const top = '\u{10FFFF}';

// Words long enough for the trigram (GIN) index; shorter ones are checked on the rows it finds.
const indexable = (words: string[]) => words.filter((w) => w.length >= 3);

// The SQL of the organisation picker for a folded query: names containing it (found through the GIN trigram index
// on search_text), names starting with it first, then the closest; a query under three characters matches name
// starts on the sorted name's btree index instead.
export function organisationSuggestionsQuery(q: string, limit: number): SQL {
  const columns = sql`SELECT id, name AS label, visit_city AS detail FROM organisations`;
  if (q.length < 3) {
    return sql`${columns} WHERE deleted_at IS NULL AND name_sort >= ${q} AND name_sort < ${q + top} ORDER BY name_sort, id LIMIT ${limit}`;
  }
  return sql`${columns}
     WHERE deleted_at IS NULL AND search_text LIKE ${`%${escape(q)}%`} AND strpos(name_sort, ${q}) > 0
     ORDER BY strpos(name_sort, ${q}) = 1 DESC, name_sort <-> ${q}, id
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

// The SQL of the person picker for the search words (folded, tussenvoegsels already left out): live persons whose
// name or e-mail contains every word (GIN trigram index), the closest sorted name first, with their current
// organisation; words all under three characters match the start of the sorted name (btree) instead.
export function personSuggestionsQuery(terms: string[], limit: number): SQL {
  const q = terms.join(' ');
  const long = indexable(terms);
  if (long.length === 0) {
    return sql`${personColumns} FROM persons p WHERE p.deleted_at IS NULL AND p.sort_name >= ${q} AND p.sort_name < ${q + top} ORDER BY p.sort_name, p.id LIMIT ${limit}`;
  }
  const conditions = [
    ...long.map((w) => sql`search_text LIKE ${`%${escape(w)}%`}`),
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

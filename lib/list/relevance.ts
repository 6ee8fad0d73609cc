import { sql, type SQL } from 'drizzle-orm';
import { escapeLike } from './fold';

// The ascending sort key of a text search, best matches first: every term a whole word, then every term at the
// start of a word, then every term inside a word — each group alphabetical by `name` — and last the near misses
// (typos) by trigram word similarity. Cheap LIKE tests first, so the costly similarity is only computed for rows
// that need it. `text` is the folded search column, `terms` the folded search words.
export function searchRelevance(text: SQL, terms: string[], name: SQL): SQL {
  const every = (pattern: (term: string) => string, subject: SQL) =>
    sql.join(terms.map((term) => sql`${subject} LIKE ${pattern(escapeLike(term))}`), sql` AND `);
  const spaced = sql`(' ' || ${text} || ' ')`;
  return sql`(CASE WHEN ${every((t) => `% ${t} %`, spaced)} THEN '0' || ${name}
    WHEN ${every((t) => `% ${t}%`, spaced)} THEN '1' || ${name}
    WHEN ${every((t) => `%${t}%`, text)} THEN '2' || ${name}
    ELSE '3' || to_char(1 - word_similarity(${terms.join(' ')}, ${text}), 'FM0.0000') END)`;
}

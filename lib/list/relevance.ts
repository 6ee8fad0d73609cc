import { sql, type SQL } from 'drizzle-orm';
import { escapeLike } from './fold';
import type { ListSpec } from './query';

// The text search of a list on a folded search column: `search` finds rows containing every term (or, while
// those are few, resembling them), and `relevance` orders them best first — every term a whole word, then every
// term at the start of a word, then every term inside a word, each group alphabetical by `name`, and last the
// near misses (typos) by trigram word similarity. Cheap LIKE tests first, so the costly similarity is only
// computed for rows that need it. No terms, no search.
export function textSearch(text: SQL, terms: string[], name: SQL): Pick<ListSpec, 'search' | 'relevance'> {
  if (terms.length === 0) return { search: null, relevance: null };
  const every = (pattern: (term: string) => string, subject: SQL) =>
    sql`(${sql.join(terms.map((term) => sql`${subject} LIKE ${pattern(escapeLike(term))}`), sql` AND `)})`;
  const spaced = sql`(' ' || ${text} || ' ')`;
  const contains = every((t) => `%${t}%`, text);
  const words = terms.join(' ');
  return {
    search: { exact: contains, near: sql`${words} <% ${text}` },
    relevance: sql`(CASE WHEN ${every((t) => `% ${t} %`, spaced)} THEN '0' || ${name}
      WHEN ${every((t) => `% ${t}%`, spaced)} THEN '1' || ${name}
      WHEN ${contains} THEN '2' || ${name}
      ELSE '3' || to_char(1 - word_similarity(${words}, ${text}), 'FM0.0000') END)`,
  };
}

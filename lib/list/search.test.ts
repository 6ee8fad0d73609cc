import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { exactMatchesQuery, nearMissThreshold, withSearch, type ListSpec } from './query';

const dialect = new PgDialect();
const text = (q: ReturnType<typeof sql>) => dialect.sqlToQuery(q).sql;
const spec: ListSpec = {
  from: sql`organisations r`,
  where: sql`r.deleted_at IS NULL`,
  sorts: { name: sql`r.name_sort` },
  defaultSort: { key: 'name', dir: 'asc' },
  search: { exact: sql`r.search_text LIKE ${'%bakker%'}`, near: sql`${'bakker'} <% r.search_text` },
};

describe('a list search', () => {
  it('looks for near misses too while the words are found fewer than the threshold', () => {
    const where = text(withSearch(spec, nearMissThreshold - 1).where);
    expect(where).toContain('LIKE');
    expect(where).toContain('<%');
  });

  it('keeps to the words themselves once they are found often enough', () => {
    const resolved = withSearch(spec, nearMissThreshold);
    expect(text(resolved.where)).toContain('LIKE');
    expect(text(resolved.where)).not.toContain('<%');
    expect(resolved.search).toBeNull();
  });

  it('counts exact matches only up to the threshold, and not at all without a search', () => {
    const counted = dialect.sqlToQuery(exactMatchesQuery(spec)!);
    expect(counted.sql).toMatch(/LIMIT \$\d+\) c$/);
    expect(counted.params).toContain(nearMissThreshold);
    expect(exactMatchesQuery({ ...spec, search: null })).toBeNull();
  });
});

import { sql } from 'drizzle-orm';
import type { Db } from '../connect';
import { queryRows } from '../rows';

const builtin = new Set(['int', 'text', 'bool', 'date', 'timestamptz']);

// Column name → [postgres array type, values]
export type Columns = Record<string, [string, unknown[]]>;

// Reserves `n` ids from a table's identity sequence, in order.
export async function reserveIds(db: Db, table: string, n: number): Promise<number[]> {
  if (n === 0) return [];
  const rows = await queryRows<{ id: number }>(
    db,
    sql`SELECT nextval(pg_get_serial_sequence(${table}, 'id'))::int AS id FROM generate_series(1, ${n})`,
  );
  return rows.map((r) => r.id);
}

// Inserts many rows with one statement per chunk: INSERT … SELECT FROM unnest($1::type[], …) AS u(…).
// `derived` adds columns computed in SQL from the unnested row `u` (e.g. a sort key looked up by id).
export async function bulkInsert(db: Db, table: string, columns: Columns, opts: { chunk?: number; derived?: Record<string, string> } = {}): Promise<void> {
  const chunk = opts.chunk ?? 10000;
  const derived = Object.entries(opts.derived ?? {});
  const names = Object.keys(columns);
  const length = columns[names[0]][1].length;
  for (let start = 0; start < length; start += chunk) {
    const arrays = names.map((name) => {
      const [type, values] = columns[name];
      const param = sql.param(values.slice(start, start + chunk));
      // Enum arrays travel as text[] (PGlite cannot serialise an array of an unknown type).
      return builtin.has(type) ? sql`${param}::${sql.raw(type)}[]` : sql`${param}::text[]::${sql.raw(type)}[]`;
    });
    const target = [...names, ...derived.map(([name]) => name)].map((n) => `"${n}"`).join(', ');
    const select = ['u.*', ...derived.map(([, expression]) => expression)].join(', ');
    await db.execute(
      sql`INSERT INTO ${sql.identifier(table)} (${sql.raw(target)}) OVERRIDING SYSTEM VALUE SELECT ${sql.raw(select)} FROM unnest(${sql.join(arrays, sql`, `)}) AS u(${sql.raw(names.map((n) => `"${n}"`).join(', '))})`,
    );
  }
}

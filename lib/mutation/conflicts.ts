import { asc, eq, getTableName, sql, type Table } from 'drizzle-orm';
import type { Tx } from '@/db';
import { auditLog, users } from '@/db/schema';
import type { Conflict } from './result';
import { arrayParam } from './sql-values';

// A record as stored now, and the version the user had loaded.
export type StaleRecord = { current: Record<string, unknown> & { id: number; version: number }; since: number };

const plain = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

// What changed in each stale record since the version the user had: the fields, their current values, and who
// changed the record last — for any number of records of a table in one query.
export async function describeConflicts(tx: Tx, table: Table, stale: StaleRecord[]): Promise<Record<number, Conflict>> {
  if (stale.length === 0) return {};
  const since = sql`unnest(${arrayParam(stale.map((s) => s.current.id), 'integer')}, ${arrayParam(stale.map((s) => s.since), 'integer')}) AS s(id, since)`;
  const entries = await tx
    .select({ recordId: auditLog.recordId, changes: auditLog.changes, at: auditLog.at, by: users.name })
    .from(auditLog)
    .innerJoin(since, sql`s.id = ${auditLog.recordId} AND ${auditLog.recordVersion} > s.since`)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(eq(auditLog.tableName, getTableName(table)))
    .orderBy(asc(auditLog.id));
  const byRecord = new Map<number, typeof entries>();
  for (const e of entries) {
    const list = byRecord.get(e.recordId);
    if (list) list.push(e);
    else byRecord.set(e.recordId, [e]);
  }
  const out: Record<number, Conflict> = {};
  for (const { current } of stale) {
    const mine = byRecord.get(current.id) ?? [];
    const fields = [...new Set(mine.flatMap((e) => Object.keys(e.changes)))];
    const last = mine.at(-1);
    out[current.id] = {
      fields: fields.map((field) => ({ field, value: plain(current[field]) })),
      by: last?.by ?? null,
      at: last?.at ? last.at.toISOString() : null,
      version: current.version,
    };
  }
  return out;
}

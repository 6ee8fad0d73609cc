import { getTableColumns, getTableName, sql, type SQL, type Table } from 'drizzle-orm';
import type { Tx } from '@/db';
import { auditActionEnum, auditLog, type AuditChanges } from '@/db/schema';
import { arrayParam } from './sql-values';

// What a history entry records: a create, update, delete, restore, bulk change or merge.
export type AuditAction = (typeof auditLog.$inferInsert)['action'];

// One history entry to write.
export type AuditEntry = {
  table: Table;
  recordId: number;
  recordVersion: number | null;
  action: AuditAction;
  userId: number;
  changes: AuditChanges;
  bulkJobId?: number | null;
};

const bookkeeping = new Set(['id', 'version', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'deletedAt']);
// Fields whose history says only that they changed, never their values.
export const secretFields = new Set(['passwordHash']);

// Columns that triggers copy from other tables (sort keys), per table: derived data, not a change anyone made.
// Generated columns (sort and search keys computed from the row itself) are recognised by their definition.
export const derivedColumns: Record<string, readonly string[]> = {
  persons_in_organisation: ['personSortName', 'organisationNameSort'],
};

// The fields of a table that its history shows: no bookkeeping, no columns the database derives.
export function auditedFields(table: Table): string[] {
  const derived = derivedColumns[getTableName(table)] ?? [];
  return Object.entries(getTableColumns(table))
    .filter(([key, col]) => !bookkeeping.has(key) && !derived.includes(key) && !(col as unknown as { generated?: unknown }).generated)
    .map(([key]) => key);
}

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

// Field-by-field differences between two versions of a row (secrets are recorded as changed, never stored).
export function diffRows(table: Table, before: Record<string, unknown> | null, after: Record<string, unknown>): AuditChanges {
  const changes: AuditChanges = {};
  for (const key of auditedFields(table)) {
    const old = plain(before?.[key]);
    const now = plain(after[key]);
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    if (before === null && now === null) continue;
    changes[key] = secretFields.has(key) ? ['•', '•'] : [old, now];
  }
  return changes;
}

// The columns of a history entry, in the order auditInsertFrom expects them from its query.
export const auditColumns = sql.raw('table_name, record_id, record_version, action, user_id, changes, bulk_job_id');

// The INSERT of the history entries a query yields (columns as auditColumns), for writers whose changes are
// computed in SQL; it runs alone or as a step of a larger statement (WITH … AS (INSERT …)).
export function auditInsertFrom(query: SQL): SQL {
  return sql`INSERT INTO ${auditLog} (${auditColumns}) ${query}`;
}

// Entries per statement: each entry travels in seven arrays, never as parameters of its own, so the 65,535
// parameter limit does not apply; this only bounds the size of one statement.
const entriesPerStatement = 50_000;

// Writes history entries of any number, as INSERT … SELECT FROM unnest(arrays) (one statement per 50,000).
export async function writeAudit(tx: Tx, entries: AuditEntry[]): Promise<void> {
  for (let start = 0; start < entries.length; start += entriesPerStatement) {
    const part = entries.slice(start, start + entriesPerStatement);
    const arrays = [
      arrayParam(part.map((e) => getTableName(e.table)), 'text'),
      arrayParam(part.map((e) => e.recordId), 'integer'),
      arrayParam(part.map((e) => e.recordVersion), 'integer'),
      arrayParam(part.map((e) => e.action), auditActionEnum.enumName),
      arrayParam(part.map((e) => e.userId), 'integer'),
      arrayParam(part.map((e) => JSON.stringify(e.changes)), 'jsonb'),
      arrayParam(part.map((e) => e.bulkJobId ?? null), 'integer'),
    ];
    await tx.execute(auditInsertFrom(sql`SELECT * FROM unnest(${sql.join(arrays, sql`, `)})`));
  }
}

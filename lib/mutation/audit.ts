import { getTableColumns, getTableName, type Table } from 'drizzle-orm';
import type { Tx } from '@/db';
import { auditLog, type AuditChanges } from '@/db/schema';

type AuditAction = (typeof auditLog.$inferInsert)['action'];

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
const secret = new Set(['passwordHash']);

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
    changes[key] = secret.has(key) ? ['•', '•'] : [old, now];
  }
  return changes;
}

// Writes history entries in one statement.
export async function writeAudit(tx: Tx, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditLog).values(
    entries.map((e) => ({
      tableName: getTableName(e.table),
      recordId: e.recordId,
      recordVersion: e.recordVersion,
      action: e.action,
      userId: e.userId,
      changes: e.changes,
      bulkJobId: e.bulkJobId ?? null,
    })),
  );
}

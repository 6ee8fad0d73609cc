import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog, users, type AuditChanges } from '@/db/schema';
import { derivedColumns } from '@/lib/mutation/audit';

// One entry of a record's history.
export type HistoryEntry = { id: number; action: string; at: string; by: string | null; changes: AuditChanges };

// A record's history from the audit log, newest first (derived columns that older entries recorded left out).
export async function getHistory(tableName: string, recordId: number, limit = 50): Promise<HistoryEntry[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: auditLog.id, action: auditLog.action, at: auditLog.at, by: users.name, changes: auditLog.changes })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.tableName, tableName), eq(auditLog.recordId, recordId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  const derived = derivedColumns[tableName] ?? [];
  const changes = (c: AuditChanges) => Object.fromEntries(Object.entries(c).filter(([field]) => !derived.includes(field)));
  return rows.map((r) => ({ ...r, at: r.at.toISOString(), changes: changes(r.changes) }));
}

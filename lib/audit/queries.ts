import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog, users, type AuditChanges } from '@/db/schema';

// One entry of a record's history.
export type HistoryEntry = { id: number; action: string; at: string; by: string | null; changes: AuditChanges };

// A record's history from the audit log, newest first.
export async function getHistory(tableName: string, recordId: number, limit = 50): Promise<HistoryEntry[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: auditLog.id, action: auditLog.action, at: auditLog.at, by: users.name, changes: auditLog.changes })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.tableName, tableName), eq(auditLog.recordId, recordId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}

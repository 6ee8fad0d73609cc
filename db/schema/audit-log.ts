import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { bulkJobs } from './bulk-jobs';
import { users } from './users';

export const auditActionEnum = pgEnum('audit_action', ['create', 'update', 'delete', 'restore', 'bulk_update', 'merge']);

// Field-by-field changes as { field: [old, new] }.
export type AuditChanges = Record<string, [unknown, unknown]>;

// Every create, update, delete, restore and bulk change, shown as a record's history. Entries written together by
// one set-based change of many records name their batch (bulk_job_id), so a batch can be shown and undone.
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tableName: text('table_name').notNull(),
    recordId: integer('record_id').notNull(),
    recordVersion: integer('record_version'),
    action: auditActionEnum('action').notNull(),
    userId: integer('user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    changes: jsonb('changes').$type<AuditChanges>().notNull().default({}),
    bulkJobId: integer('bulk_job_id').references(() => bulkJobs.id),
  },
  (t) => [
    index('audit_log_record_idx').on(t.tableName, t.recordId, t.at),
    index('audit_log_at_idx').on(t.at),
    index('audit_log_user_idx').on(t.userId),
    index('audit_log_bulk_job_idx').on(t.bulkJobId).where(sql`bulk_job_id IS NOT NULL`),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;

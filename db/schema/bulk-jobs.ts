import { index, integer, jsonb, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users';

export const bulkJobStatusEnum = pgEnum('bulk_job_status', ['queued', 'running', 'done', 'failed']);

// A batch: one change of many records (a batch action, a bulk edit, a merge) with its progress and summary. Set-based
// writes that finish in their transaction record it as done; long ones run as jobs. `list` names the table or list.
export const bulkJobs = pgTable(
  'bulk_jobs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').notNull(),
    list: text('list').notNull(),
    status: bulkJobStatusEnum('status').notNull().default('queued'),
    params: jsonb('params').notNull().default({}),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    result: jsonb('result'),
    error: text('error'),
    createdBy: integer('created_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('bulk_jobs_created_by_idx').on(t.createdBy, t.createdAt)],
);

import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';

// Record-keeping columns every editable table carries: optimistic-lock version, who/when, soft delete.
export const recordColumns = {
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: integer('created_by').references((): AnyPgColumn => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: integer('updated_by').references((): AnyPgColumn => users.id),
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
};

export const roleEnum = pgEnum('role', ['user', 'crm_super', 'admin']);
export const localeEnum = pgEnum('locale', ['nl', 'en', 'fr']);

// People who sign in to Relatio.
export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: roleEnum('role').notNull().default('user'),
    active: boolean('active').notNull().default(true),
    locale: localeEnum('locale'),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    ...recordColumns,
  },
  (t) => [
    uniqueIndex('users_email_lower_uq').on(sql`lower(${t.email})`),
    index('users_active_name_idx').on(t.active, t.name),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Role = (typeof roleEnum.enumValues)[number];
export type Locale = (typeof localeEnum.enumValues)[number];

import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { choiceListEntries } from './choice-lists';
import { recordColumns } from './columns';

// The month and day of a person's date of birth as one number (22 November → 1122), as its index is built.
export const birthdayKey = sql`((extract(month from date_of_birth) * 100 + extract(day from date_of_birth))::int)`;

// A natural person, with private details; their jobs are persons in organisation.
export const persons = pgTable(
  'persons',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    salutationId: integer('salutation_id').references(() => choiceListEntries.id),
    initials: text('initials'),
    firstName: text('first_name'),
    namePrefix: text('name_prefix'),
    lastName: text('last_name').notNull(),
    privateEmail: text('private_email'),
    phone: text('phone'),
    mobile: text('mobile'),
    dateOfBirth: date('date_of_birth'),
    street: text('street'),
    houseNumber: text('house_number'),
    houseNumberAddition: text('house_number_addition'),
    postcode: text('postcode'),
    city: text('city'),
    country: text('country').notNull().default('NL'),
    marketingConsent: boolean('marketing_consent').notNull().default(false),
    marketingConsentAt: timestamp('marketing_consent_at', { withTimezone: true }),
    passive: boolean('passive').notNull().default(false),
    notes: text('notes'),
    // Dutch sort key: the tussenvoegsel does not count ("van den Berg" sorts under B).
    sortName: text('sort_name').generatedAlwaysAs(
      sql`relatio_fold(last_name || ' ' || coalesce(first_name, '') || ' ' || coalesce(name_prefix, ''))`,
    ),
    searchText: text('search_text').generatedAlwaysAs(
      sql`relatio_fold(coalesce(first_name, '') || ' ' || coalesce(name_prefix, '') || ' ' || last_name || ' ' || coalesce(private_email, ''))`,
    ),
    ...recordColumns,
  },
  (t) => [
    check('persons_last_name_not_blank', sql`btrim(${t.lastName}) <> ''`),
    check('persons_postcode_nl', sql`${t.country} <> 'NL' OR ${t.postcode} ~ '^[1-9][0-9]{3} [A-Z]{2}$'`),
    index('persons_live_sort_idx').on(t.sortName, t.id).where(sql`deleted_at IS NULL`),
    index('persons_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('persons_sort_trgm_gist_idx').using('gist', sql`${t.sortName} gist_trgm_ops`),
    index('persons_address_idx').on(t.postcode, t.houseNumber),
    index('persons_city_idx').on(sql`relatio_fold(${t.city})`),
    index('persons_email_idx').on(sql`lower(${t.privateEmail})`),
    index('persons_salutation_idx').on(t.salutationId),
    index('persons_created_at_idx').on(t.createdAt),
    index('persons_updated_at_idx').on(t.updatedAt),
    // The list's sorts on live persons: each (sort expression, id) exactly as lib/persons/list.ts orders by it.
    // The folded city carries the city itself, so the scan is index-only and never folds again.
    index('persons_live_email_idx').on(sql`coalesce(${t.privateEmail}, '')`, t.id).where(sql`deleted_at IS NULL`),
    index('persons_live_mobile_idx').on(sql`coalesce(${t.mobile}, '')`, t.id).where(sql`deleted_at IS NULL`),
    index('persons_live_phone_idx').on(sql`coalesce(${t.phone}, '')`, t.id).where(sql`deleted_at IS NULL`),
    index('persons_live_city_idx').on(sql`coalesce(relatio_fold(${t.city}), '')`, t.id, t.city).where(sql`deleted_at IS NULL`),
    index('persons_live_postcode_idx').on(sql`coalesce(${t.postcode}, '')`, t.id).where(sql`deleted_at IS NULL`),
    // Marketing selections: persons with consent in name order, without reading those without.
    index('persons_live_consent_sort_idx').on(t.sortName, t.id).where(sql`deleted_at IS NULL AND marketing_consent`),
    index('persons_live_consent_idx').on(t.marketingConsent, t.id).where(sql`deleted_at IS NULL`),
    // Birthdays by month and day (MMDD) and then name, for the celebration moments.
    index('persons_live_birthday_idx').on(birthdayKey, t.sortName, t.id).where(sql`deleted_at IS NULL AND date_of_birth IS NOT NULL AND NOT passive`),
  ],
);

export type Person = typeof persons.$inferSelect;
export type NewPerson = typeof persons.$inferInsert;

import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { choiceListEntries } from './choice-lists';
import { recordColumns } from './columns';
import { segments } from './segments';
import { users } from './users';

// A company or institution Relatio keeps: the three tabs Organisation, Visiting address, Postal address.
export const organisations = pgTable(
  'organisations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    relationTypeId: integer('relation_type_id').references(() => choiceListEntries.id),
    statusId: integer('status_id').references(() => choiceListEntries.id),
    industryId: integer('industry_id').references(() => choiceListEntries.id),
    accountManagerId: integer('account_manager_id').references(() => users.id),
    segmentId: integer('segment_id').references(() => segments.id),
    subsegmentId: integer('subsegment_id').references(() => segments.id),
    customerNumber: text('customer_number'),
    kvkNumber: text('kvk_number'),
    vatNumber: text('vat_number'),
    iban: text('iban'),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    description: text('description'),
    active: boolean('active').notNull().default(true),
    visitStreet: text('visit_street'),
    visitHouseNumber: text('visit_house_number'),
    visitHouseNumberAddition: text('visit_house_number_addition'),
    visitPostcode: text('visit_postcode'),
    visitCity: text('visit_city'),
    visitCountry: text('visit_country').notNull().default('NL'),
    postalSameAsVisit: boolean('postal_same_as_visit').notNull().default(true),
    postalPoBox: text('postal_po_box'),
    postalStreet: text('postal_street'),
    postalHouseNumber: text('postal_house_number'),
    postalHouseNumberAddition: text('postal_house_number_addition'),
    postalPostcode: text('postal_postcode'),
    postalCity: text('postal_city'),
    postalCountry: text('postal_country').notNull().default('NL'),
    // Kept by the database: folded name for sorting and typeahead, folded text for the search box.
    nameSort: text('name_sort').generatedAlwaysAs(sql`relatio_fold(name)`),
    searchText: text('search_text').generatedAlwaysAs(
      sql`relatio_fold(name || ' ' || coalesce(customer_number, '') || ' ' || coalesce(kvk_number, '') || ' ' || coalesce(visit_city, ''))`,
    ),
    ...recordColumns,
  },
  (t) => [
    check('organisations_kvk_format', sql`${t.kvkNumber} ~ '^[0-9]{8}$'`),
    check('organisations_visit_postcode_nl', sql`${t.visitCountry} <> 'NL' OR ${t.visitPostcode} ~ '^[1-9][0-9]{3} [A-Z]{2}$'`),
    check('organisations_postal_postcode_nl', sql`${t.postalCountry} <> 'NL' OR ${t.postalPostcode} ~ '^[1-9][0-9]{3} [A-Z]{2}$'`),
    check('organisations_country_code', sql`${t.visitCountry} ~ '^[A-Z]{2}$' AND ${t.postalCountry} ~ '^[A-Z]{2}$'`),
    check('organisations_iban_format', sql`${t.iban} ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$'`),
    check('organisations_name_not_blank', sql`btrim(${t.name}) <> ''`),
    index('organisations_live_name_idx').on(t.nameSort, t.id).where(sql`deleted_at IS NULL`),
    index('organisations_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('organisations_name_trgm_gist_idx').using('gist', sql`${t.nameSort} gist_trgm_ops`),
    index('organisations_city_idx').on(sql`relatio_fold(${t.visitCity})`),
    index('organisations_postcode_idx').on(t.visitPostcode),
    index('organisations_kvk_idx').on(t.kvkNumber),
    index('organisations_customer_number_idx').on(t.customerNumber),
    index('organisations_status_idx').on(t.statusId),
    index('organisations_relation_type_idx').on(t.relationTypeId),
    index('organisations_industry_idx').on(t.industryId),
    index('organisations_account_manager_idx').on(t.accountManagerId),
    index('organisations_segment_idx').on(t.segmentId),
    index('organisations_subsegment_idx').on(t.subsegmentId),
    index('organisations_created_at_idx').on(t.createdAt),
    index('organisations_updated_at_idx').on(t.updatedAt),
    // Criteria on inactive organisations (few of them): a bitmap of exactly those, to AND with other criteria.
    index('organisations_live_inactive_idx').on(t.id).where(sql`deleted_at IS NULL AND NOT active`),
    index('organisations_deleted_at_idx').on(t.deletedAt).where(sql`deleted_at IS NOT NULL`),
    // The list's sorts on live organisations: each (sort expression, id) exactly as lib/organisations/list.ts
    // orders by it. The folded city carries the city itself, so the scan is index-only and never folds again.
    index('organisations_live_customer_number_idx').on(sql`coalesce(${t.customerNumber}, '')`, t.id).where(sql`deleted_at IS NULL`),
    index('organisations_live_city_idx').on(sql`coalesce(relatio_fold(${t.visitCity}), '')`, t.id, t.visitCity).where(sql`deleted_at IS NULL`),
    index('organisations_live_phone_idx').on(sql`coalesce(${t.phone}, '')`, t.id).where(sql`deleted_at IS NULL`),
    index('organisations_live_email_idx').on(sql`coalesce(${t.email}, '')`, t.id).where(sql`deleted_at IS NULL`),
    // Sorts on a referenced record (account manager, segments, choice values) walk these one value at a time.
    index('organisations_live_account_manager_idx').on(t.accountManagerId, t.id).where(sql`deleted_at IS NULL`),
    index('organisations_live_segment_idx').on(t.segmentId, t.id).where(sql`deleted_at IS NULL`),
    index('organisations_live_subsegment_idx').on(t.subsegmentId, t.id).where(sql`deleted_at IS NULL`),
    index('organisations_live_relation_type_idx').on(t.relationTypeId, t.id).where(sql`deleted_at IS NULL`),
    index('organisations_live_status_idx').on(t.statusId, t.id).where(sql`deleted_at IS NULL`),
    index('organisations_live_industry_idx').on(t.industryId, t.id).where(sql`deleted_at IS NULL`),
  ],
);

export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;

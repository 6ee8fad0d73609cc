import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db';
import { activities, persons, personsInOrganisation } from '@/db/schema';
import type { MutationContext } from '@/lib/mutation';
import { cascadeDeleted, insertRecord, lockRecord, setDeleted, updateRecord } from '@/lib/mutation/records';
import { formError } from '@/lib/mutation/result';
import type { deletePersonSchema, personSchema, restorePersonSchema, updatePersonSchema } from './validations';

type PersonInput = z.output<typeof personSchema>;

function columns(input: PersonInput) {
  const { salutationId, initials, firstName, namePrefix, lastName, privateEmail, phone, mobile, dateOfBirth, street, houseNumber, houseNumberAddition, postcode, city, country, marketingConsent, passive, notes } = input;
  return { salutationId, initials, firstName, namePrefix, lastName, privateEmail, phone, mobile, dateOfBirth, street, houseNumber, houseNumberAddition, postcode, city, country, marketingConsent, passive, notes };
}

// Creates a person; consent given now is dated now.
export async function createPerson(tx: Tx, input: PersonInput, ctx: MutationContext) {
  const row = await insertRecord(tx, ctx, persons, { ...columns(input), marketingConsentAt: input.marketingConsent ? new Date() : null });
  return { id: row.id };
}

// Saves an edited person; when the marketing consent changes, the server records the moment.
export async function updatePerson(tx: Tx, input: z.output<typeof updatePersonSchema>, ctx: MutationContext) {
  const before = await lockRecord(tx, persons, input.id, input.version);
  const consentChanged = before.marketingConsent !== input.marketingConsent;
  const row = await updateRecord(tx, ctx, persons, input.id, input.version, {
    ...columns(input),
    ...(consentChanged ? { marketingConsentAt: new Date() } : {}),
  });
  return { id: row.id, version: row.version };
}

// Soft-deletes a person with their records in organisations and activities.
export async function deletePerson(tx: Tx, input: z.output<typeof deletePersonSchema>, ctx: MutationContext) {
  await lockRecord(tx, persons, input.id, input.version);
  await setDeleted(tx, ctx, persons, input.id, true);
  const personsInOrganisationCount = await cascadeDeleted(tx, ctx, personsInOrganisation, personsInOrganisation.personId, input.id, true);
  const activityCount = await cascadeDeleted(tx, ctx, activities, activities.personId, input.id, true);
  return { id: input.id, personsInOrganisation: personsInOrganisationCount, activities: activityCount };
}

// Restores a deleted person and what was deleted with them.
export async function restorePerson(tx: Tx, input: z.output<typeof restorePersonSchema>, ctx: MutationContext) {
  const [current] = await tx.select({ deletedAt: persons.deletedAt }).from(persons).where(eq(persons.id, input.id)).for('update');
  if (!current?.deletedAt) throw formError('errors.notDeleted');
  const moment = sql`(SELECT p.deleted_at FROM persons p WHERE p.id = ${input.id})`;
  const personsInOrganisationCount = await cascadeDeleted(tx, ctx, personsInOrganisation, personsInOrganisation.personId, input.id, false, moment);
  const activityCount = await cascadeDeleted(tx, ctx, activities, activities.personId, input.id, false, moment);
  await setDeleted(tx, ctx, persons, input.id, false);
  return { id: input.id, personsInOrganisation: personsInOrganisationCount, activities: activityCount };
}

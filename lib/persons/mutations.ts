import 'server-only';
import type { z } from 'zod';
import type { Tx } from '@/db';
import { activities, persons, personsInOrganisation } from '@/db/schema';
import type { MutationContext } from '@/lib/mutation';
import { deleteWithDependents, insertRecord, lockRecord, restoreWithDependents, updateRecord, type Dependent } from '@/lib/mutation/records';
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

const dependents: Dependent[] = [
  { key: 'personsInOrganisation', table: personsInOrganisation, column: personsInOrganisation.personId },
  { key: 'activities', table: activities, column: activities.personId },
];

// Soft-deletes a person with their persons in organisation and activities.
export async function deletePerson(tx: Tx, input: z.output<typeof deletePersonSchema>, ctx: MutationContext) {
  return deleteWithDependents(tx, ctx, persons, input.id, input.version, dependents);
}

// Restores a deleted person and what was deleted with them.
export async function restorePerson(tx: Tx, input: z.output<typeof restorePersonSchema>, ctx: MutationContext) {
  return restoreWithDependents(tx, ctx, persons, input.id, dependents);
}

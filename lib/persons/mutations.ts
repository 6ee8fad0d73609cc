import 'server-only';
import type { z } from 'zod';
import type { Tx } from '@/db';
import { activities, persons, personsInOrganisation } from '@/db/schema';
import type { MutationContext } from '@/lib/mutation';
import { deleteWithDependents, insertRecord, lockRecord, restoreWithDependents, updateRecord, type Dependent } from '@/lib/mutation/records';
import type { EditableKind } from '@/lib/fields/update-rows';
import { personFields } from './fields';
import { personRowSchema, type deletePersonSchema, type personSchema, type restorePersonSchema, type updatePersonSchema } from './validations';

type PersonInput = z.output<typeof personSchema>;

// The columns a person form (or a grid row) writes; the moment the marketing consent was given to a new person, or
// changed against the stored person `before`, is recorded.
export function personValues(input: PersonInput, before?: Record<string, unknown>) {
  const { salutationId, initials, firstName, namePrefix, lastName, privateEmail, phone, mobile, dateOfBirth, street, houseNumber, houseNumberAddition, postcode, city, country, marketingConsent, passive, notes } = input;
  const values = { salutationId, initials, firstName, namePrefix, lastName, privateEmail, phone, mobile, dateOfBirth, street, houseNumber, houseNumberAddition, postcode, city, country, marketingConsent, passive, notes };
  if (!before) return { ...values, marketingConsentAt: marketingConsent ? new Date() : null };
  return before.marketingConsent !== marketingConsent ? { ...values, marketingConsentAt: new Date() } : values;
}

// Creates a person; consent given now is dated now.
export async function createPerson(tx: Tx, input: PersonInput, ctx: MutationContext) {
  const row = await insertRecord(tx, ctx, persons, personValues(input));
  return { id: row.id };
}

// Saves an edited person; when the marketing consent changes, the server records the moment.
export async function updatePerson(tx: Tx, input: z.output<typeof updatePersonSchema>, ctx: MutationContext) {
  const before = await lockRecord(tx, persons, input.id, input.version);
  const row = await updateRecord(tx, ctx, persons, input.id, input.version, personValues(input, before));
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

// Persons as edits of many rows (the grid) save them.
export const editablePersons: EditableKind<typeof personRowSchema> = { table: persons, registry: personFields, schema: personRowSchema, values: personValues };

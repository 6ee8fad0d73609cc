import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db';
import { activities, organisations, persons, personsInOrganisation } from '@/db/schema';
import type { MutationContext } from '@/lib/mutation';
import { cascadeDeleted, insertRecord, lockRecord, setDeleted, updateRecord } from '@/lib/mutation/records';
import { fieldError, formError, MutationRefused, type FieldErrors } from '@/lib/mutation/result';
import type {
  changeEmployerSchema,
  deletePersonInOrganisationSchema,
  personInOrganisationSchema,
  restorePersonInOrganisationSchema,
  updatePersonInOrganisationSchema,
} from './validations';

type PersonInOrganisationInput = z.output<typeof personInOrganisationSchema>;

// Refuses unless the person and the organisation exist and are not deleted; keeps them from being deleted
// until the transaction ends. Both problems are reported at once, each at its field.
async function assertLiveParties(tx: Tx, personId: number, organisationId: number) {
  const [person] = await tx.select({ id: persons.id }).from(persons).where(and(eq(persons.id, personId), isNull(persons.deletedAt))).for('share');
  const [organisation] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), isNull(organisations.deletedAt)))
    .for('share');
  const fieldErrors: FieldErrors = {};
  if (!person) fieldErrors.personId = ['personsInOrganisation.personGone'];
  if (!organisation) fieldErrors.organisationId = ['personsInOrganisation.organisationGone'];
  if (!person || !organisation) throw new MutationRefused({ ok: false, fieldErrors, formError: 'errors.checkFields' });
}

// The columns the person in organisation form (or a grid row) writes.
export function personInOrganisationValues(input: PersonInOrganisationInput) {
  return {
    personId: input.personId!,
    organisationId: input.organisationId!,
    department: input.department,
    jobTitle: input.jobTitle,
    email: input.email,
    phone: input.phone,
    mobile: input.mobile,
    categoryId: input.categoryId,
    subcategoryId: input.subcategoryId,
    startDate: input.startDate,
    endDate: input.endDate,
    active: input.active,
    notes: input.notes,
  };
}

// Creates a person in organisation for a live person at a live organisation.
export async function createPersonInOrganisation(tx: Tx, input: PersonInOrganisationInput, ctx: MutationContext) {
  await assertLiveParties(tx, input.personId!, input.organisationId!);
  const row = await insertRecord(tx, ctx, personsInOrganisation, personInOrganisationValues(input));
  return { id: row.id, personId: row.personId, organisationIds: [row.organisationId] };
}

// Saves an edited person in organisation if nobody changed it meanwhile.
export async function updatePersonInOrganisation(tx: Tx, input: z.output<typeof updatePersonInOrganisationSchema>, ctx: MutationContext) {
  const before = await lockRecord(tx, personsInOrganisation, input.id, input.version);
  await assertLiveParties(tx, input.personId!, input.organisationId!);
  const row = await updateRecord(tx, ctx, personsInOrganisation, input.id, input.version, personInOrganisationValues(input));
  return { id: row.id, version: row.version, personId: row.personId, organisationIds: [...new Set([before.organisationId as number, row.organisationId])] };
}

// Ends an active job and starts one at another organisation, in one transaction: the old record keeps its
// history and gets its end date and active = false (refused when stale); the new record is created.
export async function changeEmployer(tx: Tx, input: z.output<typeof changeEmployerSchema>, ctx: MutationContext) {
  const old = (await lockRecord(tx, personsInOrganisation, input.id, input.version)) as unknown as typeof personsInOrganisation.$inferSelect;
  if (!old.active) throw formError('personsInOrganisation.notActive');
  if (old.organisationId === input.organisationId) throw fieldError('organisationId', 'personsInOrganisation.sameOrganisation');
  if (old.startDate && input.endDate! < old.startDate) throw fieldError('endDate', 'personsInOrganisation.endBeforeOldStart');
  await assertLiveParties(tx, old.personId, input.organisationId!);
  await updateRecord(tx, ctx, personsInOrganisation, old.id, input.version, { endDate: input.endDate, active: false });
  const row = await insertRecord(tx, ctx, personsInOrganisation, {
    personId: old.personId,
    organisationId: input.organisationId!,
    department: input.department,
    jobTitle: input.jobTitle,
    email: input.email,
    phone: input.phone,
    mobile: input.mobile,
    categoryId: input.categoryId,
    subcategoryId: input.subcategoryId,
    startDate: input.startDate,
    active: true,
  });
  return { id: row.id, previousId: old.id, personId: old.personId, organisationIds: [old.organisationId, row.organisationId] };
}

// Soft-deletes a person in organisation with its activities.
export async function deletePersonInOrganisation(tx: Tx, input: z.output<typeof deletePersonInOrganisationSchema>, ctx: MutationContext) {
  const row = await lockRecord(tx, personsInOrganisation, input.id, input.version);
  await setDeleted(tx, ctx, personsInOrganisation, input.id, true);
  const activityCount = await cascadeDeleted(tx, ctx, activities, activities.personInOrganisationId, input.id, true);
  return { id: input.id, personId: row.personId as number, organisationIds: [row.organisationId as number], activities: activityCount };
}

// Restores a deleted person in organisation and the activities deleted with it; its person and organisation must be live.
export async function restorePersonInOrganisation(tx: Tx, input: z.output<typeof restorePersonInOrganisationSchema>, ctx: MutationContext) {
  const [current] = await tx.select().from(personsInOrganisation).where(eq(personsInOrganisation.id, input.id)).for('update');
  if (!current?.deletedAt) throw formError('errors.notDeleted');
  try {
    await assertLiveParties(tx, current.personId, current.organisationId);
  } catch (error) {
    throw error instanceof MutationRefused ? formError('personsInOrganisation.restoreNeedsParties') : error;
  }
  const moment = sql`(SELECT x.deleted_at FROM persons_in_organisation x WHERE x.id = ${input.id})`;
  const activityCount = await cascadeDeleted(tx, ctx, activities, activities.personInOrganisationId, input.id, false, moment);
  await setDeleted(tx, ctx, personsInOrganisation, input.id, false);
  return { id: input.id, personId: current.personId, organisationIds: [current.organisationId], activities: activityCount };
}

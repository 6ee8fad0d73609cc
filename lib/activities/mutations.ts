import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db';
import { activities, organisations, persons, personsInOrganisation, users, type Activity } from '@/db/schema';
import type { MutationContext } from '@/lib/mutation';
import { insertRecord, lockRecord, setDeleted, updateRecord } from '@/lib/mutation/records';
import { fieldError, formError } from '@/lib/mutation/result';
import { dueInstant, rescheduledDue } from './due';
import { mayChangeActivity } from './permissions';
import type { CreateActivityInput, UpdateActivityInput } from './validations';
import type { deleteActivitySchema, rescheduleActivitySchema, restoreActivitySchema, setActivityDoneSchema } from './validations';
import type { z } from 'zod';

// What a changed activity tells the page: its id and version, and the cards that show it.
export type ActivityChange = { id: number; version: number; cards: string[] };

const tables = { organisation: organisations, person: persons, personInOrganisation: personsInOrganisation } as const;

// The cards an activity shows on: its own record's, and for a person in organisation also its person's and organisation's.
async function cardsOf(tx: Tx, row: Pick<Activity, 'organisationId' | 'personId' | 'personInOrganisationId'>): Promise<string[]> {
  const cards: string[] = [];
  if (row.organisationId) cards.push(`/organisations/${row.organisationId}`);
  if (row.personId) cards.push(`/persons/${row.personId}`);
  if (row.personInOrganisationId) {
    const [pio] = await tx.select({ personId: personsInOrganisation.personId, organisationId: personsInOrganisation.organisationId }).from(personsInOrganisation).where(eq(personsInOrganisation.id, row.personInOrganisationId));
    cards.push(`/persons-in-organisation/${row.personInOrganisationId}`);
    if (pio) cards.push(`/persons/${pio.personId}`, `/organisations/${pio.organisationId}`);
  }
  return cards;
}

async function assertAssignable(tx: Tx, userId: number) {
  const [u] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, userId), eq(users.active, true), isNull(users.deletedAt)));
  if (!u) throw fieldError('assignedToId', 'activities.assigneeInactive');
}

async function lockChangeable(tx: Tx, ctx: MutationContext, id: number, version: number): Promise<Activity> {
  const row = (await lockRecord(tx, activities, id, version)) as unknown as Activity;
  if (!mayChangeActivity(row, ctx.user)) throw formError('activities.notYours');
  return row;
}

function columns(input: CreateActivityInput | UpdateActivityInput) {
  return {
    kind: input.kind,
    subject: input.subject,
    description: input.description,
    dueAt: input.dueDate ? dueInstant(input.dueDate, input.dueTime) : null,
    dueHasTime: !!(input.dueDate && input.dueTime),
    assignedToId: input.assignedToId,
    priority: input.priority,
    pinned: input.pinned,
  };
}

const change = async (tx: Tx, row: Activity): Promise<ActivityChange> => ({ id: row.id, version: row.version, cards: await cardsOf(tx, row) });

// Adds an activity to a live organisation, person or person in organisation.
export async function createActivity(tx: Tx, input: CreateActivityInput, ctx: MutationContext): Promise<ActivityChange> {
  const table = tables[input.on];
  const [subject] = await tx.select({ id: table.id }).from(table).where(and(eq(table.id, input.onId), isNull(table.deletedAt)));
  if (!subject) throw formError('errors.recordGone');
  await assertAssignable(tx, input.assignedToId!);
  const owner = { organisation: 'organisationId', person: 'personId', personInOrganisation: 'personInOrganisationId' }[input.on];
  const row = await insertRecord(tx, ctx, activities, { ...columns(input), [owner]: input.onId });
  return change(tx, row);
}

// Saves an edited activity if nobody changed it meanwhile and the user may change it.
export async function updateActivity(tx: Tx, input: UpdateActivityInput, ctx: MutationContext): Promise<ActivityChange> {
  const before = await lockChangeable(tx, ctx, input.id, input.version);
  if (input.assignedToId !== before.assignedToId) await assertAssignable(tx, input.assignedToId!);
  return change(tx, await updateRecord(tx, ctx, activities, input.id, input.version, columns(input)));
}

// Completes or reopens an activity.
export async function setActivityDone(tx: Tx, input: z.output<typeof setActivityDoneSchema>, ctx: MutationContext): Promise<ActivityChange> {
  await lockChangeable(tx, ctx, input.id, input.version);
  const row = await updateRecord(tx, ctx, activities, input.id, input.version, { done: input.done, doneAt: input.done ? new Date() : null });
  return change(tx, row);
}

// Moves an activity a day later, to next Monday or to a chosen date, keeping its time of day.
export async function rescheduleActivity(tx: Tx, input: z.output<typeof rescheduleActivitySchema>, ctx: MutationContext): Promise<ActivityChange> {
  const before = await lockChangeable(tx, ctx, input.id, input.version);
  const how = input.to === 'date' ? { to: 'date' as const, date: input.date! } : { to: input.to };
  const dueAt = rescheduledDue(before, how, new Date());
  return change(tx, await updateRecord(tx, ctx, activities, input.id, input.version, { dueAt, dueHasTime: before.dueHasTime && !!before.dueAt }));
}

// Soft-deletes an activity (CRM Super users can restore it).
export async function deleteActivity(tx: Tx, input: z.output<typeof deleteActivitySchema>, ctx: MutationContext): Promise<ActivityChange> {
  await lockChangeable(tx, ctx, input.id, input.version);
  return change(tx, await setDeleted(tx, ctx, activities, input.id, true));
}

// Restores a deleted activity.
export async function restoreActivity(tx: Tx, input: z.output<typeof restoreActivitySchema>, ctx: MutationContext): Promise<ActivityChange> {
  return change(tx, await setDeleted(tx, ctx, activities, input.id, false));
}

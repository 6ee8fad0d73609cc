import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db';
import { segments, type Segment } from '@/db/schema';
import type { MutationContext } from '@/lib/mutation';
import { cascadeDeleted, insertRecord, lockRecord, setDeleted, updateRecord } from '@/lib/mutation/records';
import { fieldError, formError } from '@/lib/mutation/result';
import { errorMessage } from '@/lib/validation/message';
import { segmentUsage } from './usage';
import {
  appliesBeyond,
  type createSegmentSchema,
  type deleteSegmentSchema,
  type moveSegmentSchema,
  type setSegmentActiveSchema,
  type updateSegmentSchema,
} from './validations';

const siblingsOf = (parentId: number | null) =>
  and(parentId === null ? isNull(segments.parentId) : eq(segments.parentId, parentId), isNull(segments.deletedAt));

// The main segment a new or changed subsegment hangs under, locked; refused unless it is a live main segment.
async function lockMain(tx: Tx, id: number): Promise<Segment> {
  const [main] = await tx.select().from(segments).where(eq(segments.id, id)).for('update');
  if (!main || main.deletedAt) throw fieldError('parentId', 'segments.parentNotFound');
  if (main.parentId !== null) throw fieldError('parentId', 'segments.parentNotMain');
  return main;
}

// Adds a main segment or a subsegment at the end of its level.
export async function createSegment(tx: Tx, input: z.output<typeof createSegmentSchema>, ctx: MutationContext) {
  if (input.parentId !== null) {
    const main = await lockMain(tx, input.parentId);
    if (appliesBeyond(input, main)) throw fieldError('appliesTo', 'segments.subBeyondMain');
  }
  const [last] = await tx
    .select({ max: sql<number>`coalesce(max(${segments.sortOrder}), 0)::int` })
    .from(segments)
    .where(siblingsOf(input.parentId));
  const row = await insertRecord(tx, ctx, segments, {
    parentId: input.parentId,
    name: input.name,
    appliesToOrganisation: input.appliesToOrganisation,
    appliesToPersonInOrganisation: input.appliesToPersonInOrganisation,
    sortOrder: last.max + 10,
  });
  return { id: row.id };
}

// Renames a segment and changes what it applies to; narrowing is refused while records of the excluded kind use it.
export async function updateSegment(tx: Tx, input: z.output<typeof updateSegmentSchema>, ctx: MutationContext) {
  const current = (await lockRecord(tx, segments, input.id, input.version)) as Segment;
  if (current.parentId !== null && appliesBeyond(input, await lockMain(tx, current.parentId))) {
    throw fieldError('appliesTo', 'segments.subBeyondMain');
  }
  const dropsOrganisations = current.appliesToOrganisation && !input.appliesToOrganisation;
  const dropsPersons = current.appliesToPersonInOrganisation && !input.appliesToPersonInOrganisation;
  if (dropsOrganisations || dropsPersons) {
    const use = await segmentUsage(tx, input.id);
    if (dropsOrganisations && use.organisations > 0) {
      throw fieldError('appliesTo', errorMessage('segments.narrowUsedByOrganisations', { count: use.organisations }));
    }
    if (dropsPersons && use.personsInOrganisation > 0) {
      throw fieldError('appliesTo', errorMessage('segments.narrowUsedByPersons', { count: use.personsInOrganisation }));
    }
    const subs = await tx.select().from(segments).where(siblingsOf(input.id));
    const wider = subs.find((s) => appliesBeyond(s, input));
    if (wider) throw fieldError('appliesTo', errorMessage('segments.narrowSubApplies', { name: wider.name }));
  }
  const row = await updateRecord(tx, ctx, segments, input.id, input.version, {
    name: input.name,
    appliesToOrganisation: input.appliesToOrganisation,
    appliesToPersonInOrganisation: input.appliesToPersonInOrganisation,
  });
  return { id: row.id, version: row.version };
}

// Moves a segment one place up or down among its siblings: the sort orders are renumbered (in practice the two
// neighbours swap theirs), each change with its history entry.
export async function moveSegment(tx: Tx, input: z.output<typeof moveSegmentSchema>, ctx: MutationContext) {
  const current = (await lockRecord(tx, segments, input.id)) as Segment;
  const siblings = await tx
    .select()
    .from(segments)
    .where(siblingsOf(current.parentId))
    .orderBy(asc(segments.sortOrder), asc(segments.name), asc(segments.id))
    .for('update');
  const from = siblings.findIndex((s) => s.id === current.id);
  const to = input.direction === 'up' ? from - 1 : from + 1;
  if (to < 0 || to >= siblings.length) return { moved: false };
  [siblings[from], siblings[to]] = [siblings[to], siblings[from]];
  for (const [i, sibling] of siblings.entries()) {
    const sortOrder = (i + 1) * 10;
    if (sibling.sortOrder !== sortOrder) await updateRecord(tx, ctx, segments, sibling.id, sibling.version, { sortOrder });
  }
  return { moved: true };
}

// Deactivates a segment (pickers stop offering it; records keep it) or reactivates it.
export async function setSegmentActive(tx: Tx, input: z.output<typeof setSegmentActiveSchema>, ctx: MutationContext) {
  const row = await updateRecord(tx, ctx, segments, input.id, input.version, { active: input.active });
  return { id: row.id, version: row.version };
}

// Soft-deletes a segment that no live record uses; a main segment takes its (then also unused) subsegments along.
export async function deleteSegment(tx: Tx, input: z.output<typeof deleteSegmentSchema>, ctx: MutationContext) {
  const current = (await lockRecord(tx, segments, input.id, input.version)) as Segment;
  const use = await segmentUsage(tx, input.id);
  const count = use.organisations + use.personsInOrganisation;
  if (count > 0) throw formError(errorMessage('segments.deleteInUse', { count }));
  const subsegments = current.parentId === null ? await cascadeDeleted(tx, ctx, segments, segments.parentId, input.id, true) : 0;
  await setDeleted(tx, ctx, segments, input.id, true);
  return { id: input.id, subsegments };
}

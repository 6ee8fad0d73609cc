import 'server-only';
import { and, eq, getTableColumns, getTableName, isNull, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Tx } from '@/db';
import { organisations, personsInOrganisation, segments, type Segment } from '@/db/schema';
import type { MutationContext } from '@/lib/mutation';
import { createBatch, finishBatch, updateEach, updateMatching } from '@/lib/mutation/bulk';
import { lockRecord, setDeleted } from '@/lib/mutation/records';
import { fieldError } from '@/lib/mutation/result';
import { errorMessage } from '@/lib/validation/message';
import { segmentUsage, type SegmentUsage } from './usage';
import { appliesBeyond, type mergeSegmentSchema } from './validations';

// The two kinds of record that carry a segment pair, by the Drizzle fields of the pair.
const kinds = [
  { table: organisations, mainField: 'segmentId', subField: 'subsegmentId', applies: 'appliesToOrganisation', usage: 'organisations',
    refusal: 'segments.mergeTargetNotForOrganisations' },
  { table: personsInOrganisation, mainField: 'categoryId', subField: 'subcategoryId', applies: 'appliesToPersonInOrganisation',
    usage: 'personsInOrganisation', refusal: 'segments.mergeTargetNotForPersons' },
] as const;
type Kind = (typeof kinds)[number];

// A field's column name in the database, as an SQL identifier.
const column = (kind: Kind, field: string) => sql.identifier((getTableColumns(kind.table) as Record<string, PgColumn>)[field].name);

// Where the target does not apply to a kind of record, only deleted records of that kind can use the source (live
// ones refuse the merge); those lose the segment instead, so that no record keeps a segment that is gone.
const appliesTo = (kind: Kind, target: Segment) => target[kind.applies];

// The records of a kind that use a segment (in its main or sub field), live and deleted, as a list definition.
const using = (kind: Kind, field: string, id: number) => ({ from: sql`${kind.table} r`, where: sql`r.${column(kind, field)} = ${id}` });

// Moves the records, live and deleted, of a subsegment to another subsegment (and that one's main segment), one
// history entry each.
async function moveSubRecords(tx: Tx, ctx: MutationContext, kind: Kind, source: Segment, target: Segment, batchId: number): Promise<number> {
  const patch = appliesTo(kind, target) ? { [kind.mainField]: target.parentId, [kind.subField]: target.id } : { [kind.subField]: null };
  const { changed } = await updateMatching(tx, ctx, kind.table, using(kind, kind.subField, source.id), patch, { action: 'merge', batchId });
  return changed;
}

// While a main segment's subsegments move, the records keep them aside here (a used subsegment cannot move, and
// a record's subsegment must be under its segment); the history shows the subsegment they had before.
const held = sql.raw('merge_held_subsegments');
const heldSub = (kind: Kind) => sql`(SELECT h.sub FROM ${held} h WHERE h.kind = ${getTableName(kind.table)} AND h.id = old.id)`;

// Takes the subsegment off the records of a main segment for a moment, keeping it in the held table.
async function holdSubs(tx: Tx, kind: Kind, source: Segment): Promise<void> {
  const [main, sub] = [column(kind, kind.mainField), column(kind, kind.subField)];
  await tx.execute(sql`WITH taken AS (
      UPDATE ${kind.table} o SET ${sub} = NULL FROM ${kind.table} old
      WHERE old.id = o.id AND o.${main} = ${source.id} AND o.${sub} IS NOT NULL
      RETURNING o.id, old.${sub} AS sub)
    INSERT INTO ${held} (kind, id, sub) SELECT ${getTableName(kind.table)}, id, sub FROM taken`);
}

// Moves the records, live and deleted, of a main segment to another main segment with the subsegments held, one
// history entry each.
async function moveMainRecords(tx: Tx, ctx: MutationContext, kind: Kind, source: Segment, target: Segment, batchId: number): Promise<number> {
  const patch = appliesTo(kind, target) ? { [kind.mainField]: target.id, [kind.subField]: heldSub(kind) } : { [kind.mainField]: null, [kind.subField]: null };
  const options = { action: 'merge' as const, batchId, previous: { [kind.subField]: heldSub(kind) } };
  const { changed } = await updateMatching(tx, ctx, kind.table, using(kind, kind.mainField, source.id), patch, options);
  return changed;
}

// Merging a main segment: its subsegments move under the target (refused on a name clash or where the target does not apply).
async function mergeMain(tx: Tx, ctx: MutationContext, source: Segment, target: Segment, batchId: number): Promise<number> {
  const live = (parentId: number) => tx.select().from(segments).where(and(eq(segments.parentId, parentId), isNull(segments.deletedAt))).for('update');
  const [subs, targetSubs] = await Promise.all([live(source.id), live(target.id)]);
  const taken = new Set(targetSubs.map((s) => s.name.toLowerCase()));
  const clash = subs.find((s) => taken.has(s.name.toLowerCase()));
  if (clash) throw fieldError('targetId', errorMessage('segments.mergeNameClash', { name: clash.name }));
  const wider = subs.find((s) => appliesBeyond(s, target));
  if (wider) throw fieldError('targetId', errorMessage('segments.mergeSubBeyondTarget', { name: wider.name }));
  await tx.execute(sql`CREATE TEMP TABLE ${held} (kind text, id integer, sub integer NOT NULL, PRIMARY KEY (kind, id)) ON COMMIT DROP`);
  for (const kind of kinds) await holdSubs(tx, kind, source);
  let sortOrder = Math.max(0, ...targetSubs.map((s) => s.sortOrder));
  const moves = subs.sort((a, b) => a.sortOrder - b.sortOrder).map((s) => ({ id: s.id, version: s.version, patch: { parentId: target.id, sortOrder: (sortOrder += 10) } }));
  await updateEach(tx, ctx, segments, moves, { batchId });
  let moved = 0;
  for (const kind of kinds) moved += await moveMainRecords(tx, ctx, kind, source, target, batchId);
  await tx.execute(sql`DROP TABLE ${held}`);
  return moved;
}

// Moves every record of a segment (deleted ones too, so none keeps a segment that is gone) into another segment
// of the same level, set-based and with one history entry per record, all naming one batch; then deletes the source.
export async function mergeSegmentInto(tx: Tx, input: z.output<typeof mergeSegmentSchema>, ctx: MutationContext) {
  const source = (await lockRecord(tx, segments, input.id, input.version)) as Segment;
  const [target] = await tx.select().from(segments).where(eq(segments.id, input.targetId!)).for('update');
  if (!target || target.deletedAt) throw fieldError('targetId', 'segments.mergeTargetGone');
  if ((source.parentId === null) !== (target.parentId === null)) throw fieldError('targetId', 'segments.mergeSameLevel');
  const use: SegmentUsage = await segmentUsage(tx, source.id);
  for (const kind of kinds) {
    if (use[kind.usage] > 0 && !target[kind.applies]) throw fieldError('targetId', errorMessage(kind.refusal, { count: use[kind.usage] }));
  }
  const batchId = await createBatch(tx, ctx, { kind: 'segment_merge', list: 'segments', params: { sourceId: source.id, targetId: target.id } }, 0);
  let moved = 0;
  if (source.parentId === null) moved = await mergeMain(tx, ctx, source, target, batchId);
  else for (const kind of kinds) moved += await moveSubRecords(tx, ctx, kind, source, target, batchId);
  await finishBatch(tx, batchId, moved);
  await setDeleted(tx, ctx, segments, source.id, true);
  return { id: target.id, moved };
}

import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db';
import { queryRows } from '@/db/rows';
import { organisations, personsInOrganisation, segments, type Segment } from '@/db/schema';
import type { MutationContext } from '@/lib/mutation';
import { writeAudit } from '@/lib/mutation/audit';
import { lockRecord, setDeleted, updateRecord } from '@/lib/mutation/records';
import { fieldError } from '@/lib/mutation/result';
import { errorMessage } from '@/lib/validation/message';
import { segmentUsage, type SegmentUsage } from './usage';
import { appliesBeyond, type mergeSegmentSchema } from './validations';

// The two kinds of record that carry a segment pair, with their columns.
const kinds = [
  { table: organisations, name: 'organisations', main: 'segment_id', sub: 'subsegment_id', mainField: 'segmentId', subField: 'subsegmentId',
    applies: 'appliesToOrganisation', usage: 'organisations', refusal: 'segments.mergeTargetNotForOrganisations' },
  { table: personsInOrganisation, name: 'persons_in_organisation', main: 'category_id', sub: 'subcategory_id', mainField: 'categoryId', subField: 'subcategoryId',
    applies: 'appliesToPersonInOrganisation', usage: 'personsInOrganisation', refusal: 'segments.mergeTargetNotForPersons' },
] as const;
type Kind = (typeof kinds)[number];
type Moved = { id: number; version: number; oldMain: number | null; newMain: number | null; heldSub?: number | null };

// Where the target does not apply to a kind of record, only deleted records of that kind can use the source (live
// ones refuse the merge); those lose the segment instead, so that no record keeps a segment that is gone.
const appliesTo = (kind: Kind, target: Segment) => target[kind.applies];

// Moves the records, live and deleted, of a subsegment to another subsegment (and that one's main segment), one history entry each.
async function moveSubRecords(tx: Tx, ctx: MutationContext, kind: Kind, source: Segment, target: Segment): Promise<number> {
  const [main, sub] = [sql.raw(kind.main), sql.raw(kind.sub)];
  const [newMain, newSub] = appliesTo(kind, target) ? [sql`${target.parentId}`, target.id] : [sql`o.${main}`, null];
  const rows = await queryRows<Moved>(
    tx,
    sql`UPDATE ${sql.raw(kind.name)} o SET ${main} = ${newMain}, ${sub} = ${newSub}, version = o.version + 1, updated_at = now(), updated_by = ${ctx.user.id}
        FROM ${sql.raw(kind.name)} old WHERE old.id = o.id AND o.${sub} = ${source.id}
        RETURNING o.id, o.version, old.${main} AS "oldMain", o.${main} AS "newMain"`,
  );
  await writeAudit(
    tx,
    rows.map((r) => ({
      table: kind.table, recordId: r.id, recordVersion: r.version, action: 'merge' as const, userId: ctx.user.id,
      changes: { [kind.subField]: [source.id, newSub], ...(r.oldMain !== r.newMain ? { [kind.mainField]: [r.oldMain, r.newMain] } : {}) },
    })),
  );
  return rows.length;
}

// Takes the subsegment off the records of a main segment for a moment (a used subsegment cannot move), remembering it.
async function holdSubs(tx: Tx, kind: Kind, source: Segment) {
  const sub = sql.raw(kind.sub);
  return queryRows<{ id: number; sub: number }>(
    tx,
    sql`UPDATE ${sql.raw(kind.name)} o SET ${sub} = NULL FROM ${sql.raw(kind.name)} old
        WHERE old.id = o.id AND o.${sql.raw(kind.main)} = ${source.id} AND o.${sub} IS NOT NULL
        RETURNING o.id, old.${sub} AS sub`,
  );
}

// Moves the records, live and deleted, of a main segment to another main segment, giving back the subsegments held,
// one history entry each.
async function moveMainRecords(tx: Tx, ctx: MutationContext, kind: Kind, source: Segment, target: Segment, held: { id: number; sub: number }[]) {
  const [main, sub] = [sql.raw(kind.main), sql.raw(kind.sub)];
  const applies = appliesTo(kind, target);
  const rows = await queryRows<Moved>(
    tx,
    sql`UPDATE ${sql.raw(kind.name)} o SET ${main} = ${applies ? target.id : null}, ${sub} = ${applies ? sql`h.sub` : null},
          version = o.version + 1, updated_at = now(), updated_by = ${ctx.user.id}
        FROM ${sql.raw(kind.name)} x LEFT JOIN jsonb_to_recordset(${JSON.stringify(held)}::jsonb) AS h(id int, sub int) ON h.id = x.id
        WHERE x.id = o.id AND o.${main} = ${source.id}
        RETURNING o.id, o.version, h.sub AS "heldSub"`,
  );
  await writeAudit(
    tx,
    rows.map((r) => ({
      table: kind.table, recordId: r.id, recordVersion: r.version, action: 'merge' as const, userId: ctx.user.id,
      changes: applies ? { [kind.mainField]: [source.id, target.id] } : { [kind.mainField]: [source.id, null], ...(r.heldSub ? { [kind.subField]: [r.heldSub, null] } : {}) },
    })),
  );
  return rows.length;
}

// Merging a main segment: its subsegments move under the target (refused on a name clash or where the target does not apply).
async function mergeMain(tx: Tx, ctx: MutationContext, source: Segment, target: Segment): Promise<number> {
  const live = (parentId: number) => tx.select().from(segments).where(and(eq(segments.parentId, parentId), isNull(segments.deletedAt))).for('update');
  const [subs, targetSubs] = await Promise.all([live(source.id), live(target.id)]);
  const taken = new Set(targetSubs.map((s) => s.name.toLowerCase()));
  const clash = subs.find((s) => taken.has(s.name.toLowerCase()));
  if (clash) throw fieldError('targetId', errorMessage('segments.mergeNameClash', { name: clash.name }));
  const wider = subs.find((s) => appliesBeyond(s, target));
  if (wider) throw fieldError('targetId', errorMessage('segments.mergeSubBeyondTarget', { name: wider.name }));
  const held = [];
  for (const kind of kinds) held.push(await holdSubs(tx, kind, source));
  let sortOrder = Math.max(0, ...targetSubs.map((s) => s.sortOrder));
  for (const s of subs.sort((a, b) => a.sortOrder - b.sortOrder)) {
    await updateRecord(tx, ctx, segments, s.id, s.version, { parentId: target.id, sortOrder: (sortOrder += 10) });
  }
  let moved = 0;
  for (const [i, kind] of kinds.entries()) moved += await moveMainRecords(tx, ctx, kind, source, target, held[i]);
  return moved;
}

// Moves every record of a segment (deleted ones too, so none keeps a segment that is gone) into another segment
// of the same level, then deletes the source.
export async function mergeSegmentInto(tx: Tx, input: z.output<typeof mergeSegmentSchema>, ctx: MutationContext) {
  const source = (await lockRecord(tx, segments, input.id, input.version)) as Segment;
  const [target] = await tx.select().from(segments).where(eq(segments.id, input.targetId!)).for('update');
  if (!target || target.deletedAt) throw fieldError('targetId', 'segments.mergeTargetGone');
  if ((source.parentId === null) !== (target.parentId === null)) throw fieldError('targetId', 'segments.mergeSameLevel');
  const use: SegmentUsage = await segmentUsage(tx, source.id);
  for (const kind of kinds) {
    if (use[kind.usage] > 0 && !target[kind.applies]) throw fieldError('targetId', errorMessage(kind.refusal, { count: use[kind.usage] }));
  }
  let moved = 0;
  if (source.parentId === null) moved = await mergeMain(tx, ctx, source, target);
  else for (const kind of kinds) moved += await moveSubRecords(tx, ctx, kind, source, target);
  await setDeleted(tx, ctx, segments, source.id, true);
  return { id: target.id, moved };
}

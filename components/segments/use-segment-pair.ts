import { useEffect } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { SegmentOption } from '@/lib/segments/queries';

type Current = { main?: unknown; sub?: unknown };

// What a main/sub segment dropdown pair offers: main segments, and the subsegments of the chosen main segment;
// only active ones plus the record's own (`initial`). `fits` says whether the chosen subsegment is among them.
export function segmentPairOptions(segments: SegmentOption[], chosen: Current, initial: Current) {
  const id = (v: unknown) => String(v ?? '');
  const offered = (s: SegmentOption, current: unknown) => s.active || String(s.id) === id(current);
  const mains = segments.filter((s) => s.parentId === null && offered(s, initial.main));
  const subs = segments.filter((s) => s.parentId !== null && String(s.parentId) === id(chosen.main) && offered(s, initial.sub));
  const fits = !id(chosen.sub) || subs.some((s) => String(s.id) === id(chosen.sub));
  return { mains, subs, fits };
}

// Dependent segment dropdowns of a form (segment + subsegment, category + subcategory): their options, and a
// subsegment that no longer belongs to the chosen main segment is cleared, so it is never saved under another.
export function useSegmentPair<V extends FieldValues>(form: UseFormReturn<V>, segments: SegmentOption[], names: { main: string; sub: string }, initial: Current) {
  const loose = form as unknown as UseFormReturn<Record<string, unknown>>;
  const chosen = { main: loose.watch(names.main), sub: loose.watch(names.sub) };
  const { mains, subs, fits } = segmentPairOptions(segments, chosen, initial);
  useEffect(() => {
    if (!fits) loose.setValue(names.sub, '', { shouldDirty: true });
  }, [fits, loose, names.sub]);
  return { mains, subs };
}

import type { Lookups } from './lookups';

// The name of the segment or choice list entry a record refers to, marked when it was deactivated
// ("Retail (inactief)"); '' when the record has none.
export function referenceName(lookups: Lookups, kind: 'segments' | 'choices', id: number | null | undefined, inactive: string): string {
  if (!id) return '';
  const name = lookups[kind].get(id) ?? `#${id}`;
  return lookups.inactive[kind].has(id) ? `${name} (${inactive})` : name;
}

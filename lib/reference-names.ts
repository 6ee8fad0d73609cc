import type { Lookups } from './lookups';

// The name of a user, segment or choice list entry by id ("#12" for one that is no longer known).
export function lookupName(lookups: Lookups, kind: 'users' | 'segments' | 'choices', id: number): string {
  return lookups[kind].get(id) ?? `#${id}`;
}

// The name of the segment or choice list entry a record refers to, marked when it was deactivated
// ("Retail (inactief)"); '' when the record has none.
export function referenceName(lookups: Lookups, kind: 'segments' | 'choices', id: number | null | undefined, inactive: string): string {
  if (!id) return '';
  const name = lookupName(lookups, kind, id);
  return lookups.inactive[kind].has(id) ? `${name} (${inactive})` : name;
}

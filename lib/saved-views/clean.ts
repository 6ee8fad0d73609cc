import { encodeCriteria } from '@/lib/fields/criteria-url';
import { checkCriterion, parseCriteriaParam } from '@/lib/fields/criteria';
import { pruneMissing, type Exists } from '@/lib/fields/prune';
import type { FieldDef } from '@/lib/fields/types';
import { listQuery } from '@/lib/list/params';
import type { ListKind } from '@/lib/lists';
import { savedLists, savedState } from './lists';

// The records a saved search's criteria may name, as they exist now (live ones only).
export type References = { choices: Set<number>; segments: Set<number>; users: Set<number> };

// What a saved search named that no longer exists or no longer fits: a field (by name), a value of a field,
// a column or a sort.
export type Dropped = { what: 'field' | 'value' | 'column' | 'sort'; name: string };

const existsIn = (refs: References): Exists => (def: FieldDef, id: number) => {
  if (def.kind === 'choice') return refs.choices.has(id);
  if (def.kind === 'segment' || def.kind === 'subsegment') return refs.segments.has(id);
  if (def.kind === 'user') return refs.users.has(id);
  return true;
};

// A saved search as it can still be run: without the fields, choice values, segments, users, columns and sort it
// names that no longer exist, and what was left out.
export function cleanSavedQuery(list: ListKind, query: string, refs: References): { query: string; dropped: Dropped[] } {
  const { registry, simple, columns, sorts } = savedLists[list];
  const state = savedState(list, query);
  const exists = existsIn(refs);
  const dropped: Dropped[] = [];
  const criteria = { ...state.criteria };
  for (const s of simple) {
    const value = criteria[s.param];
    if (!value || value === s.none) continue;
    const checked = checkCriterion(registry, { field: s.field, op: s.op, value });
    const def = registry.find((f) => f.name === s.field)!;
    if (checked.ok && (typeof checked.criterion.value !== 'number' || exists(def, checked.criterion.value))) continue;
    delete criteria[s.param];
    dropped.push({ what: 'value', name: s.field });
  }
  const advanced = parseCriteriaParam(registry, state.where);
  for (const issue of advanced.issues) dropped.push({ what: issue.message === 'criteria.unknownField' ? 'field' : 'value', name: issue.field ?? '' });
  const pruned = advanced.node ? pruneMissing(registry, advanced.node, exists) : { node: null, lost: [] };
  for (const name of pruned.lost) dropped.push({ what: 'value', name });
  const cols = state.cols?.filter((c) => columns.includes(c)) ?? null;
  for (const c of state.cols ?? []) if (!columns.includes(c)) dropped.push({ what: 'column', name: c });
  const sort = state.sort && !sorts.includes(state.sort) ? null : state.sort;
  if (state.sort && !sort) dropped.push({ what: 'sort', name: state.sort });
  const where = pruned.node && !('and' in pruned.node && pruned.node.and.length === 0) ? encodeCriteria(pruned.node) : undefined;
  const clean = { ...state, criteria, where, cols: cols?.length ? cols : null, sort, page: 1, saved: undefined };
  return { query: listQuery(clean), dropped };
}

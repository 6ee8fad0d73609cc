import { sql, type SQL } from 'drizzle-orm';
import { referenceSort, type Sort } from '@/lib/list/query';
import { listFields } from './define';
import type { FieldDef, Registry, SortHow } from './types';

const folded = (column: string, table: 'users' | 'segments') => referenceSort(column, table, 'relatio_fold(t.name)', "''");

// The sort expression of a list column, served by an index on (expression, id) for live records: nullable text
// coalesced so keyset neighbours stay exact, users and segments by folded name, choices by their place in the
// choice list (none last) or by label (none first), missing dates first.
export function sortOf(def: FieldDef, how: SortHow): Sort {
  const column = def.column!;
  if (typeof how === 'object') return sql.raw(how.key);
  switch (how) {
    case 'folded':
      return sql.raw(`coalesce(relatio_fold(r.${column}), '')`);
    case 'dateOrEarliest':
      return sql.raw(`coalesce(r.${column}, '-infinity'::date)`);
    case 'choiceOrder':
      return referenceSort(column, 'choice_list_entries', 't.sort_order', '2147483647');
    case 'choiceLabel':
      return referenceSort(column, 'choice_list_entries', 't.label', "''");
    case 'folded-name':
      return folded(column, def.kind === 'user' ? 'users' : 'segments');
    default:
      return ['timestamp', 'boolean', 'date'].includes(def.kind) ? sql.raw(`r.${column}`) : sql.raw(`coalesce(r.${column}, '')`);
  }
}

// The sorts of a list by column name, from its registry.
export function sortsOf(registry: Registry): Record<string, Sort> {
  return Object.fromEntries(listFields(registry).filter((f) => f.list!.sort).map((f) => [f.list!.param, sortOf(f, f.list!.sort!)]));
}

// The expression a list reads a field with, under the field's name.
function selectOf(def: FieldDef): string | null {
  if (def.list?.select) return def.list.select;
  if (!def.column) return null;
  if (def.kind === 'date') return `to_char(r.${def.column}, 'YYYY-MM-DD') AS "${def.name}"`;
  return `r.${def.column} AS "${def.name}"`;
}

// The columns a list reads: the id, every list column of its registry, and `extra` fields it needs to show a row.
export function listSelect(registry: Registry, extra: readonly string[] = []): SQL {
  const wanted = registry.filter((f) => f.list || extra.includes(f.name));
  const parts = ['r.id', ...wanted.map(selectOf).filter((s): s is string => !!s)];
  return sql.raw(parts.join(', '));
}

import type { CriteriaNode, Criterion } from './criteria';
import type { FieldDef, Registry } from './types';

// Whether the record a criterion's id names (a choice value, segment, user) still exists.
export type Exists = (def: FieldDef, id: number) => boolean;

// A checked criteria tree without the ids that name records no longer there (a deleted segment, a removed choice
// value): a list of ids keeps the others, a criterion left with none goes; with the fields that lost a value.
export function pruneMissing(registry: Registry, node: CriteriaNode, exists: Exists): { node: CriteriaNode | null; lost: string[] } {
  const lost: string[] = [];
  const walk = (reg: Registry, n: CriteriaNode): CriteriaNode | null => {
    if ('and' in n) return { and: n.and.map((x) => walk(reg, x)).filter((x): x is CriteriaNode => x !== null) };
    if ('or' in n) return { or: n.or.map((x) => walk(reg, x)).filter((x): x is CriteriaNode => x !== null) };
    const c = n as Criterion;
    const def = reg.find((f) => f.name === c.field);
    if (!def) return c;
    const where = c.where && def.filter?.where ? walk(def.filter.where, c.where) : c.where;
    const out: Criterion = where ? { ...c, where } : { field: c.field, op: c.op, ...(c.value === undefined ? {} : { value: c.value }) };
    if (typeof c.value !== 'number' && !Array.isArray(c.value)) return out;
    const values = (Array.isArray(c.value) ? c.value : [c.value]).filter((v) => typeof v !== 'number' || exists(def, v));
    if (values.length === (Array.isArray(c.value) ? c.value.length : 1)) return out;
    lost.push(c.field);
    if (values.length === 0) return null;
    return { ...out, value: Array.isArray(c.value) ? values : values[0] };
  };
  return { node: walk(registry, node), lost };
}

import { z } from 'zod';
import { decodeCriteria } from './criteria-url';
import { criterionScalar } from './criterion-values';
import { filterableFields } from './define';
import type { FieldDef, FieldKind, Operator, Registry, ValueKind } from './types';

export type { ValueKind } from './types';

// One condition on one field; `value` as the operator needs it (ids, ISO dates, booleans, text, numbers, or a list
// of them); `where`, for a field about related records, the criteria those records meet.
export type Criterion = { field: string; op: Operator; value?: CriterionValue; where?: CriteriaNode };
export type CriterionValue = string | number | boolean | null | (string | number)[];

// A tree of conditions: all of them (AND) or any of them (OR), nested as deep as needed.
export type CriteriaNode = Criterion | { and: CriteriaNode[] } | { or: CriteriaNode[] };

const textKinds: FieldKind[] = ['text', 'longText', 'email', 'phone', 'postcode', 'kvk', 'vat', 'iban', 'url', 'country', 'initials'];
const idKinds: FieldKind[] = ['choice', 'segment', 'subsegment', 'user', 'reference'];
const dateKinds: FieldKind[] = ['date', 'timestamp'];

const textOps: Operator[] = ['is', 'isNot', 'contains', 'startsWith', 'isEmpty', 'isNotEmpty'];
const idOps: Operator[] = ['is', 'isNot', 'isAnyOf', 'isNoneOf', 'isEmpty', 'isNotEmpty'];
const dateOps: Operator[] = ['is', 'before', 'after', 'onOrBefore', 'onOrAfter', 'between', 'inLastDays', 'inNextDays', 'inMonth', 'isEmpty', 'isNotEmpty'];
// The comparisons of a number (say, a count of related records).
export const numberOps: Operator[] = ['is', 'isNot', 'greaterThan', 'lessThan', 'atLeast', 'atMost', 'between'];
// Whether there is a related record meeting the criterion's `where`, or none.
export const relationOps: Operator[] = ['has', 'hasNone'];

// The operators a field offers, by its kind (a computed field offers what its own condition compiles: `is`, or
// its `ops`; a number compares as numbers do).
export function operatorsOf(def: FieldDef): Operator[] {
  if (textKinds.includes(def.kind)) return textOps;
  if (idKinds.includes(def.kind)) return idOps;
  if (dateKinds.includes(def.kind)) return dateOps;
  if (def.kind === 'boolean') return ['is'];
  return def.filter?.ops ?? (def.filter?.value === 'number' ? numberOps : ['is']);
}

// What kind of value a field's criteria compare with.
export function valueKindOf(def: FieldDef): ValueKind {
  if (idKinds.includes(def.kind)) return 'id';
  if (dateKinds.includes(def.kind)) return 'date';
  if (def.kind === 'boolean') return 'boolean';
  return def.filter?.value ?? 'text';
}

// Operators that take no value, and those that take a list of values (between: exactly two).
export const noValueOps: Operator[] = ['isEmpty', 'isNotEmpty', 'has', 'hasNone'];
export const listValueOps: Operator[] = ['isAnyOf', 'isNoneOf', 'between'];

// Checks one criterion against the registry and brings its value into its stored form; an error names the
// message key (an unknown field or operator, or a value that does not fit). Its `where` is checked apart.
export function checkCriterion(registry: Registry, input: { field: unknown; op: unknown; value?: unknown }): { ok: true; criterion: Criterion } | { ok: false; message: string } {
  const def = filterableFields(registry).find((f) => f.name === input.field);
  if (!def) return { ok: false, message: 'criteria.unknownField' };
  const op = input.op as Operator;
  if (!operatorsOf(def).includes(op)) return { ok: false, message: 'criteria.unknownOperator' };
  if (noValueOps.includes(op)) return { ok: true, criterion: { field: def.name, op } };
  const kind = valueKindOf(def);
  if (listValueOps.includes(op)) {
    const items = Array.isArray(input.value) ? input.value : [input.value];
    if (items.length === 0 || items.length > 100 || (op === 'between' && items.length !== 2)) return { ok: false, message: 'validation.invalid' };
    const values: (string | number)[] = [];
    for (const item of items) {
      const one = criterionScalar(kind, op, item, def);
      if (!one.ok) return one;
      values.push(one.value as string | number);
    }
    return { ok: true, criterion: { field: def.name, op, value: values } };
  }
  const one = criterionScalar(kind, op, input.value, def);
  return one.ok ? { ok: true, criterion: { field: def.name, op, value: one.value } } : one;
}

const maxDepth = 4;
const maxItems = 50;

// A part of a criteria tree that could not be used: where it is, why (message key), and the field it named.
export type CriteriaIssue = { path: (string | number)[]; message: string; field?: string };

// Checks a tree node by node, collecting every issue with its path; a node that cannot be used is null, and left
// out of its group.
function checkNode(registry: Registry, value: unknown, path: (string | number)[], depth: number, issues: CriteriaIssue[]): CriteriaNode | null {
  if (!value || typeof value !== 'object' || Array.isArray(value) || depth > maxDepth) {
    issues.push({ path, message: 'criteria.unreadable' });
    return null;
  }
  const v = value as Record<string, unknown>;
  const group = 'and' in v ? 'and' : 'or' in v ? 'or' : null;
  if (group) {
    const items = v[group];
    if (Object.keys(v).length !== 1 || !Array.isArray(items) || items.length > maxItems || depth >= maxDepth) {
      issues.push({ path, message: 'criteria.unreadable' });
      return null;
    }
    const nodes = items.map((item, i) => checkNode(registry, item, [...path, group, i], depth + 1, issues)).filter((n): n is CriteriaNode => n !== null);
    return (group === 'and' ? { and: nodes } : { or: nodes }) as CriteriaNode;
  }
  const named = typeof v.field === 'string' ? v.field.slice(0, 100) : undefined;
  if (Object.keys(v).some((k) => !['field', 'op', 'value', 'where'].includes(k))) {
    issues.push({ path, message: 'criteria.unreadable', field: named });
    return null;
  }
  const checked = checkCriterion(registry, v as { field: unknown; op: unknown; value?: unknown });
  if (!checked.ok) {
    issues.push({ path: [...path, 'value'], message: checked.message, field: named });
    return null;
  }
  const nested = registry.find((f) => f.name === checked.criterion.field)?.filter?.where;
  if (v.where === undefined || v.where === null) return checked.criterion;
  if (!nested) {
    issues.push({ path: [...path, 'where'], message: 'criteria.unreadable', field: named });
    return null;
  }
  const where = checkNode(nested, v.where, [...path, 'where'], depth + 1, issues);
  return where ? { ...checked.criterion, where } : checked.criterion;
}

// Checks a criteria tree leniently: what cannot be used is left out of it and reported.
export function checkCriteria(registry: Registry, value: unknown): { node: CriteriaNode | null; issues: CriteriaIssue[] } {
  const issues: CriteriaIssue[] = [];
  const node = checkNode(registry, value, [], 0, issues);
  return { node, issues };
}

// The strict schema of a criteria tree for a registry: fields from the registry only, operators their kind offers,
// values brought into their stored form, groups nested at most four deep. An unknown field or operator is refused
// with a clear message at its place in the tree.
export function criteriaSchema(registry: Registry): z.ZodType<CriteriaNode> {
  return z.unknown().transform((value, ctx) => {
    const { node, issues } = checkCriteria(registry, value);
    for (const { field: _field, ...issue } of issues) ctx.addIssue({ code: 'custom', ...issue });
    return issues.length || !node ? z.NEVER : node;
  }) as unknown as z.ZodType<CriteriaNode>;
}

// A criteria tree from the URL's `c` parameter (compact, see encodeCriteria, or JSON as older links have it): what
// can be used, with what was left out and why; `error` is the first reason, null when nothing was left out.
export function parseCriteriaParam(registry: Registry, raw: string | undefined): { node: CriteriaNode | null; error: string | null; issues: CriteriaIssue[] } {
  if (!raw) return { node: null, error: null, issues: [] };
  const tree = decodeCriteria(raw);
  if (tree === null) return { node: null, error: 'criteria.unreadable', issues: [{ path: [], message: 'criteria.unreadable' }] };
  const { node, issues } = checkCriteria(registry, tree);
  return { node, error: issues[0]?.message ?? null, issues };
}

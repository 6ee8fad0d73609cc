import { z } from 'zod';
import { parseDutchDate } from '@/lib/validation/dates';
import { filterableFields } from './define';
import type { FieldDef, FieldKind, Operator, Registry } from './types';

// One condition on one field; `value` as the operator needs it (ids, ISO dates, booleans, text, or a list of them).
export type Criterion = { field: string; op: Operator; value?: CriterionValue };
export type CriterionValue = string | number | boolean | null | (string | number)[];

// A tree of conditions: all of them (AND) or any of them (OR), nested as deep as needed.
export type CriteriaNode = Criterion | { and: CriteriaNode[] } | { or: CriteriaNode[] };

const textKinds: FieldKind[] = ['text', 'longText', 'email', 'phone', 'postcode', 'kvk', 'vat', 'iban', 'url', 'country', 'initials'];
const idKinds: FieldKind[] = ['choice', 'segment', 'subsegment', 'user', 'reference'];
const dateKinds: FieldKind[] = ['date', 'timestamp'];

const textOps: Operator[] = ['is', 'isNot', 'contains', 'startsWith', 'isEmpty', 'isNotEmpty'];
const idOps: Operator[] = ['is', 'isNot', 'isAnyOf', 'isNoneOf', 'isEmpty', 'isNotEmpty'];
const dateOps: Operator[] = ['is', 'before', 'after', 'onOrBefore', 'onOrAfter', 'between', 'isEmpty', 'isNotEmpty'];

// The operators a field offers, by its kind (a computed field offers what its own filter compiles: `is`).
export function operatorsOf(def: FieldDef): Operator[] {
  if (textKinds.includes(def.kind)) return textOps;
  if (idKinds.includes(def.kind)) return idOps;
  if (dateKinds.includes(def.kind)) return dateOps;
  if (def.kind === 'boolean') return ['is'];
  return def.filter?.ops ?? ['is'];
}

// What kind of value a field's criteria compare with.
export type ValueKind = 'text' | 'id' | 'date' | 'boolean';
export function valueKindOf(def: FieldDef): ValueKind {
  if (idKinds.includes(def.kind)) return 'id';
  if (dateKinds.includes(def.kind)) return 'date';
  if (def.kind === 'boolean') return 'boolean';
  return def.filter?.value ?? 'text';
}

const noValue: Operator[] = ['isEmpty', 'isNotEmpty'];
const listValue: Operator[] = ['isAnyOf', 'isNoneOf', 'between'];

// One value of a criterion in its stored form, or an error message key.
function scalar(kind: ValueKind, raw: unknown, def: FieldDef): { ok: true; value: string | number | boolean } | { ok: false; message: string } {
  if (kind === 'id') {
    if (def.kind === 'user' && raw === 'me') return { ok: true, value: 'me' };
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,10}$/.test(raw.trim()) ? Number(raw) : NaN;
    return Number.isInteger(n) && n > 0 && n <= 2147483647 ? { ok: true, value: n } : { ok: false, message: 'validation.invalid' };
  }
  if (kind === 'date') {
    const iso = typeof raw === 'string' ? parseDutchDate(raw) : null;
    return iso ? { ok: true, value: iso } : { ok: false, message: 'validation.date' };
  }
  if (kind === 'boolean') {
    if (raw === true || raw === 'yes' || raw === 'true') return { ok: true, value: true };
    if (raw === false || raw === 'no' || raw === 'false') return { ok: true, value: false };
    return { ok: false, message: 'validation.invalid' };
  }
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
  if (!text) return { ok: false, message: 'validation.required' };
  if (text.length > 200 || text.includes('\u0000')) return { ok: false, message: 'validation.invalid' };
  return { ok: true, value: text };
}

// Checks one criterion against the registry and brings its value into its stored form; an error names the
// message key (an unknown field or operator, or a value that does not fit).
export function checkCriterion(registry: Registry, input: { field: unknown; op: unknown; value?: unknown }): { ok: true; criterion: Criterion } | { ok: false; message: string } {
  const def = filterableFields(registry).find((f) => f.name === input.field);
  if (!def) return { ok: false, message: 'criteria.unknownField' };
  const op = input.op as Operator;
  if (!operatorsOf(def).includes(op)) return { ok: false, message: 'criteria.unknownOperator' };
  if (noValue.includes(op)) return { ok: true, criterion: { field: def.name, op } };
  const kind = valueKindOf(def);
  if (listValue.includes(op)) {
    const items = Array.isArray(input.value) ? input.value : [input.value];
    if (items.length === 0 || items.length > 100 || (op === 'between' && items.length !== 2)) return { ok: false, message: 'validation.invalid' };
    const values: (string | number)[] = [];
    for (const item of items) {
      const one = scalar(kind, item, def);
      if (!one.ok) return one;
      values.push(one.value as string | number);
    }
    return { ok: true, criterion: { field: def.name, op, value: values } };
  }
  const one = scalar(kind, input.value, def);
  return one.ok ? { ok: true, criterion: { field: def.name, op, value: one.value } } : one;
}

const maxDepth = 4;
const maxItems = 50;
type Issue = { path: (string | number)[]; message: string };

// Checks a tree node by node, collecting every issue with its path.
function checkNode(registry: Registry, value: unknown, path: (string | number)[], depth: number, issues: Issue[]): CriteriaNode | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
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
    const nodes = items.map((item, i) => checkNode(registry, item, [...path, group, i], depth + 1, issues));
    return (group === 'and' ? { and: nodes } : { or: nodes }) as CriteriaNode;
  }
  if (Object.keys(v).some((k) => !['field', 'op', 'value'].includes(k))) {
    issues.push({ path, message: 'criteria.unreadable' });
    return null;
  }
  const checked = checkCriterion(registry, v as { field: unknown; op: unknown; value?: unknown });
  if (checked.ok) return checked.criterion;
  issues.push({ path: [...path, 'value'], message: checked.message });
  return null;
}

// The strict schema of a criteria tree for a registry: fields from the registry only, operators their kind offers,
// values brought into their stored form, groups nested at most four deep. An unknown field or operator is refused
// with a clear message at its place in the tree.
export function criteriaSchema(registry: Registry): z.ZodType<CriteriaNode> {
  return z.unknown().transform((value, ctx) => {
    const issues: Issue[] = [];
    const node = checkNode(registry, value, [], 0, issues);
    for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
    return issues.length || !node ? z.NEVER : node;
  }) as unknown as z.ZodType<CriteriaNode>;
}

// A criteria tree from the URL's `c` parameter (JSON), or null with the reason when it does not parse.
export function parseCriteriaParam(registry: Registry, raw: string | undefined): { node: CriteriaNode | null; error: string | null } {
  if (!raw) return { node: null, error: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { node: null, error: 'criteria.unreadable' };
  }
  const parsed = criteriaSchema(registry).safeParse(json);
  return parsed.success ? { node: parsed.data, error: null } : { node: null, error: parsed.error.issues[0]?.message ?? 'criteria.unreadable' };
}

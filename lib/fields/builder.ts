import { operatorsOf, valueKindOf } from './criteria';
import { fieldLabel, filterableFields } from './define';
import type { FieldDef, Operator, Registry, ValueKind } from './types';

// One value a choice-like criterion offers (an id as text, or "me"), under a heading where they are grouped.
export type BuilderOption = { value: string; label: string; group?: string };

// A field as the advanced criteria builder offers it: plain data for the browser, derived from the registry.
export type BuilderField = {
  name: string;
  // Its name in the user's language, with the related record's name before it ("Organisation: Segment").
  label: string;
  // The heading it is listed under: '' for the record's own fields, else the related record's name.
  group: string;
  ops: { op: Operator; label: string }[];
  value: ValueKind;
  options?: BuilderOption[];
  // Text typed as a phone number or postcode (the keyboard and the hint follow it).
  input?: 'tel' | 'postcode' | 'email';
  // For a field about related records: the fields their own criteria (`where`) can use.
  where?: BuilderField[];
};

// What the builder's dropdowns offer: choice values per choice list, segments per kind of record, users.
export type BuilderSources = {
  choices: Record<string, { id: number; label: string }[]>;
  segments: Record<'organisation' | 'personInOrganisation', { id: number; parentId: number | null; name: string }[]>;
  users: { id: number; name: string }[];
};

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

// The catalogue key naming each operator.
const opLabels: Record<Operator, string> = {
  is: 'criteria.ops.is', isNot: 'criteria.ops.isNot', contains: 'criteria.ops.contains', startsWith: 'criteria.ops.startsWith',
  isEmpty: 'criteria.ops.isEmpty', isNotEmpty: 'criteria.ops.isNotEmpty', isAnyOf: 'criteria.ops.isAnyOf', isNoneOf: 'criteria.ops.isNoneOf',
  before: 'criteria.ops.before', after: 'criteria.ops.after', onOrBefore: 'criteria.ops.onOrBefore', onOrAfter: 'criteria.ops.onOrAfter',
  between: 'criteria.ops.between', inLastDays: 'criteria.ops.inLastDays', inNextDays: 'criteria.ops.inNextDays', inMonth: 'criteria.ops.inMonth',
  greaterThan: 'criteria.ops.greaterThan', lessThan: 'criteria.ops.lessThan', atLeast: 'criteria.ops.atLeast', atMost: 'criteria.ops.atMost',
  has: 'criteria.ops.has', hasNone: 'criteria.ops.hasNone',
};

function optionsOf(def: FieldDef, t: Translate, sources: BuilderSources): BuilderOption[] | undefined {
  if (def.kind === 'choice') return (sources.choices[def.choiceList ?? ''] ?? []).map((o) => ({ value: String(o.id), label: o.label }));
  if (def.kind === 'user') return [{ value: 'me', label: t('criteria.me') }, ...sources.users.map((u) => ({ value: String(u.id), label: u.name }))];
  if (def.kind === 'segment' || def.kind === 'subsegment') {
    const all = sources.segments[def.segmentsOf ?? 'organisation'] ?? [];
    const mains = all.filter((s) => s.parentId === null);
    if (def.kind === 'segment') return mains.map((m) => ({ value: String(m.id), label: m.name }));
    return mains.flatMap((m) => all.filter((s) => s.parentId === m.id).map((s) => ({ value: String(s.id), label: s.name, group: m.name })));
  }
  if (valueKindOf(def) === 'boolean') return [{ value: 'yes', label: t('common.yes') }, { value: 'no', label: t('common.no') }];
  return undefined;
}

const inputs: Partial<Record<FieldDef['kind'], BuilderField['input']>> = { phone: 'tel', postcode: 'postcode', email: 'email' };

// The fields of a registry as the builder offers them, in registry order, with their operators, values and the
// fields of related records; references to single records (picked by name elsewhere) are left to the simple
// criteria.
export function builderFields(registry: Registry, t: Translate, sources: BuilderSources): BuilderField[] {
  return filterableFields(registry)
    .filter((def) => def.kind !== 'reference')
    .map((def) => {
      const where = def.filter?.where ? builderFields(def.filter.where, t, sources) : undefined;
      const options = optionsOf(def, t, sources);
      return {
        name: def.name,
        label: def.relation ? `${t(def.relation)}: ${fieldLabel(t, registry, def.name)}` : fieldLabel(t, registry, def.name),
        group: def.relation ? t(def.relation) : '',
        ops: operatorsOf(def).map((op) => ({ op, label: t(opLabels[op]) })),
        value: valueKindOf(def),
        ...(options ? { options } : {}),
        ...(inputs[def.kind] ? { input: inputs[def.kind] } : {}),
        ...(where ? { where } : {}),
      };
    });
}

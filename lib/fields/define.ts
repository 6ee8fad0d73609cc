import type { ZodType } from 'zod';
import type { FieldDef, FieldKind, Registry } from './types';

// camelCase field name → snake_case column (visitPostcode → visit_postcode).
export const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

type Extra = Omit<Partial<FieldDef>, 'name' | 'kind' | 'label'>;

// A field definition; its column defaults to the snake_case of its name, computed fields have none. The name and
// schema keep their exact types, so that a form schema built from the registry is typed field by field.
export function field<const N extends string, const X extends Extra = Record<never, never>>(name: N, kind: FieldKind, label: string, extra?: X): FieldDef & { name: N } & X {
  return { name, kind, label, ...(kind === 'computed' ? {} : { column: snakeCase(name) }), ...(extra ?? {}) } as FieldDef & { name: N } & X;
}

// The zod shape of the fields a user may change: { name: schema, … }, typed per field.
export type EditableShape<R extends Registry> = {
  [F in Extract<R[number], { editable: true; schema: ZodType }> as F['name']]: F['schema'];
};

// The zod shape of a registry's editable fields, for its form schema.
export function editableShape<const R extends Registry>(registry: R): EditableShape<R> {
  return Object.fromEntries(editableFields(registry).map((f) => [f.name, f.schema!])) as EditableShape<R>;
}

// The fields of a registry by name.
export function fieldsByName(registry: Registry): Map<string, FieldDef> {
  return new Map(registry.map((f) => [f.name, f]));
}

// The fields shown as list columns, in registry order.
export function listFields(registry: Registry): FieldDef[] {
  return registry.filter((f) => f.list);
}

// The list column names (`cols`, `sort` in the URL) of a registry, in order.
export function listColumnNames(registry: Registry): string[] {
  return listFields(registry).map((f) => f.list!.param);
}

// The field shown as list column `param`.
export function fieldOfColumn(registry: Registry, param: string): FieldDef | undefined {
  return registry.find((f) => f.list?.param === param);
}

// The fields that criteria can name.
export function filterableFields(registry: Registry): FieldDef[] {
  return registry.filter((f) => f.filter);
}

// The fields a user may change.
export function editableFields(registry: Registry): FieldDef[] {
  return registry.filter((f) => f.editable && f.schema);
}

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

// The name of a field in the user's language, with its group where the name alone is ambiguous
// ("Visiting address: Postcode"); an unknown field keeps its own name.
export function fieldLabel(t: Translate, registry: Registry, name: string): string {
  const def = registry.find((f) => f.name === name);
  if (!def || !t.has(def.label)) return name;
  return def.group ? `${t(def.group)}${t('common.colon')} ${t(def.label)}` : t(def.label);
}

// The header of list column `param` in the user's language.
export function columnLabel(t: Translate, registry: Registry, param: string): string {
  const def = fieldOfColumn(registry, param);
  return def ? t(def.list!.label ?? def.label) : param;
}

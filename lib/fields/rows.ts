import type { ZodType } from 'zod';
import type { FieldErrors } from '@/lib/mutation/result';
import { issuesToFieldErrors } from '@/lib/validation/issues';
import { formValuesOf } from './form-values';
import type { Registry } from './types';

// A change to one stored record: the fields to change, as the form (or a grid cell) takes them.
export type RowPatch = { id: number; version: number; patch: Record<string, unknown> };

// Field errors of many rows, by row id.
export type RowErrors = Record<number, FieldErrors>;

// Row errors as one form's field errors keyed `rows.<id>.<field>` (for a form or grid holding many rows).
export function rowFieldErrors(rowErrors: RowErrors): FieldErrors {
  return Object.fromEntries(Object.entries(rowErrors).flatMap(([id, errors]) => Object.entries(errors).map(([field, m]) => [field ? `rows.${id}.${field}` : `rows.${id}`, m])));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a instanceof Date ? a.toISOString() : (a ?? null)) === JSON.stringify(b instanceof Date ? b.toISOString() : (b ?? null));

// Validates patches the way the form validates a whole record: each patch is laid over the stored row (as the form
// would show it) and the merged row is parsed with the form's own schema, cross-field rules included. Gives, per
// row, only the columns whose value changes (`values` turns the parsed form into what is stored), or every error
// of every row by id and field. Patches of rows not in `stored` are left to the caller (gone).
export function validatePatches<S extends ZodType>(
  registry: Registry,
  schema: S,
  values: (input: ReturnType<S['parse']>, before: Record<string, unknown>) => Record<string, unknown>,
  stored: Map<number, Record<string, unknown>>,
  patches: RowPatch[],
): { ok: true; rows: RowPatch[] } | { ok: false; rowErrors: RowErrors } {
  const rowErrors: RowErrors = {};
  const rows: RowPatch[] = [];
  for (const { id, version, patch } of patches) {
    const before = stored.get(id);
    if (!before) continue;
    const parsed = schema.safeParse({ ...formValuesOf(registry, before), ...patch });
    if (!parsed.success) {
      rowErrors[id] = issuesToFieldErrors(parsed.error);
      continue;
    }
    const after = values(parsed.data as ReturnType<S['parse']>, before);
    rows.push({ id, version, patch: Object.fromEntries(Object.entries(after).filter(([k, v]) => !same(v, before[k]))) });
  }
  return Object.keys(rowErrors).length ? { ok: false, rowErrors } : { ok: true, rows };
}

import type { ZodType } from 'zod';
import { issuesToFieldErrors } from '@/lib/validation/issues';
import { formValuesOf } from './form-values';
import type { Registry } from './types';

// A change to one stored record: the fields to change, as the form (or a grid cell) takes them.
export type RowPatch = { id: number; version: number; patch: Record<string, unknown> };

// Field errors of many rows, keyed `rows.<id>.<field>`.
export type RowErrors = Record<string, string[]>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

// Validates patches the way the form validates a whole record: each patch is laid over the stored row (as the form
// would show it) and the merged row is parsed with the form's own schema, cross-field rules included. Gives, per
// row, only the columns whose value changes (`columns` turns the parsed form into what is stored), or every error
// of every row keyed `rows.<id>.<field>`.
export function validatePatches<S extends ZodType>(
  registry: Registry,
  schema: S,
  columns: (input: ReturnType<S['parse']>) => Record<string, unknown>,
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
      for (const [field, messages] of Object.entries(issuesToFieldErrors(parsed.error))) rowErrors[`rows.${id}.${field}`] = messages;
      continue;
    }
    const after = columns(parsed.data as ReturnType<S['parse']>);
    const changed = Object.fromEntries(Object.entries(after).filter(([k, v]) => !same(v, before[k])));
    rows.push({ id, version, patch: changed });
  }
  return Object.keys(rowErrors).length ? { ok: false, rowErrors } : { ok: true, rows };
}

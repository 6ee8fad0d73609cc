import { dateInput, phoneInput } from '@/lib/validation/fields';
import { editableFields } from './define';
import type { FieldDef, Registry } from './types';

// A stored value as the form (or a grid cell) shows it for editing: ids as strings, phone numbers in national
// form, dates as dd-mm-yyyy, text as is; nothing stored is the field's empty input.
export function formValue(def: FieldDef, value: unknown): unknown {
  switch (def.kind) {
    case 'boolean':
      return value === null || value === undefined ? (def.initial ?? false) : value;
    case 'country':
      return value || 'NL';
    case 'phone':
      return phoneInput((value as string | null) ?? null);
    case 'date':
      return dateInput((value as string | null) ?? null);
    case 'choice':
    case 'segment':
    case 'subsegment':
    case 'user':
    case 'reference':
      return value ? String(value) : '';
    default:
      return value === null || value === undefined ? '' : String(value);
  }
}

// The form's values for every editable field: the stored record's, or a new record's starting values (`initial`
// per field, and `prefill` for what the page already knows, say the signed-in account manager).
export function formValuesOf(registry: Registry, row?: Record<string, unknown> | null, prefill: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.fromEntries(
    editableFields(registry).map((def) => [def.name, formValue(def, row ? row[def.name] : (prefill[def.name] ?? def.initial ?? null))]),
  );
}

// What a mutation returns to the form: data, or field errors / a form error / a version conflict.
// Messages are catalogue keys (see lib/validation/message.ts), translated where they are shown.
export type FieldErrors = Record<string, string[]>;

// One field that someone else changed since the user loaded the record.
export type ConflictField = { field: string; value: unknown };

// A save refused because the record changed meanwhile: what changed, by whom, and the current version.
export type Conflict = { fields: ConflictField[]; by: string | null; at: string | null; version: number };

// A save of many records answers per record: `rowErrors` and `conflicts` keyed by record id (a single form
// keeps using `fieldErrors` and `conflict`).
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      fieldErrors?: FieldErrors;
      formError?: string;
      conflict?: Conflict;
      rowErrors?: Record<number, FieldErrors>;
      conflicts?: Record<number, Conflict>;
    };

// Throw inside a mutation to refuse it with a result the form understands; the transaction rolls back.
export class MutationRefused extends Error {
  constructor(public readonly result: Extract<ActionResult<never>, { ok: false }>) {
    super(result.formError ?? 'refused');
  }
}

// Refuses with one message at one field.
export function fieldError(field: string, message: string): MutationRefused {
  return new MutationRefused({ ok: false, fieldErrors: { [field]: [message] } });
}

// Refuses with a message for the whole form.
export function formError(message: string): MutationRefused {
  return new MutationRefused({ ok: false, formError: message });
}

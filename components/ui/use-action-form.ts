'use client';

import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ActionResult, Conflict } from '@/lib/mutation/result';

// Applies a mutation's refusal to a react-hook-form form: errors at their fields, the rest for the form.
export function useActionFeedback<V extends FieldValues>(setError: UseFormSetError<V>) {
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  function apply<T>(result: ActionResult<T>): result is { ok: true; data: T } {
    setFormError(null);
    setConflict(null);
    if (result.ok) return true;
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as Path<V>, { type: 'server', message: messages[0] }, { shouldFocus: true });
    }
    if (result.formError) setFormError(result.formError);
    if (result.conflict) setConflict(result.conflict);
    return false;
  }

  return { apply, formError, conflict, setFormError };
}

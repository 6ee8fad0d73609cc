'use client';

import { useState } from 'react';
import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import { RecordPicker } from '@/components/pickers/record-picker';
import { Field } from '@/components/ui/field';

type Kind = 'person' | 'organisation';
const endpoints = { person: '/api/typeahead/persons', organisation: '/api/typeahead/organisations' } as const;

type Props = { form: UseFormReturn<Record<string, unknown>>; kind: Kind; name: string; label: string; initialLabel: string | null; required?: boolean; hint?: string };

// A person or organisation picker bound to a form field holding the chosen id (required unless said otherwise).
export function PartyPicker({ form, kind, name, label, initialLabel, required = true, hint }: Props) {
  const errors = form.formState.errors as FieldErrors<Record<string, unknown>>;
  const current = String(form.getValues(name) ?? '');
  const [value, setValue] = useState<{ id: number; label: string } | null>(current && initialLabel ? { id: Number(current), label: initialLabel } : null);
  const id = `pio-${name}`;
  return (
    <Field id={id} label={label} required={required} hint={hint} error={errors[name]?.message as string | undefined}>
      <RecordPicker
        id={id}
        endpoint={endpoints[kind]}
        value={value}
        invalid={!!errors[name]}
        describedBy={`${id}-error`}
        onChange={(next) => {
          setValue(next);
          form.setValue(name, next ? String(next.id) : '', { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
        }}
      />
    </Field>
  );
}

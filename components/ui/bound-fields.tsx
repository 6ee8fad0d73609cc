'use client';

import { useTranslations } from 'next-intl';
import { get, type UseFormReturn } from 'react-hook-form';
import { Field, inputClass } from './field';

// A react-hook-form form whose field names may be nested ('organisation.name').
export type LooseForm = UseFormReturn<Record<string, unknown>>;

// The message of the error at a (nested) field name, if any.
export function fieldErrorOf(form: LooseForm, name: string): string | undefined {
  return (get(form.formState.errors, name) as { message?: string } | undefined)?.message;
}

type InputProps = {
  form: LooseForm;
  name: string;
  id: string;
  label: string;
  type?: string;
  hint?: string;
  required?: boolean;
  list?: string;
  autoComplete?: string;
};

// A labelled text input bound to a form field, its error linked and announced.
export function BoundInput({ form, name, id, label, type = 'text', hint, required, list, autoComplete = 'off' }: InputProps) {
  const error = fieldErrorOf(form, name);
  return (
    <Field id={id} label={label} required={required} error={error} hint={hint}>
      <input
        id={id}
        type={type}
        list={list}
        autoComplete={autoComplete}
        className={inputClass}
        aria-invalid={!!error}
        aria-describedby={`${id}-error`}
        {...form.register(name)}
      />
    </Field>
  );
}

// One option of a dropdown; inactive ones are marked.
export type SelectOption = { id: number; label: string; active?: boolean };

// A labelled dropdown with a "none" choice, bound to a form field holding an id.
export function BoundSelect({ form, name, id, label, options }: { form: LooseForm; name: string; id: string; label: string; options: SelectOption[] }) {
  const t = useTranslations();
  const error = fieldErrorOf(form, name);
  return (
    <Field id={id} label={label} error={error}>
      <select id={id} className={inputClass} aria-invalid={!!error} aria-describedby={`${id}-error`} {...form.register(name)}>
        <option value="">{t('common.none')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
            {o.active === false ? ` (${t('common.inactive')})` : ''}
          </option>
        ))}
      </select>
    </Field>
  );
}

// A labelled checkbox bound to a form field.
export function BoundCheckbox({ form, name, label }: { form: LooseForm; name: string; label: string }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" className="h-5 w-5" {...form.register(name)} />
      {label}
    </label>
  );
}

// A labelled multi-line text bound to a form field.
export function BoundTextarea({ form, name, id, label }: { form: LooseForm; name: string; id: string; label: string }) {
  const error = fieldErrorOf(form, name);
  return (
    <Field id={id} label={label} error={error}>
      <textarea id={id} rows={4} className={inputClass} aria-invalid={!!error} aria-describedby={`${id}-error`} {...form.register(name)} />
    </Field>
  );
}

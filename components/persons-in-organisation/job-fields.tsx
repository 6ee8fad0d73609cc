'use client';

import { useTranslations } from 'next-intl';
import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import { useSegmentPair } from '@/components/segments/use-segment-pair';
import { Field, inputClass } from '@/components/ui/field';
import type { SegmentOption } from '@/lib/segments/queries';

// What the person in organisation forms offer: suggestions for department and job title, and the categories.
export type PersonInOrganisationFormOptions = { departments: string[]; jobTitles: string[]; segments: SegmentOption[] };

type JobForm = UseFormReturn<Record<string, unknown>>;

// A text input of a person in organisation form, labelled, with its error linked.
export function TextField({ form, name, label, type = 'text', hint, list, required }: { form: JobForm; name: string; label: string; type?: string; hint?: string; list?: string; required?: boolean }) {
  const errors = form.formState.errors as FieldErrors<Record<string, unknown>>;
  return (
    <Field id={`pio-${name}`} label={label} error={errors[name]?.message as string | undefined} hint={hint} required={required}>
      <input
        id={`pio-${name}`}
        type={type}
        list={list}
        autoComplete="off"
        className={inputClass}
        aria-invalid={!!errors[name]}
        aria-describedby={`pio-${name}-error`}
        {...form.register(name)}
      />
    </Field>
  );
}

// Department and job title (free text with suggestions from the choice lists), business e-mail, phone and mobile,
// and category + subcategory as dependent dropdowns (active ones, plus the record's own).
export function JobFields({ form, options, initial }: { form: JobForm; options: PersonInOrganisationFormOptions; initial: { categoryId?: unknown; subcategoryId?: unknown } }) {
  const t = useTranslations();
  const errors = form.formState.errors as FieldErrors<Record<string, unknown>>;
  const { mains, subs } = useSegmentPair(form, options.segments, { main: 'categoryId', sub: 'subcategoryId' }, { main: initial.categoryId, sub: initial.subcategoryId });

  const select = (name: 'categoryId' | 'subcategoryId', label: string, list: SegmentOption[]) => (
    <Field id={`pio-${name}`} label={label} error={errors[name]?.message as string | undefined}>
      <select id={`pio-${name}`} className={inputClass} aria-invalid={!!errors[name]} aria-describedby={`pio-${name}-error`} {...form.register(name)}>
        <option value="">{t('common.none')}</option>
        {list.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
            {s.active ? '' : ` (${t('common.inactive')})`}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <>
      <TextField form={form} name="department" label={t('personsInOrganisation.fields.department')} list="pio-department-options" />
      <datalist id="pio-department-options">
        {options.departments.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      <TextField form={form} name="jobTitle" label={t('personsInOrganisation.fields.jobTitle')} list="pio-job-title-options" />
      <datalist id="pio-job-title-options">
        {options.jobTitles.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      <TextField form={form} name="email" type="email" label={t('personsInOrganisation.fields.email')} />
      <TextField form={form} name="phone" type="tel" label={t('personsInOrganisation.fields.phone')} />
      <TextField form={form} name="mobile" type="tel" label={t('personsInOrganisation.fields.mobile')} />
      <span className="hidden sm:block" aria-hidden="true" />
      {select('categoryId', t('personsInOrganisation.fields.category'), mains)}
      {select('subcategoryId', t('personsInOrganisation.fields.subcategory'), subs)}
    </>
  );
}

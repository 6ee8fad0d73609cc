'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useForm, type FieldErrors, type UseFormReturn } from 'react-hook-form';
import { createPersonInOrganisationAction, updatePersonInOrganisationAction } from '@/app/(app)/persons-in-organisation/actions';
import { Field, inputClass } from '@/components/ui/field';
import { FormFooter } from '@/components/ui/form-footer';
import { useActionFeedback } from '@/components/ui/use-action-form';
import type { Locale } from '@/db/schema';
import type { Lookups } from '@/lib/lookups';
import { personInOrganisationFieldLabel, personInOrganisationValueLabel } from '@/lib/persons-in-organisation/labels';
import { personInOrganisationSchema, updatePersonInOrganisationSchema, type PersonInOrganisationFormValues } from '@/lib/persons-in-organisation/validations';
import type { PersonInOrganisationFormOptions } from '@/lib/persons-in-organisation/form-options';
import { JobFields, TextField } from './job-fields';
import { PartyPicker } from './party-picker';

// The names of the record's own person and organisation, for the values of a conflict.
function known(initial: PersonInOrganisationFormValues, labels: Props['labels']) {
  const name = (id: unknown, label: string | null) => new Map<number, string>(label ? [[Number(id), label]] : []);
  return { personId: name(initial.personId, labels.person), organisationId: name(initial.organisationId, labels.organisation) };
}

type Props = {
  initial: PersonInOrganisationFormValues;
  labels: { person: string | null; organisation: string | null };
  options: PersonInOrganisationFormOptions;
  cancelHref: string;
  // Names the values of a conflict when editing.
  lookups?: Lookups;
};

// The person in organisation form (new and edit): person and organisation pickers, job details, dates, notes;
// validates with the server's schema and keeps the input when the server refuses.
export function PersonInOrganisationForm({ initial, labels, options, cancelHref, lookups }: Props) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const editing = Number(initial.id) > 0;
  const form = useForm<PersonInOrganisationFormValues>({
    resolver: zodResolver((editing ? updatePersonInOrganisationSchema : personInOrganisationSchema) as typeof updatePersonInOrganisationSchema) as never,
    defaultValues: initial,
    mode: 'onTouched',
  });
  const { register, handleSubmit, setError, setValue, formState } = form;
  const { apply, formError, conflict } = useActionFeedback(setError);
  const errors = formState.errors as FieldErrors<Record<string, unknown>>;
  const loose = form as unknown as UseFormReturn<Record<string, unknown>>;
  const dateHint = t('personsInOrganisation.hints.date');

  const onSubmit = handleSubmit(async (values) => {
    const result = editing ? await updatePersonInOrganisationAction(values) : await createPersonInOrganisationAction(values);
    if (apply(result)) {
      router.push(`/persons-in-organisation/${result.data.id}${cancelHref.includes('?from=') ? cancelHref.slice(cancelHref.indexOf('?')) : ''}`);
      router.refresh();
      return;
    }
    if (result.conflict) setValue('version', result.conflict.version);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <PartyPicker form={loose} kind="person" name="personId" label={t('personsInOrganisation.fields.person')} initialLabel={labels.person} />
        <PartyPicker form={loose} kind="organisation" name="organisationId" label={t('personsInOrganisation.fields.organisation')} initialLabel={labels.organisation} />
        <JobFields form={loose} options={options} initial={initial} />
        <TextField form={loose} name="startDate" label={t('personsInOrganisation.fields.startDate')} hint={dateHint} />
        <TextField form={loose} name="endDate" label={t('personsInOrganisation.fields.endDate')} hint={dateHint} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="h-5 w-5" {...register('active')} />
          {t('personsInOrganisation.fields.active')}
        </label>
        <div className="sm:col-span-2">
          <Field id="pio-notes" label={t('personsInOrganisation.fields.notes')} error={errors.notes?.message as string | undefined}>
            <textarea id="pio-notes" rows={4} className={inputClass} aria-describedby="pio-notes-error" {...register('notes')} />
          </Field>
        </div>
      </div>
      <FormFooter
        conflict={conflict}
        formError={formError}
        submitting={formState.isSubmitting}
        cancelHref={cancelHref}
        fieldLabel={(f) => personInOrganisationFieldLabel(t as never, f)}
        valueLabel={lookups && personInOrganisationValueLabel(lookups, locale, known(initial, labels))}
      />
    </form>
  );
}

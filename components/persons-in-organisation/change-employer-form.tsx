'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { changeEmployerAction } from '@/app/(app)/persons-in-organisation/actions';
import { FormFooter } from '@/components/ui/form-footer';
import { Panel } from '@/components/ui/page-header';
import { useActionFeedback } from '@/components/ui/use-action-form';
import type { Locale } from '@/db/schema';
import type { Lookups } from '@/lib/lookups';
import { dateInput, dayAfter } from '@/lib/persons-in-organisation/form-values';
import { personInOrganisationFieldLabel, personInOrganisationValueLabel } from '@/lib/persons-in-organisation/labels';
import { changeEmployerSchema, type ChangeEmployerValues } from '@/lib/persons-in-organisation/validations';
import { parseDutchDate } from '@/lib/validation/fields';
import type { PersonInOrganisationFormOptions } from '@/lib/persons-in-organisation/form-options';
import { JobFields, TextField } from './job-fields';
import { PartyPicker } from './party-picker';

// The change of employer: the new organisation, the old job's end date, and the new job's start date and details.
// One save ends the old record and creates the new one; then the new record's card opens. `lookups` names the
// values of a conflict (the old record changed meanwhile).
export function ChangeEmployerForm({ initial, options, cancelHref, lookups }: { initial: ChangeEmployerValues; options: PersonInOrganisationFormOptions; cancelHref: string; lookups?: Lookups }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const form = useForm<ChangeEmployerValues>({ resolver: zodResolver(changeEmployerSchema) as never, defaultValues: initial, mode: 'onTouched' });
  const { handleSubmit, setError, setValue, control, formState } = form;
  const { apply, formError, conflict } = useActionFeedback(setError);
  const loose = form as unknown as UseFormReturn<Record<string, unknown>>;
  const dateHint = t('personsInOrganisation.hints.date');
  const endDate = useWatch({ control, name: 'endDate' });
  const startTouched = !!formState.dirtyFields.startDate;

  // Until the user sets the start date, it follows the end date: the day after.
  useEffect(() => {
    const end = typeof endDate === 'string' ? parseDutchDate(endDate) : null;
    if (end && !startTouched) setValue('startDate', dateInput(dayAfter(end)));
  }, [endDate, startTouched, setValue]);

  const onSubmit = handleSubmit(async (values) => {
    const result = await changeEmployerAction(values);
    if (apply(result)) {
      router.push(`/persons-in-organisation/${result.data.id}`);
      router.refresh();
      return;
    }
    if (result.conflict) setValue('version', result.conflict.version);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Panel title={t('personsInOrganisation.changeEmployer.oldJob')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField form={loose} name="endDate" label={t('personsInOrganisation.changeEmployer.endDate')} hint={dateHint} required />
        </div>
      </Panel>
      <Panel title={t('personsInOrganisation.changeEmployer.newJob')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <PartyPicker form={loose} kind="organisation" name="organisationId" label={t('personsInOrganisation.changeEmployer.organisation')} initialLabel={null} />
          <TextField form={loose} name="startDate" label={t('personsInOrganisation.changeEmployer.startDate')} hint={dateHint} required />
          <JobFields form={loose} options={options} initial={initial} />
        </div>
      </Panel>
      <FormFooter
        conflict={conflict}
        formError={formError}
        submitting={formState.isSubmitting}
        cancelHref={cancelHref}
        fieldLabel={(f) => personInOrganisationFieldLabel(t as never, f)}
        valueLabel={lookups && personInOrganisationValueLabel(lookups, locale)}
        submitLabel={t('personsInOrganisation.changeEmployer.submit')}
      />
    </form>
  );
}

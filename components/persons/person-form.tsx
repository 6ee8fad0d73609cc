'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { createPersonAction, updatePersonAction } from '@/app/(app)/persons/actions';
import { DuplicateWarnings } from '@/components/business-relation/duplicate-warnings';
import { useDuplicates } from '@/components/business-relation/use-duplicates';
import { BoundCheckbox, BoundTextarea } from '@/components/ui/bound-fields';
import { FormFooter } from '@/components/ui/form-footer';
import { useActionFeedback } from '@/components/ui/use-action-form';
import type { Locale } from '@/db/schema';
import { personDuplicates } from '@/lib/business-relation/duplicate-sources';
import type { ChoiceOption } from '@/lib/choice-lists/queries';
import type { Lookups } from '@/lib/lookups';
import { personFieldLabel, personValueLabel } from '@/lib/persons/labels';
import { personSchema, updatePersonSchema, type UpdatePersonValues } from '@/lib/persons/validations';
import { PersonAddressFields, PersonContactFields, PersonNameFields } from './person-fields';

// The person form (new and edit); validates with the server's schema, keeps the input on refusal. `lookups`
// names the values of a conflict when editing.
export function PersonForm({ initial, salutations, cancelHref, lookups }: { initial: UpdatePersonValues; salutations: ChoiceOption[]; cancelHref: string; lookups?: Lookups }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const editing = Number(initial.id) > 0;
  const form = useForm<UpdatePersonValues>({
    resolver: zodResolver((editing ? updatePersonSchema : personSchema) as typeof updatePersonSchema) as never,
    defaultValues: initial,
    mode: 'onTouched',
  });
  const { handleSubmit, setError, setValue, formState } = form;
  const { apply, formError, conflict } = useActionFeedback(setError);
  const loose = form as unknown as UseFormReturn<Record<string, unknown>>;
  const matches = useDuplicates(loose, personDuplicates, editing ? (initial as Record<string, unknown>) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    const result = editing ? await updatePersonAction(values) : await createPersonAction(values);
    if (apply(result)) {
      router.push(`/persons/${result.data.id}${cancelHref.includes('?') ? cancelHref.slice(cancelHref.indexOf('?')) : ''}`);
      router.refresh();
    } else if (result.conflict) setValue('version', result.conflict.version);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t('persons.sections.name')}</legend>
        <PersonNameFields form={loose} salutations={salutations} initialSalutationId={initial.salutationId} />
      </fieldset>
      <DuplicateWarnings matches={matches} part="person" />
      <DuplicateWarnings matches={matches} part="business" />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t('persons.sections.contact')}</legend>
        <PersonContactFields form={loose} />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t('persons.sections.address')}</legend>
        <PersonAddressFields form={loose} />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="mb-2 text-base font-semibold">{t('persons.sections.other')}</legend>
        <BoundCheckbox form={loose} name="marketingConsent" label={t('persons.fields.marketingConsent')} />
        <BoundCheckbox form={loose} name="passive" label={t('persons.fields.passive')} />
        <BoundTextarea form={loose} name="notes" id="person-notes" label={t('persons.fields.notes')} />
      </fieldset>
      <FormFooter conflict={conflict} formError={formError} submitting={formState.isSubmitting} cancelHref={cancelHref} fieldLabel={(f) => personFieldLabel(t as never, f)} valueLabel={lookups && personValueLabel(lookups, locale)} />
    </form>
  );
}

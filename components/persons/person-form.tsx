'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useForm, type FieldErrors } from 'react-hook-form';
import { createPersonAction, updatePersonAction } from '@/app/(app)/persons/actions';
import { Field, inputClass } from '@/components/ui/field';
import { FormFooter } from '@/components/ui/form-footer';
import { useActionFeedback } from '@/components/ui/use-action-form';
import type { Locale } from '@/db/schema';
import type { ChoiceOption } from '@/lib/choice-lists/queries';
import type { Lookups } from '@/lib/lookups';
import { personFieldLabel, personValueLabel } from '@/lib/persons/labels';
import { personSchema, updatePersonSchema, type UpdatePersonValues } from '@/lib/persons/validations';

type Name = keyof UpdatePersonValues & string;

// The person form (new and edit); validates with the server's schema, keeps the input on refusal. `lookups`
// names the values of a conflict when editing.
export function PersonForm({ initial, salutations, cancelHref, lookups }: { initial: UpdatePersonValues; salutations: ChoiceOption[]; cancelHref: string; lookups?: Lookups }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const editing = Number(initial.id) > 0;
  const { register, handleSubmit, setError, setValue, formState } = useForm<UpdatePersonValues>({
    resolver: zodResolver((editing ? updatePersonSchema : personSchema) as typeof updatePersonSchema) as never,
    defaultValues: initial,
    mode: 'onTouched',
  });
  const { apply, formError, conflict } = useActionFeedback(setError);
  const errors = formState.errors as FieldErrors<Record<string, unknown>>;

  const onSubmit = handleSubmit(async (values) => {
    const result = editing ? await updatePersonAction(values) : await createPersonAction(values);
    if (apply(result)) {
      router.push(`/persons/${result.data.id}${cancelHref.includes('?') ? cancelHref.slice(cancelHref.indexOf('?')) : ''}`);
      router.refresh();
    } else if (result.conflict) setValue('version', result.conflict.version);
  });

  const input = (name: Name, extra: { required?: boolean; type?: string; hint?: string; autoComplete?: string } = {}) => (
    <Field id={`person-${name}`} label={t(`persons.fields.${name}`)} required={extra.required} error={errors[name]?.message as string | undefined} hint={extra.hint}>
      <input id={`person-${name}`} type={extra.type ?? 'text'} autoComplete={extra.autoComplete ?? 'off'} className={inputClass} aria-invalid={!!errors[name]} aria-describedby={`person-${name}-error`} {...register(name as never)} />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t('persons.sections.name')}</legend>
        <Field id="person-salutationId" label={t('persons.fields.salutation')} error={errors.salutationId?.message as string | undefined}>
          <select id="person-salutationId" className={inputClass} {...register('salutationId')}>
            <option value="">{t('common.none')}</option>
            {salutations
              .filter((s) => s.active || String(s.id) === String(initial.salutationId))
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
          </select>
        </Field>
        {input('initials', { hint: t('persons.hints.initials') })}
        {input('firstName')}
        {input('namePrefix', { hint: t('persons.hints.namePrefix') })}
        {input('lastName', { required: true })}
        {input('dateOfBirth', { hint: t('persons.hints.date') })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t('persons.sections.contact')}</legend>
        {input('privateEmail', { type: 'email' })}
        {input('phone', { type: 'tel' })}
        {input('mobile', { type: 'tel' })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t('persons.sections.address')}</legend>
        {input('street')}
        <div className="grid grid-cols-2 gap-3">
          {input('houseNumber')}
          {input('houseNumberAddition')}
        </div>
        {input('postcode', { hint: t('organisations.hints.postcode') })}
        {input('city')}
        {input('country', { hint: t('organisations.hints.country') })}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="mb-2 text-base font-semibold">{t('persons.sections.other')}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="h-5 w-5" {...register('marketingConsent')} />
          {t('persons.fields.marketingConsent')}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="h-5 w-5" {...register('passive')} />
          {t('persons.fields.passive')}
        </label>
        <Field id="person-notes" label={t('persons.fields.notes')} error={errors.notes?.message as string | undefined}>
          <textarea id="person-notes" rows={4} className={inputClass} {...register('notes')} />
        </Field>
      </fieldset>
      <FormFooter conflict={conflict} formError={formError} submitting={formState.isSubmitting} cancelHref={cancelHref} fieldLabel={(f) => personFieldLabel(t as never, f)} valueLabel={lookups && personValueLabel(lookups, locale)} />
    </form>
  );
}

'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { createOrganisationAction, updateOrganisationAction } from '@/app/(app)/organisations/actions';
import { Field, inputClass } from '@/components/ui/field';
import { useSegmentPair } from '@/components/segments/use-segment-pair';
import { FormFooter } from '@/components/ui/form-footer';
import { useActionFeedback } from '@/components/ui/use-action-form';
import type { ChoiceOption } from '@/lib/choice-lists/queries';
import type { Lookups } from '@/lib/lookups';
import { updateOrganisationSchema, type UpdateOrganisationValues } from '@/lib/organisations/validations';
import type { SegmentOption } from '@/lib/segments/queries';
import { organisationFieldLabel, organisationValueLabel } from '@/lib/organisations/labels';
import { organisationSchema } from '@/lib/organisations/validations';

type Option = { id: number; label: string; active?: boolean };
export type OrganisationFormOptions = {
  relationTypes: ChoiceOption[];
  statuses: ChoiceOption[];
  industries: ChoiceOption[];
  segments: SegmentOption[];
  accountManagers: { id: number; name: string; active: boolean }[];
};

const tabFields = {
  organisation: ['name', 'relationTypeId', 'statusId', 'industryId', 'accountManagerId', 'segmentId', 'subsegmentId', 'customerNumber', 'kvkNumber', 'vatNumber', 'iban', 'email', 'phone', 'website', 'description', 'active'],
  visit: ['visitStreet', 'visitHouseNumber', 'visitHouseNumberAddition', 'visitPostcode', 'visitCity', 'visitCountry'],
  postal: ['postalSameAsVisit', 'postalPoBox', 'postalStreet', 'postalHouseNumber', 'postalHouseNumberAddition', 'postalPostcode', 'postalCity', 'postalCountry'],
} as const;
type Tab = keyof typeof tabFields;

// Options a dropdown offers: the active ones plus the record's current value even if it was deactivated.
function offered(options: Option[], current: unknown): Option[] {
  return options.filter((o) => o.active !== false || String(o.id) === String(current ?? ''));
}

// The organisation form (new and edit) with its three tabs; validates with the server's schema. `lookups` names
// the values of a conflict when editing.
export function OrganisationForm({ initial, options, cancelHref, lookups }: { initial: UpdateOrganisationValues; options: OrganisationFormOptions; cancelHref: string; lookups?: Lookups }) {
  const t = useTranslations();
  const router = useRouter();
  const editing = Number(initial.id) > 0;
  const [tab, setTab] = useState<Tab>('organisation');
  const form = useForm<UpdateOrganisationValues>({
    resolver: zodResolver((editing ? updateOrganisationSchema : organisationSchema) as typeof updateOrganisationSchema) as never,
    defaultValues: initial,
    mode: 'onTouched',
  });
  const { register, handleSubmit, setError, setValue, watch, formState } = form;
  const { apply, formError, conflict } = useActionFeedback(setError);
  const errors = formState.errors as FieldErrors<Record<string, unknown>>;
  const sameAsVisit = watch('postalSameAsVisit');
  const errorCount = (key: Tab) => tabFields[key].filter((f) => errors[f]).length;

  const onInvalid = (errs: FieldErrors<UpdateOrganisationValues>) => {
    const first = (Object.keys(tabFields) as Tab[]).find((k) => tabFields[k].some((f) => f in errs));
    if (first) setTab(first);
  };
  const onSubmit = handleSubmit(async (values) => {
    const result = editing ? await updateOrganisationAction(values) : await createOrganisationAction(values);
    if (apply(result)) {
      router.push(`/organisations/${result.data.id}${cancelHref.includes('?') ? cancelHref.slice(cancelHref.indexOf('?')) : ''}`);
      router.refresh();
      return;
    }
    if (result.conflict) setValue('version', result.conflict.version);
    if (result.fieldErrors) onInvalid(result.fieldErrors as FieldErrors<UpdateOrganisationValues>);
  }, onInvalid);

  const input = (name: keyof UpdateOrganisationValues & string, label: string, extra: { required?: boolean; type?: string; hint?: string; autoComplete?: string } = {}) => (
    <Field id={`org-${name}`} label={label} required={extra.required} error={errors[name]?.message as string | undefined} hint={extra.hint}>
      <input
        id={`org-${name}`}
        type={extra.type ?? 'text'}
        autoComplete={extra.autoComplete ?? 'off'}
        className={inputClass}
        aria-invalid={!!errors[name]}
        aria-describedby={`org-${name}-error`}
        {...register(name as never)}
      />
    </Field>
  );
  const select = (name: keyof UpdateOrganisationValues & string, label: string, list: Option[]) => (
    <Field id={`org-${name}`} label={label} error={errors[name]?.message as string | undefined}>
      <select id={`org-${name}`} className={inputClass} aria-invalid={!!errors[name]} aria-describedby={`org-${name}-error`} {...register(name as never)}>
        <option value="">{t('common.none')}</option>
        {offered(list, initial[name as keyof UpdateOrganisationValues]).map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
            {o.active === false ? ` (${t('common.inactive')})` : ''}
          </option>
        ))}
      </select>
    </Field>
  );
  const choice = (list: ChoiceOption[]) => list.map((o) => ({ id: o.id, label: o.label, active: o.active }));
  const pair = useSegmentPair(form, options.segments, { main: 'segmentId', sub: 'subsegmentId' }, { main: initial.segmentId, sub: initial.subsegmentId });
  const [mains, subs] = [pair.mains, pair.subs].map((list) => list.map((s) => ({ id: s.id, label: s.name, active: s.active })));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div role="tablist" aria-label={t('organisations.tabsLabel')} className="flex gap-1 overflow-x-auto border-b border-slate-200">
        {(Object.keys(tabFields) as Tab[]).map((key) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`tab-${key}`}
            aria-selected={tab === key}
            aria-controls={`panel-${key}`}
            onClick={() => setTab(key)}
            className="whitespace-nowrap border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-600 aria-selected:border-brand-600 aria-selected:text-brand-700"
          >
            {t(`organisations.tabs.${key}`)}
            {errorCount(key) > 0 && <span className="ml-1 rounded-full bg-red-600 px-1.5 text-xs text-white">{errorCount(key)}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="panel-organisation" aria-labelledby="tab-organisation" hidden={tab !== 'organisation'} className="grid gap-4 sm:grid-cols-2">
        {input('name', t('organisations.fields.name'), { required: true })}
        {input('customerNumber', t('organisations.fields.customerNumber'))}
        {select('relationTypeId', t('organisations.fields.relationType'), choice(options.relationTypes))}
        {select('statusId', t('organisations.fields.status'), choice(options.statuses))}
        {select('industryId', t('organisations.fields.industry'), choice(options.industries))}
        {select('accountManagerId', t('organisations.fields.accountManager'), options.accountManagers.map((u) => ({ id: u.id, label: u.name, active: u.active })))}
        {select('segmentId', t('organisations.fields.segment'), mains)}
        {select('subsegmentId', t('organisations.fields.subsegment'), subs)}
        {input('kvkNumber', t('organisations.fields.kvkNumber'), { hint: t('organisations.hints.kvk') })}
        {input('vatNumber', t('organisations.fields.vatNumber'), { hint: t('organisations.hints.vat') })}
        {input('iban', t('organisations.fields.iban'), { hint: t('organisations.hints.iban') })}
        {input('email', t('organisations.fields.email'), { type: 'email' })}
        {input('phone', t('organisations.fields.phone'), { type: 'tel' })}
        {input('website', t('organisations.fields.website'))}
        <div className="sm:col-span-2">
          <Field id="org-description" label={t('organisations.fields.description')} error={errors.description?.message as string | undefined}>
            <textarea id="org-description" rows={4} className={inputClass} aria-describedby="org-description-error" {...register('description')} />
          </Field>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="h-5 w-5" {...register('active')} />
          {t('organisations.fields.active')}
        </label>
      </div>
      <div role="tabpanel" id="panel-visit" aria-labelledby="tab-visit" hidden={tab !== 'visit'} className="grid gap-4 sm:grid-cols-2">
        {input('visitStreet', t('organisations.fields.street'), { autoComplete: 'address-line1' })}
        <div className="grid grid-cols-2 gap-3">
          {input('visitHouseNumber', t('organisations.fields.houseNumber'))}
          {input('visitHouseNumberAddition', t('organisations.fields.houseNumberAddition'))}
        </div>
        {input('visitPostcode', t('organisations.fields.postcode'), { hint: t('organisations.hints.postcode') })}
        {input('visitCity', t('organisations.fields.city'))}
        {input('visitCountry', t('organisations.fields.country'), { hint: t('organisations.hints.country') })}
      </div>
      <div role="tabpanel" id="panel-postal" aria-labelledby="tab-postal" hidden={tab !== 'postal'} className="space-y-4">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="h-5 w-5" {...register('postalSameAsVisit')} />
          {t('organisations.postalSameAsVisit')}
        </label>
        {!sameAsVisit && (
          <div className="grid gap-4 sm:grid-cols-2">
            {input('postalPoBox', t('organisations.fields.postalPoBox'))}
            {input('postalStreet', t('organisations.fields.street'))}
            <div className="grid grid-cols-2 gap-3">
              {input('postalHouseNumber', t('organisations.fields.houseNumber'))}
              {input('postalHouseNumberAddition', t('organisations.fields.houseNumberAddition'))}
            </div>
            {input('postalPostcode', t('organisations.fields.postcode'))}
            {input('postalCity', t('organisations.fields.city'))}
            {input('postalCountry', t('organisations.fields.country'))}
          </div>
        )}
      </div>
      <FormFooter conflict={conflict} formError={formError} submitting={formState.isSubmitting} cancelHref={cancelHref} fieldLabel={(f) => organisationFieldLabel(t as never, f)} valueLabel={lookups && organisationValueLabel(lookups)} />
    </form>
  );
}

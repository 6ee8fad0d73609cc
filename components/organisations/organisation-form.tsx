'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm, type FieldErrors, type UseFormReturn } from 'react-hook-form';
import { createOrganisationAction, updateOrganisationAction } from '@/app/(app)/organisations/actions';
import { DuplicateWarnings } from '@/components/business-relation/duplicate-warnings';
import { useDuplicates } from '@/components/business-relation/use-duplicates';
import { FormFooter } from '@/components/ui/form-footer';
import { useActionFeedback } from '@/components/ui/use-action-form';
import { organisationDuplicates } from '@/lib/business-relation/duplicate-sources';
import type { Lookups } from '@/lib/lookups';
import type { OrganisationFormOptions } from '@/lib/organisations/form-options';
import { organisationFieldLabel, organisationValueLabel } from '@/lib/organisations/labels';
import { organisationSchema, updateOrganisationSchema, type UpdateOrganisationValues } from '@/lib/organisations/validations';
import { OrganisationDataFields, organisationPartFields as tabFields, PostalAddressFields, VisitAddressFields } from './organisation-fields';

type Tab = keyof typeof tabFields;

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
  const { handleSubmit, setError, setValue, formState } = form;
  const { apply, formError, conflict } = useActionFeedback(setError);
  const errors = formState.errors as FieldErrors<Record<string, unknown>>;
  const loose = form as unknown as UseFormReturn<Record<string, unknown>>;
  const matches = useDuplicates(loose, organisationDuplicates, editing ? (initial as Record<string, unknown>) : undefined);
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
      <DuplicateWarnings matches={matches} part="organisation" />
      <div role="tabpanel" id="panel-organisation" aria-labelledby="tab-organisation" hidden={tab !== 'organisation'} className="grid gap-4 sm:grid-cols-2">
        <OrganisationDataFields form={loose} initial={initial as Record<string, unknown>} options={options} />
      </div>
      <div role="tabpanel" id="panel-visit" aria-labelledby="tab-visit" hidden={tab !== 'visit'} className="grid gap-4 sm:grid-cols-2">
        <VisitAddressFields form={loose} />
      </div>
      <div role="tabpanel" id="panel-postal" aria-labelledby="tab-postal" hidden={tab !== 'postal'}>
        <PostalAddressFields form={loose} />
      </div>
      <FormFooter conflict={conflict} formError={formError} submitting={formState.isSubmitting} cancelHref={cancelHref} fieldLabel={(f) => organisationFieldLabel(t as never, f)} valueLabel={lookups && organisationValueLabel(lookups)} />
    </form>
  );
}

'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { createBusinessRelationAction } from '@/app/(app)/business-relation/actions';
import type { LooseForm } from '@/components/ui/bound-fields';
import { FormFooter } from '@/components/ui/form-footer';
import { useActionFeedback } from '@/components/ui/use-action-form';
import { businessRelationDuplicates } from '@/lib/business-relation/duplicate-sources';
import type { DuplicateMatch } from '@/lib/business-relation/duplicates';
import { businessRelationSchema, type BusinessRelationFormValues } from '@/lib/business-relation/validations';
import type { ChoiceOption } from '@/lib/choice-lists/queries';
import type { Lookups } from '@/lib/lookups';
import type { OrganisationFormOptions } from '@/lib/organisations/form-options';
import { organisationFieldLabel, organisationValueLabel } from '@/lib/organisations/labels';
import type { PersonInOrganisationFormOptions } from '@/lib/persons-in-organisation/form-options';
import { BusinessSection } from './business-section';
import { OrganisationSections } from './organisation-sections';
import { PersonSection } from './person-section';
import type { PickerStart } from './section-picker';
import { useChosenOrganisation } from './use-chosen-organisation';
import { useDuplicates } from './use-duplicates';

// What the form's dropdowns offer.
export type BusinessRelationFormOptions = { organisation: OrganisationFormOptions; job: PersonInOrganisationFormOptions; salutations: ChoiceOption[] };

// The "add business relation" form: a person (new or existing), their job, and the organisation (new, or existing and
// possibly completed), saved together in one transaction; warns about likely duplicates while the user types.
// `lookups` names the values of a conflict on the chosen organisation.
export function BusinessRelationForm({ initial, options, lookups, cancelHref }: { initial: BusinessRelationFormValues; options: BusinessRelationFormOptions; lookups: Lookups; cancelHref: string }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<BusinessRelationFormValues>({ resolver: zodResolver(businessRelationSchema) as never, defaultValues: initial, mode: 'onTouched' });
  const loose = form as unknown as LooseForm;
  const { apply, formError, conflict } = useActionFeedback(form.setError);
  const chosen = useChosenOrganisation(loose);
  const matches = useDuplicates(loose, businessRelationDuplicates);
  const [pickers, setPickers] = useState<Record<'person' | 'organisation', PickerStart>>({ person: { key: 0, label: null }, organisation: { key: 0, label: null } });

  // Takes a likely duplicate instead of adding a new person or organisation.
  function use(match: DuplicateMatch) {
    const kind = match.kind === 'organisation' ? 'organisation' : 'person';
    loose.setValue(`${kind}Id`, String(match.id), { shouldDirty: true });
    loose.clearErrors(kind);
    setPickers((p) => ({ ...p, [kind]: { key: p[kind].key + 1, label: match.name } }));
  }

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createBusinessRelationAction(values);
    if (apply(result)) {
      router.push(`/persons-in-organisation/${result.data.id}`);
      router.refresh();
      return;
    }
    if (result.conflict) form.setValue('organisationVersion', String(result.conflict.version));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <PersonSection form={loose} salutations={options.salutations} picker={pickers.person} matches={matches} onUse={use} />
      <BusinessSection form={loose} options={options.job} picker={pickers.organisation} matches={matches} />
      <OrganisationSections form={loose} options={options.organisation} chosen={chosen} matches={matches} onUse={use} />
      <FormFooter conflict={conflict} formError={formError} submitting={form.formState.isSubmitting} cancelHref={cancelHref} fieldLabel={(f) => organisationFieldLabel(t as never, f)} valueLabel={organisationValueLabel(lookups)} />
    </form>
  );
}

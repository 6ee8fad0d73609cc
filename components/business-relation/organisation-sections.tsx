'use client';

import { useTranslations } from 'next-intl';
import { OrganisationDataFields, PostalAddressFields, VisitAddressFields } from '@/components/organisations/organisation-fields';
import type { LooseForm } from '@/components/ui/bound-fields';
import { Button } from '@/components/ui/button';
import { FormSection } from '@/components/ui/form-section';
import type { DuplicateMatch } from '@/lib/business-relation/duplicates';
import type { OrganisationFormOptions } from '@/lib/organisations/form-options';
import { DuplicateWarnings } from './duplicate-warnings';
import { OrganisationSummary } from './organisation-summary';
import type { useChosenOrganisation } from './use-chosen-organisation';

type Props = { form: LooseForm; options: OrganisationFormOptions; chosen: ReturnType<typeof useChosenOrganisation>; matches: DuplicateMatch[]; onUse: (m: DuplicateMatch) => void };

const prefix = 'organisation.';

// The Organisation data, Visiting address and Postal address sections: a new organisation's fields, or a chosen
// organisation's stored data, read-only until the user chooses to complete or correct it.
export function OrganisationSections({ form, options, chosen, matches, onUse }: Props) {
  const t = useTranslations();
  const { organisationId, loaded, editing } = chosen;
  const summary = !!organisationId && !editing;
  const loading = <p className="text-sm text-slate-500 sm:col-span-2">{t('businessRelation.loadingOrganisation')}</p>;
  const show = (part: 'organisation' | 'visit' | 'postal') =>
    loaded ? (
      <div className="sm:col-span-2">
        <OrganisationSummary values={loaded} part={part} options={options} />
      </div>
    ) : (
      loading
    );
  return (
    <>
      <FormSection title={t('businessRelation.sections.organisation')}>
        {organisationId && (
          <div className="flex flex-col gap-2 sm:col-span-2 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm text-slate-600">{editing ? t('businessRelation.organisationEditing') : t('businessRelation.organisationChosen')}</p>
            <Button type="button" variant="secondary" disabled={!loaded} onClick={editing ? chosen.stopEditing : chosen.startEditing}>
              {editing ? t('businessRelation.keepOrganisation') : t('businessRelation.editOrganisation')}
            </Button>
          </div>
        )}
        {summary ? (
          show('organisation')
        ) : (
          <OrganisationDataFields form={form} prefix={prefix} initial={loaded ?? {}} options={options} notice={<DuplicateWarnings matches={matches} part="organisation" onUse={onUse} />} />
        )}
      </FormSection>
      <FormSection title={t('businessRelation.sections.visit')}>{summary ? show('visit') : <VisitAddressFields form={form} prefix={prefix} />}</FormSection>
      <FormSection title={t('businessRelation.sections.postal')}>
        {summary ? (
          show('postal')
        ) : (
          <div className="sm:col-span-2">
            <PostalAddressFields form={form} prefix={prefix} />
          </div>
        )}
      </FormSection>
    </>
  );
}

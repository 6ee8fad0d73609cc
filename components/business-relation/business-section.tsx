'use client';

import { useTranslations } from 'next-intl';
import { JobFields, TextField, type PersonInOrganisationFormOptions } from '@/components/persons-in-organisation/job-fields';
import { PartyPicker } from '@/components/persons-in-organisation/party-picker';
import type { LooseForm } from '@/components/ui/bound-fields';
import { FormSection } from '@/components/ui/form-section';
import type { DuplicateMatch } from '@/lib/business-relation/duplicates';
import { DuplicateWarnings } from './duplicate-warnings';
import type { PickerStart } from './person-section';

// The Business details section: the organisation (an existing one, or none for a new one) and the job there.
export function BusinessSection({ form, options, picker, matches }: { form: LooseForm; options: PersonInOrganisationFormOptions; picker: PickerStart; matches: DuplicateMatch[] }) {
  const t = useTranslations();
  return (
    <FormSection title={t('businessRelation.sections.business')}>
      <div className="sm:col-span-2 sm:grid sm:grid-cols-2 sm:gap-4">
        <PartyPicker
          key={picker.key}
          form={form}
          kind="organisation"
          name="organisationId"
          label={t('personsInOrganisation.fields.organisation')}
          hint={t('businessRelation.organisationHint')}
          initialLabel={picker.label}
          required={false}
        />
      </div>
      <JobFields form={form} prefix="job." options={options} initial={{}} />
      <TextField form={form} prefix="job." name="startDate" label={t('personsInOrganisation.fields.startDate')} hint={t('personsInOrganisation.hints.date')} />
      <DuplicateWarnings matches={matches} part="business" />
    </FormSection>
  );
}

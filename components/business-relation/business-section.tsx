'use client';

import { useTranslations } from 'next-intl';
import { JobFields, TextField } from '@/components/persons-in-organisation/job-fields';
import type { LooseForm } from '@/components/ui/bound-fields';
import { FormSection } from '@/components/ui/form-section';
import type { DuplicateMatch } from '@/lib/business-relation/duplicates';
import type { PersonInOrganisationFormOptions } from '@/lib/persons-in-organisation/form-options';
import { DuplicateWarnings } from './duplicate-warnings';
import { SectionPicker, type PickerStart } from './section-picker';

// The Business details section: the organisation (an existing one, or none for a new one) and the job there.
export function BusinessSection({ form, options, picker, matches }: { form: LooseForm; options: PersonInOrganisationFormOptions; picker: PickerStart; matches: DuplicateMatch[] }) {
  const t = useTranslations();
  return (
    <FormSection title={t('businessRelation.sections.business')}>
      <SectionPicker form={form} kind="organisation" label={t('personsInOrganisation.fields.organisation')} hint={t('businessRelation.organisationHint')} picker={picker} />
      <JobFields form={form} prefix="job." options={options} initial={{}} />
      <TextField form={form} prefix="job." name="startDate" label={t('personsInOrganisation.fields.startDate')} hint={t('personsInOrganisation.hints.date')} />
      <DuplicateWarnings matches={matches} part="business" />
    </FormSection>
  );
}

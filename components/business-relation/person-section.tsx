'use client';

import { useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { PersonContactFields, PersonNameFields } from '@/components/persons/person-fields';
import type { LooseForm } from '@/components/ui/bound-fields';
import { FormSection } from '@/components/ui/form-section';
import type { ChoiceOption } from '@/lib/choice-lists/queries';
import type { DuplicateMatch } from '@/lib/business-relation/duplicates';
import { DuplicateWarnings } from './duplicate-warnings';
import { SectionPicker, type PickerStart } from './section-picker';

// The Person section: an existing person, or the name and private contact details of a new one.
export function PersonSection({ form, salutations, picker, matches, onUse }: { form: LooseForm; salutations: ChoiceOption[]; picker: PickerStart; matches: DuplicateMatch[]; onUse: (m: DuplicateMatch) => void }) {
  const t = useTranslations();
  const personId = useWatch({ control: form.control, name: 'personId' });
  return (
    <FormSection title={t('businessRelation.sections.person')}>
      <SectionPicker form={form} kind="person" label={t('businessRelation.existingPerson')} hint={t('businessRelation.existingPersonHint')} picker={picker} />
      {personId ? (
        <p className="text-sm text-slate-600 sm:col-span-2">{t('businessRelation.personChosen')}</p>
      ) : (
        <>
          <PersonNameFields form={form} prefix="person." salutations={salutations} />
          <PersonContactFields form={form} prefix="person." />
        </>
      )}
      <DuplicateWarnings matches={matches} part="person" onUse={onUse} />
    </FormSection>
  );
}

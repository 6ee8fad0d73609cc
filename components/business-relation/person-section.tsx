'use client';

import { useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { PartyPicker } from '@/components/persons-in-organisation/party-picker';
import { PersonContactFields, PersonNameFields } from '@/components/persons/person-fields';
import type { LooseForm } from '@/components/ui/bound-fields';
import { FormSection } from '@/components/ui/form-section';
import type { ChoiceOption } from '@/lib/choice-lists/queries';
import type { DuplicateMatch } from '@/lib/business-relation/duplicates';
import { DuplicateWarnings } from './duplicate-warnings';

// A picker's starting choice; a new `key` makes it start again (when a duplicate is used instead).
export type PickerStart = { key: number; label: string | null };

// The Person section: an existing person, or the name and private contact details of a new one.
export function PersonSection({ form, salutations, picker, matches, onUse }: { form: LooseForm; salutations: ChoiceOption[]; picker: PickerStart; matches: DuplicateMatch[]; onUse: (m: DuplicateMatch) => void }) {
  const t = useTranslations();
  const personId = useWatch({ control: form.control, name: 'personId' });
  return (
    <FormSection title={t('businessRelation.sections.person')}>
      <div className="sm:col-span-2 sm:grid sm:grid-cols-2 sm:gap-4">
        <PartyPicker
          key={picker.key}
          form={form}
          kind="person"
          name="personId"
          label={t('businessRelation.existingPerson')}
          hint={t('businessRelation.existingPersonHint')}
          initialLabel={picker.label}
          required={false}
        />
      </div>
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

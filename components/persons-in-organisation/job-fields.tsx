'use client';

import { useSegmentPair } from '@/components/segments/use-segment-pair';
import { BoundInput, BoundSelect, type LooseForm } from '@/components/ui/bound-fields';
import { useFieldInput, useFieldLabel } from '@/components/ui/field-input';
import { personInOrganisationFields } from '@/lib/persons-in-organisation/fields';
import type { PersonInOrganisationFormOptions } from '@/lib/persons-in-organisation/form-options';
import type { SegmentOption } from '@/lib/segments/queries';

// A text input of a person in organisation form, labelled, with its error linked; `prefix` places it under a key ('job.').
export function TextField({ form, name, prefix = '', label, type = 'text', hint, list, required }: { form: LooseForm; name: string; prefix?: string; label: string; type?: string; hint?: string; list?: string; required?: boolean }) {
  return <BoundInput form={form} name={`${prefix}${name}`} id={`pio-${name}`} label={label} type={type} hint={hint} list={list} required={required} />;
}

// Department and job title (free text with suggestions from the choice lists), business e-mail, phone and mobile,
// and category + subcategory as dependent dropdowns (active ones, plus the record's own).
export function JobFields({ form, prefix = '', options, initial }: { form: LooseForm; prefix?: string; options: PersonInOrganisationFormOptions; initial: { categoryId?: unknown; subcategoryId?: unknown } }) {
  const label = useFieldLabel(personInOrganisationFields);
  const { mains, subs } = useSegmentPair(form, options.segments, { main: `${prefix}categoryId`, sub: `${prefix}subcategoryId` }, { main: initial.categoryId, sub: initial.subcategoryId });

  const select = (name: 'categoryId' | 'subcategoryId', list: SegmentOption[]) => (
    <BoundSelect form={form} name={`${prefix}${name}`} id={`pio-${name}`} label={label(name)} options={list.map((s) => ({ id: s.id, label: s.name, active: s.active }))} />
  );
  const text = useFieldInput(personInOrganisationFields, form, prefix, 'pio');

  return (
    <>
      {text('department', { list: 'pio-department-options' })}
      <datalist id="pio-department-options">
        {options.departments.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      {text('jobTitle', { list: 'pio-job-title-options' })}
      <datalist id="pio-job-title-options">
        {options.jobTitles.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      {text('email')}
      {text('phone')}
      {text('mobile')}
      <span className="hidden sm:block" aria-hidden="true" />
      {select('categoryId', mains)}
      {select('subcategoryId', subs)}
    </>
  );
}

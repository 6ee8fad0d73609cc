'use client';

import { PartyPicker } from '@/components/persons-in-organisation/party-picker';
import type { LooseForm } from '@/components/ui/bound-fields';

// A picker's starting choice; a new `key` makes it start again (when a duplicate is used instead).
export type PickerStart = { key: number; label: string | null };

// The optional choice of an existing person or organisation that opens a section, on a row of its own.
export function SectionPicker({ form, kind, label, hint, picker }: { form: LooseForm; kind: 'person' | 'organisation'; label: string; hint: string; picker: PickerStart }) {
  return (
    <div className="sm:col-span-2 sm:grid sm:grid-cols-2 sm:gap-4">
      <PartyPicker key={picker.key} form={form} kind={kind} name={`${kind}Id`} label={label} hint={hint} initialLabel={picker.label} required={false} />
    </div>
  );
}

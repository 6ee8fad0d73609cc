'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useSegmentPair } from '@/components/segments/use-segment-pair';
import { BoundCheckbox, BoundSelect, BoundTextarea, type LooseForm, type SelectOption } from '@/components/ui/bound-fields';
import { useFieldInput, useFieldLabel } from '@/components/ui/field-input';
import { editableFields } from '@/lib/fields/define';
import type { FieldDef } from '@/lib/fields/types';
import { organisationFields } from '@/lib/organisations/fields';
import type { ChoiceOption } from '@/lib/choice-lists/queries';
import type { OrganisationFormOptions } from '@/lib/organisations/form-options';

// The form fields of each part of an organisation, as named in the form (without a prefix): the visiting and
// postal address groups of the registry ("same as visiting" opens the postal part), the rest is the organisation.
const part = (f: FieldDef) => (f.group === 'organisations.tabs.visit' ? 'visit' : f.group === 'organisations.tabs.postal' || f.name === 'postalSameAsVisit' ? 'postal' : 'organisation');
export const organisationPartFields = Object.fromEntries(
  (['organisation', 'visit', 'postal'] as const).map((p) => [p, editableFields(organisationFields).filter((f) => part(f) === p).map((f) => f.name)]),
) as Record<'organisation' | 'visit' | 'postal', string[]>;

// The organisation fields of a form; `prefix` places them under a key ('organisation.'), `initial` holds the
// record's starting values so that a deactivated value it already has stays offered.
type Props = { form: LooseForm; prefix?: string; initial?: Record<string, unknown> };

const useOrganisationInput = ({ form, prefix = '' }: Props) => useFieldInput(organisationFields, form, prefix, 'org');

// Options a dropdown offers: the active ones plus the record's current value even if it was deactivated.
function offered(options: SelectOption[], current: unknown): SelectOption[] {
  return options.filter((o) => o.active !== false || String(o.id) === String(current ?? ''));
}

// Name, classification, registration numbers, contact details, description and the active flag; `notice` (say, a
// duplicate warning) shows right below the name.
export function OrganisationDataFields({ form, prefix = '', initial = {}, options, notice }: Props & { options: OrganisationFormOptions; notice?: ReactNode }) {
  const t = useTranslations();
  const input = useOrganisationInput({ form, prefix });
  const pair = useSegmentPair(form, options.segments, { main: `${prefix}segmentId`, sub: `${prefix}subsegmentId` }, { main: initial.segmentId, sub: initial.subsegmentId });
  const label = useFieldLabel(organisationFields);
  const select = (name: string, list: SelectOption[]) => (
    <BoundSelect form={form} name={`${prefix}${name}`} id={`org-${name}`} label={label(name)} options={offered(list, initial[name])} />
  );
  const choice = (list: ChoiceOption[]) => list.map((o) => ({ id: o.id, label: o.label, active: o.active }));
  const [mains, subs] = [pair.mains, pair.subs].map((list) => list.map((s) => ({ id: s.id, label: s.name, active: s.active })));
  return (
    <>
      {input('name', { required: true })}
      {input('customerNumber')}
      {notice}
      {select('relationTypeId', choice(options.relationTypes))}
      {select('statusId', choice(options.statuses))}
      {select('industryId', choice(options.industries))}
      {select('accountManagerId', options.accountManagers.map((u) => ({ id: u.id, label: u.name, active: u.active })))}
      {select('segmentId', mains)}
      {select('subsegmentId', subs)}
      {input('kvkNumber', { hint: t('organisations.hints.kvk') })}
      {input('vatNumber', { hint: t('organisations.hints.vat') })}
      {input('iban', { hint: t('organisations.hints.iban') })}
      {input('email')}
      {input('phone')}
      {input('website')}
      <div className="sm:col-span-2">
        <BoundTextarea form={form} name={`${prefix}description`} id="org-description" label={label('description')} />
      </div>
      <BoundCheckbox form={form} name={`${prefix}active`} label={label('active')} />
    </>
  );
}

// Street, house number and addition, postcode, city and country of the visiting address.
export function VisitAddressFields({ form, prefix = '' }: Props) {
  const t = useTranslations();
  const input = useOrganisationInput({ form, prefix });
  return (
    <>
      {input('visitStreet', { autoComplete: 'address-line1' })}
      <div className="grid grid-cols-2 gap-3">
        {input('visitHouseNumber')}
        {input('visitHouseNumberAddition')}
      </div>
      {input('visitPostcode', { hint: t('organisations.hints.postcode') })}
      {input('visitCity')}
      {input('visitCountry', { hint: t('organisations.hints.country') })}
    </>
  );
}

// "Same as the visiting address", or PO box / street and the rest of the postal address.
export function PostalAddressFields({ form, prefix = '' }: Props) {
  const t = useTranslations();
  const input = useOrganisationInput({ form, prefix });
  const sameAsVisit = form.watch(`${prefix}postalSameAsVisit`);
  return (
    <div className="space-y-4">
      <BoundCheckbox form={form} name={`${prefix}postalSameAsVisit`} label={t('organisations.postalSameAsVisit')} />
      {!sameAsVisit && (
        <div className="grid gap-4 sm:grid-cols-2">
          {input('postalPoBox')}
          {input('postalStreet')}
          <div className="grid grid-cols-2 gap-3">
            {input('postalHouseNumber')}
            {input('postalHouseNumberAddition')}
          </div>
          {input('postalPostcode')}
          {input('postalCity')}
          {input('postalCountry')}
        </div>
      )}
    </div>
  );
}

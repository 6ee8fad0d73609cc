'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useSegmentPair } from '@/components/segments/use-segment-pair';
import { BoundCheckbox, BoundInput, BoundSelect, BoundTextarea, type LooseForm, type SelectOption } from '@/components/ui/bound-fields';
import type { ChoiceOption } from '@/lib/choice-lists/queries';
import type { OrganisationFormOptions } from '@/lib/organisations/form-options';

// The form fields of each part of an organisation, as named in the form (without a prefix).
export const organisationPartFields = {
  organisation: ['name', 'relationTypeId', 'statusId', 'industryId', 'accountManagerId', 'segmentId', 'subsegmentId', 'customerNumber', 'kvkNumber', 'vatNumber', 'iban', 'email', 'phone', 'website', 'description', 'active'],
  visit: ['visitStreet', 'visitHouseNumber', 'visitHouseNumberAddition', 'visitPostcode', 'visitCity', 'visitCountry'],
  postal: ['postalSameAsVisit', 'postalPoBox', 'postalStreet', 'postalHouseNumber', 'postalHouseNumberAddition', 'postalPostcode', 'postalCity', 'postalCountry'],
} as const;

// The organisation fields of a form; `prefix` places them under a key ('organisation.'), `initial` holds the
// record's starting values so that a deactivated value it already has stays offered.
type Props = { form: LooseForm; prefix?: string; initial?: Record<string, unknown> };

function useOrganisationInput({ form, prefix = '' }: Props) {
  const t = useTranslations();
  return function organisationInput(name: string, label: string, extra: { required?: boolean; type?: string; hint?: string; autoComplete?: string } = {}) {
    return <BoundInput form={form} name={`${prefix}${name}`} id={`org-${name}`} label={t(label)} {...extra} />;
  };
}

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
  const select = (name: string, label: string, list: SelectOption[]) => (
    <BoundSelect form={form} name={`${prefix}${name}`} id={`org-${name}`} label={t(label)} options={offered(list, initial[name])} />
  );
  const choice = (list: ChoiceOption[]) => list.map((o) => ({ id: o.id, label: o.label, active: o.active }));
  const [mains, subs] = [pair.mains, pair.subs].map((list) => list.map((s) => ({ id: s.id, label: s.name, active: s.active })));
  return (
    <>
      {input('name', 'organisations.fields.name', { required: true })}
      {input('customerNumber', 'organisations.fields.customerNumber')}
      {notice}
      {select('relationTypeId', 'organisations.fields.relationType', choice(options.relationTypes))}
      {select('statusId', 'organisations.fields.status', choice(options.statuses))}
      {select('industryId', 'organisations.fields.industry', choice(options.industries))}
      {select('accountManagerId', 'organisations.fields.accountManager', options.accountManagers.map((u) => ({ id: u.id, label: u.name, active: u.active })))}
      {select('segmentId', 'organisations.fields.segment', mains)}
      {select('subsegmentId', 'organisations.fields.subsegment', subs)}
      {input('kvkNumber', 'organisations.fields.kvkNumber', { hint: t('organisations.hints.kvk') })}
      {input('vatNumber', 'organisations.fields.vatNumber', { hint: t('organisations.hints.vat') })}
      {input('iban', 'organisations.fields.iban', { hint: t('organisations.hints.iban') })}
      {input('email', 'organisations.fields.email', { type: 'email' })}
      {input('phone', 'organisations.fields.phone', { type: 'tel' })}
      {input('website', 'organisations.fields.website')}
      <div className="sm:col-span-2">
        <BoundTextarea form={form} name={`${prefix}description`} id="org-description" label={t('organisations.fields.description')} />
      </div>
      <BoundCheckbox form={form} name={`${prefix}active`} label={t('organisations.fields.active')} />
    </>
  );
}

// Street, house number and addition, postcode, city and country of the visiting address.
export function VisitAddressFields({ form, prefix = '' }: Props) {
  const t = useTranslations();
  const input = useOrganisationInput({ form, prefix });
  return (
    <>
      {input('visitStreet', 'organisations.fields.street', { autoComplete: 'address-line1' })}
      <div className="grid grid-cols-2 gap-3">
        {input('visitHouseNumber', 'organisations.fields.houseNumber')}
        {input('visitHouseNumberAddition', 'organisations.fields.houseNumberAddition')}
      </div>
      {input('visitPostcode', 'organisations.fields.postcode', { hint: t('organisations.hints.postcode') })}
      {input('visitCity', 'organisations.fields.city')}
      {input('visitCountry', 'organisations.fields.country', { hint: t('organisations.hints.country') })}
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
          {input('postalPoBox', 'organisations.fields.postalPoBox')}
          {input('postalStreet', 'organisations.fields.street')}
          <div className="grid grid-cols-2 gap-3">
            {input('postalHouseNumber', 'organisations.fields.houseNumber')}
            {input('postalHouseNumberAddition', 'organisations.fields.houseNumberAddition')}
          </div>
          {input('postalPostcode', 'organisations.fields.postcode')}
          {input('postalCity', 'organisations.fields.city')}
          {input('postalCountry', 'organisations.fields.country')}
        </div>
      )}
    </div>
  );
}

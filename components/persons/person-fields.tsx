'use client';

import { useTranslations } from 'next-intl';
import { BoundInput, BoundSelect, type LooseForm } from '@/components/ui/bound-fields';
import type { ChoiceOption } from '@/lib/choice-lists/queries';

// The person fields of a form; `prefix` places them under a key ('person.').
type Props = { form: LooseForm; prefix?: string };
type Extra = { required?: boolean; type?: string; hint?: string; autoComplete?: string };

function usePersonInput({ form, prefix = '' }: Props) {
  const t = useTranslations();
  return function personInput(name: string, extra: Extra = {}) {
    return <BoundInput form={form} name={`${prefix}${name}`} id={`person-${name}`} label={t(`persons.fields.${name}`)} {...extra} />;
  };
}

// Salutation (active ones plus the person's own), initials, first name, tussenvoegsel, last name and date of birth.
export function PersonNameFields({ form, prefix = '', salutations, initialSalutationId }: Props & { salutations: ChoiceOption[]; initialSalutationId?: unknown }) {
  const t = useTranslations();
  const input = usePersonInput({ form, prefix });
  const offered = salutations.filter((s) => s.active || String(s.id) === String(initialSalutationId ?? ''));
  return (
    <>
      <BoundSelect form={form} name={`${prefix}salutationId`} id="person-salutationId" label={t('persons.fields.salutation')} options={offered} />
      {input('initials', { hint: t('persons.hints.initials') })}
      {input('firstName')}
      {input('namePrefix', { hint: t('persons.hints.namePrefix') })}
      {input('lastName', { required: true })}
      {input('dateOfBirth', { hint: t('persons.hints.date') })}
    </>
  );
}

// Private e-mail, phone and mobile.
export function PersonContactFields({ form, prefix = '' }: Props) {
  const input = usePersonInput({ form, prefix });
  return (
    <>
      {input('privateEmail', { type: 'email' })}
      {input('phone', { type: 'tel' })}
      {input('mobile', { type: 'tel' })}
    </>
  );
}

// The private address: street, house number and addition, postcode, city and country.
export function PersonAddressFields({ form, prefix = '' }: Props) {
  const t = useTranslations();
  const input = usePersonInput({ form, prefix });
  return (
    <>
      {input('street')}
      <div className="grid grid-cols-2 gap-3">
        {input('houseNumber')}
        {input('houseNumberAddition')}
      </div>
      {input('postcode', { hint: t('organisations.hints.postcode') })}
      {input('city')}
      {input('country', { hint: t('organisations.hints.country') })}
    </>
  );
}

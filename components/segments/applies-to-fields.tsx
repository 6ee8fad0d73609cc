'use client';

import { useTranslations } from 'next-intl';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { MessageText } from '@/components/ui/message-text';

// The "applies to" checkboxes of a segment form, with one error for the pair.
export function AppliesToFields({ id, error, organisation, personInOrganisation }: { id: string; error?: string; organisation: UseFormRegisterReturn; personInOrganisation: UseFormRegisterReturn }) {
  const t = useTranslations();
  return (
    <fieldset className="space-y-1" aria-describedby={`${id}-error`} aria-invalid={!!error}>
      <legend className="text-sm font-medium text-slate-700">
        {t('segments.appliesTo')}
        <span aria-hidden="true" className="text-red-600">
          {' '}*
        </span>
      </legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        <label className="flex min-h-10 items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" {...organisation} />
          {t('segments.appliesToOrganisation')}
        </label>
        <label className="flex min-h-10 items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" {...personInOrganisation} />
          {t('segments.appliesToPersonInOrganisation')}
        </label>
      </div>
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700 empty:hidden">
        {error ? <MessageText message={error} /> : null}
      </p>
    </fieldset>
  );
}

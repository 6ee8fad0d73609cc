'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/db/schema/users';
import { showValue } from '@/lib/audit/shown-history';
import { formatDateTime } from '@/lib/i18n/format';
import type { Conflict } from '@/lib/mutation/result';

// Says that a save was refused because someone else changed the record: which fields, their new values,
// by whom; the user's input stays in the form and saving again overwrites deliberately.
export function ConflictAlert({ conflict, fieldLabel, valueLabel }: { conflict: Conflict; fieldLabel: (field: string) => string; valueLabel?: (field: string, value: unknown) => string | null }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="conflict">
      <p className="font-medium">
        {conflict.by && conflict.at
          ? t('conflict.changedBy', { name: conflict.by, at: formatDateTime(conflict.at, locale) })
          : t('conflict.changed')}
      </p>
      <ul className="mt-1 list-disc pl-5">
        {conflict.fields.map((f) => (
          <li key={f.field}>
            {fieldLabel(f.field)}
            {t('common.colon')} <strong>{valueLabel?.(f.field, f.value) ?? showValue(f.value, locale)}</strong>
          </li>
        ))}
      </ul>
      <p className="mt-1">{t('conflict.keepOrReload')}</p>
    </div>
  );
}

import { getLocale, getTranslations } from 'next-intl/server';
import { Panel } from '@/components/ui/page-header';
import type { Locale } from '@/db/schema';
import type { HistoryEntry } from '@/lib/audit/queries';
import { shownHistory } from '@/lib/audit/shown-history';
import { formatDateTime } from '@/lib/i18n/format';

// A record's history: who changed what when, field by field, old → new. `fieldLabel` names the fields;
// `valueLabel` turns stored ids (choice values, segments, users) into names. Changes that read the same are left out.
export async function HistoryPanel({
  entries,
  fieldLabel,
  valueLabel,
}: {
  entries: HistoryEntry[];
  fieldLabel: (field: string) => string;
  valueLabel?: (field: string, value: unknown) => string | null;
}) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  const shown = shownHistory(entries, locale, valueLabel);
  return (
    <Panel title={t('history.title')}>
      {shown.length === 0 ? (
        <p className="text-sm text-slate-500">{t('history.empty')}</p>
      ) : (
        <ol className="space-y-3" data-testid="history">
          {shown.map((e) => (
            <li key={e.id} className="text-sm">
              <p className="text-slate-600">
                <span className="font-medium text-slate-800">{t(`history.actions.${e.action}`)}</span> · {formatDateTime(e.at, locale)} · {e.by ?? t('history.system')}
              </p>
              {e.changes.length > 0 && (
                <ul className="mt-1 space-y-0.5 border-l-2 border-slate-200 pl-3">
                  {e.changes.map((c) => (
                    <li key={c.field} className="break-words">
                      <span className="text-slate-500">
                        {fieldLabel(c.field)}
                        {t('common.colon')}
                      </span>{' '}
                      {c.before} → {c.after}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}

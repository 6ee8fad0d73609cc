import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import type { Locale } from '@/db/schema';
import { formatDate } from '@/lib/i18n/format';
import { getPersonEmployments } from '@/lib/persons/queries';
import { formatPhoneNational } from '@/lib/validation/fields';

// The "Business" tab: the person's records in organisations, current ones first, then the history.
export async function PersonBusiness({ personId, editable }: { personId: number; editable: boolean }) {
  const [t, locale, rows] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>, getPersonEmployments(personId)]);
  return (
    <div className="space-y-3">
      {editable && (
        <ButtonLink href={`/persons-in-organisation/new?personId=${personId}`} variant="primary">
          {t('persons.addEmployment')}
        </ButtonLink>
      )}
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t('persons.noEmployments')}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="person-employments">
          {rows.map((r) => (
            <li key={r.id} className={`flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between ${r.active ? '' : 'text-slate-500'}`}>
              <div className="min-w-0">
                <Link href={`/persons-in-organisation/${r.id}`} className="font-medium text-brand-700 hover:underline">
                  {r.organisation}
                </Link>
                {!r.active && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs">{t('persons.former')}</span>}
                <p className="text-sm">{[r.jobTitle, r.department].filter(Boolean).join(' · ')}</p>
                <p className="text-sm">
                  {[
                    r.email,
                    r.phone ? formatPhoneNational(r.phone) : null,
                    r.startDate || r.endDate ? `${formatDate(r.startDate, locale) || '…'} – ${formatDate(r.endDate, locale) || t('persons.now')}` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </div>
              {editable && r.active && (
                <Link href={`/persons-in-organisation/${r.id}/change-employer`} className="shrink-0 text-sm text-brand-700 underline">
                  {t('persons.changeEmployer')}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Panel } from '@/components/ui/page-header';
import type { Locale } from '@/db/schema';
import { formatDate } from '@/lib/i18n/format';
import { getOrganisationPersons } from '@/lib/organisations/queries';
import { formatPhoneNational } from '@/lib/validation/fields';

// The persons in organisation of an organisation: active first, then former ones with their dates; each opens
// its own card, and [Add person in organisation] starts one with this organisation chosen.
export async function OrganisationPersons({ organisationId }: { organisationId: number }) {
  const [t, locale, rows] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>, getOrganisationPersons(organisationId)]);
  return (
    <Panel title={t('organisations.personsTitle', { count: rows.length })}>
      <div className="mb-3">
        <ButtonLink href={`/persons-in-organisation/new?organisationId=${organisationId}`}>{t('organisations.addPersonInOrganisation')}</ButtonLink>
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t('organisations.noPersons')}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="organisation-persons">
          {rows.map((r) => (
            <li key={r.id} className={`flex flex-col gap-1 py-2 sm:flex-row sm:justify-between ${r.active ? '' : 'text-slate-500'}`}>
              <span>
                <Link href={`/persons-in-organisation/${r.id}`} className="font-medium text-brand-700 hover:underline">
                  {r.name}
                </Link>
                {r.jobTitle && <span> · {r.jobTitle}</span>}
                {r.department && <span> · {r.department}</span>}
                {!r.active && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs">{t('organisations.formerEmployee')}</span>}
              </span>
              <span className="text-sm">
                {[r.email, r.phone ? formatPhoneNational(r.phone) : null, r.startDate || r.endDate ? `${formatDate(r.startDate, locale) || '…'} – ${formatDate(r.endDate, locale) || '…'}` : null]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/db/schema';
import type { DashboardCounts } from '@/lib/dashboard/queries';
import { formatNumber } from '@/lib/i18n/format';

const lists: Record<keyof DashboardCounts, string> = {
  organisations: '/organisations',
  persons: '/persons',
  personsInOrganisation: '/persons-in-organisation',
  segments: '/segments',
};

// The number of live records per kind, each a link to its list.
export async function CountTiles({ counts, locale }: { counts: DashboardCounts; locale: Locale }) {
  const t = await getTranslations();
  return (
    <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {(Object.keys(lists) as (keyof DashboardCounts)[]).map((key) => (
        <li key={key}>
          <Link href={lists[key]} className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-400 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600">
            <span className="block text-sm text-slate-600">{t(`dashboard.counts.${key}`)}</span>
            <span className="mt-1 block text-2xl font-semibold text-slate-900" data-testid={`count-${key}`}>
              {formatNumber(counts[key], locale)}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/db/schema';
import type { RecentRecord } from '@/lib/dashboard/queries';
import { formatDateTime } from '@/lib/i18n/format';
import { cardPath } from '@/lib/navigation';

// Recently created or changed records, each a link to its card, with when and by whom.
export async function RecentList({ rows, locale }: { rows: RecentRecord[]; locale: Locale }) {
  const t = await getTranslations();
  if (rows.length === 0) return <p className="text-sm text-slate-500">{t('dashboard.nothingYet')}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((r) => (
        <li key={`${r.kind}-${r.id}`} className="flex flex-col py-2 sm:flex-row sm:items-baseline sm:justify-between sm:gap-3">
          <span className="min-w-0 truncate">
            <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{t(`dashboard.kinds.${r.kind}`)}</span>
            <Link href={cardPath(r.kind, r.id)} className="font-medium text-brand-700 hover:underline">
              {r.label}
            </Link>
          </span>
          <span className="shrink-0 text-xs text-slate-500">
            {formatDateTime(r.at, locale)}
            {r.by ? ` · ${r.by}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

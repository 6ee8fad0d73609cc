'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { DuplicateMatch } from '@/lib/business-relation/duplicates';
import { cardPath } from '@/lib/navigation';

// Which matches each section of the form shows.
const kindOf = { person: 'person', business: 'personInOrganisation', organisation: 'organisation' } as const;

// The likely duplicates found for one section of the form (persons, persons in organisation, organisations), each with a
// link to its card and, for a person or an organisation, a button to use that record instead of adding a new one.
export function DuplicateWarnings({ matches, part, onUse }: { matches: DuplicateMatch[]; part: keyof typeof kindOf; onUse?: (match: DuplicateMatch) => void }) {
  const t = useTranslations();
  const shown = matches.filter((m) => m.kind === kindOf[part]);
  const label = (m: DuplicateMatch) => (m.kind === 'personInOrganisation' ? t('personsInOrganisation.rowName', { person: m.name, organisation: m.organisation ?? '' }) : m.name);
  return (
    <div aria-live="polite" data-testid={`duplicates-${part}`} className="empty:hidden sm:col-span-2">
      {shown.length > 0 && (
        <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p className="font-medium">{t('businessRelation.duplicates.title')}</p>
          <ul className="mt-1 space-y-2">
            {shown.map((m) => (
              <li key={`${m.kind}-${m.id}`} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <Link href={cardPath(m.kind, m.id)} className="break-words font-medium text-brand-700 underline">
                  {label(m)}
                </Link>
                <span className="min-w-0 break-words">
                  {[m.city, m.reasons.map((r) => t(`businessRelation.duplicates.reasons.${r}`)).join(', ')].filter(Boolean).join(' · ')}
                </span>
                {onUse && (
                  <button type="button" onClick={() => onUse(m)} className="min-h-9 rounded-md border border-amber-400 bg-white px-3 py-1 text-sm font-medium hover:bg-amber-100">
                    {m.kind === 'organisation' ? t('businessRelation.duplicates.useOrganisation') : t('businessRelation.duplicates.usePerson')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

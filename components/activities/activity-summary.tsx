'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/db/schema/users';
import type { ActivitySubjectKind as ActivityOwnerKind } from '@/lib/activities/validations';
import { ownerPath, type ActivityRow } from '@/lib/activities/rows';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { kindLabel } from './labels';

// When an activity is due, as the language writes it: a date, or a date with its time of day.
export function useDueText() {
  const locale = useLocale() as Locale;
  return (row: Pick<ActivityRow, 'dueAt' | 'dueHasTime'>) => (!row.dueAt ? '' : row.dueHasTime ? formatDateTime(row.dueAt, locale) : formatDate(row.dueAt, locale));
}

// What an activity is: kind, subject (red when high priority), pin, due moment, who it is for and by, the record it
// belongs to when that is not the card's own (`on`), and its description.
export function ActivitySummary({ row, on, showOwner = false }: { row: ActivityRow; on?: ActivityOwnerKind; showOwner?: boolean }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const dueText = useDueText();
  const high = row.priority === 'high';
  const via =
    row.owner.kind === 'personInOrganisation' && on === 'organisation'
      ? { href: ownerPath(row.owner), label: t('activities.viaPerson', { name: row.owner.person.name }) }
      : row.owner.kind === 'personInOrganisation' && on === 'person'
        ? { href: ownerPath(row.owner), label: t('activities.viaOrganisation', { name: row.owner.organisation.name }) }
        : null;
  return (
    <div className="min-w-0 space-y-1">
      <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <span className="activity-tag bg-brand-50 text-brand-700">{t(kindLabel(row.kind))}</span>
        {row.pinned && <span className="activity-tag bg-amber-100 font-medium text-amber-900">{t('activities.pinnedBadge')}</span>}
        {high && <span className="activity-tag bg-red-700 font-semibold text-white">{t('activities.priorities.high')}</span>}
        <span data-testid="activity-subject" className={`break-words font-medium ${high ? 'text-red-700' : 'text-slate-900'} ${row.done ? 'line-through opacity-70' : ''}`}>
          {row.subject}
        </span>
        {row.done && <span className="activity-tag bg-green-100 text-green-800">{t('activities.doneBadge')}</span>}
        {row.deleted && <span className="activity-tag bg-red-100 text-red-800">{t('activities.deletedBadge')}</span>}
      </p>
      <p className="text-xs text-slate-600">
        {[
          row.dueAt ? t('activities.dueOn', { at: dueText(row) }) : null,
          row.assignee ? t('activities.forUser', { name: row.assignee }) : null,
          t('activities.byUser', { name: row.author ?? '—', at: formatDate(row.createdAt, locale) }),
          row.done && row.doneAt ? t('activities.doneOn', { at: formatDateTime(row.doneAt, locale) }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {(via || showOwner) && (
        <p className="text-xs">
          <Link href={via?.href ?? ownerPath(row.owner)} className="break-words text-brand-700 underline">
            {via?.label ?? row.owner.name}
          </Link>
        </p>
      )}
      {row.description && <p className="whitespace-pre-line break-words text-sm text-slate-700">{row.description}</p>}
    </div>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { rescheduleActivityAction, setActivityDoneAction } from '@/app/(app)/activities/actions';
import { MessageText } from '@/components/ui/message-text';
import { useRowAction } from '@/components/ui/use-row-action';
import type { ActivityRow } from '@/lib/activities/rows';
import { ActivitySummary } from './activity-summary';

// One activity in the work queue: what and for which record, with one-click [Complete], [+1 day], [Next Monday]
// and a date to move it to (for those who may change it).
export function QueueItem({ row, canChange }: { row: ActivityRow; canChange: boolean }) {
  const t = useTranslations();
  const { run, pending, message } = useRowAction();
  const [date, setDate] = useState('');
  const move = (to: 'nextDay' | 'nextMonday' | 'date') => run(() => rescheduleActivityAction({ id: row.id, version: row.version, to, date: to === 'date' ? date : null }));
  const dateId = `move-${row.id}`;
  return (
    <li data-testid={`queue-${row.id}`} className={`flex flex-col gap-2 py-3 lg:flex-row lg:items-start lg:justify-between ${row.priority === 'high' ? 'border-l-4 border-l-red-600 pl-3' : ''}`}>
      <ActivitySummary row={row} showOwner />
      {canChange && (
        <div className="flex shrink-0 flex-wrap items-center gap-2">
          <button type="button" className="activity-btn-primary" disabled={pending} aria-label={t('activities.completeNamed', { subject: row.subject })} onClick={() => run(() => setActivityDoneAction({ id: row.id, version: row.version, done: true }))}>
            {t('activities.complete')}
          </button>
          <button type="button" className="activity-btn-secondary" disabled={pending} aria-label={t('activities.nextDayNamed', { subject: row.subject })} onClick={() => move('nextDay')}>
            {t('activities.nextDay')}
          </button>
          <button type="button" className="activity-btn-secondary" disabled={pending} aria-label={t('activities.nextMondayNamed', { subject: row.subject })} onClick={() => move('nextMonday')}>
            {t('activities.nextMonday')}
          </button>
          <form
            className="flex items-center gap-1"
            onSubmit={(e) => {
              e.preventDefault();
              move('date');
            }}
          >
            <label htmlFor={dateId} className="sr-only">
              {t('activities.moveToNamed', { subject: row.subject })}
            </label>
            <input id={dateId} type="date" value={date} onChange={(e) => setDate(e.target.value)} className="activity-date" />
            <button type="submit" className="activity-btn-secondary" disabled={pending || !date}>
              {t('activities.moveTo')}
            </button>
          </form>
        </div>
      )}
      {message && !message.ok && (
        <p role="alert" className="text-sm text-red-700 lg:basis-full">
          <MessageText message={message.text} />
        </p>
      )}
    </li>
  );
}

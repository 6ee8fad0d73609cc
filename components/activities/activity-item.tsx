'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { deleteActivityAction, restoreActivityAction, setActivityDoneAction } from '@/app/(app)/activities/actions';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { MessageText } from '@/components/ui/message-text';
import { useRowAction } from '@/components/ui/use-row-action';
import type { ActivityRow } from '@/lib/activities/rows';
import type { ActivitySubjectKind } from '@/lib/activities/validations';
import { ActivityForm } from './activity-form';
import { ActivitySummary } from './activity-summary';

type Props = { row: ActivityRow; on: ActivitySubjectKind; canChange: boolean; canRestore: boolean; users: { id: number; name: string }[]; me: number };

// One activity on a card: what it is, and for those who may change it [Complete]/[Reopen], [Edit] and [Delete]
// (a CRM Super user restores a deleted one); [Add to calendar] for everyone.
export function ActivityItem({ row, on, canChange, canRestore, users, me }: Props) {
  const t = useTranslations();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { run, pending, message } = useRowAction();
  if (editing) return <ActivityForm mode="edit" row={row} users={users} me={me} onDone={() => setEditing(false)} />;
  return (
    <li data-testid={`activity-${row.id}`} data-pinned={row.pinned} data-priority={row.priority} className={`flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between ${row.priority === 'high' ? 'border-l-4 border-l-red-600 pl-3' : ''}`}>
      <ActivitySummary row={row} on={on} />
      <div className="flex shrink-0 flex-wrap gap-2">
        {row.deleted ? (
          canRestore && (
            <button type="button" className="activity-btn-secondary" disabled={pending} onClick={() => run(() => restoreActivityAction({ id: row.id }))}>
              {t('activities.restore')}
            </button>
          )
        ) : (
          <>
            {canChange && (row.kind !== 'note' || row.dueAt || row.done) && (
              <button type="button" className={row.done ? 'activity-btn-secondary' : 'activity-btn-primary'} disabled={pending} aria-label={t(row.done ? 'activities.reopenNamed' : 'activities.completeNamed', { subject: row.subject })} onClick={() => run(() => setActivityDoneAction({ id: row.id, version: row.version, done: !row.done }))}>
                {t(row.done ? 'activities.reopen' : 'activities.complete')}
              </button>
            )}
            {canChange && (
              <button type="button" className="activity-btn-secondary" aria-label={t('common.editNamed', { name: row.subject })} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </button>
            )}
            {canChange && (
              <button type="button" className="activity-btn-ghost" aria-label={t('common.deleteNamed', { name: row.subject })} onClick={() => setConfirming(true)}>
                {t('common.delete')}
              </button>
            )}
            {row.dueAt && (
              <a href={`/api/activities/${row.id}/ics`} className="activity-btn-ghost" aria-label={t('activities.addToCalendarNamed', { subject: row.subject })}>
                {t('activities.addToCalendar')}
              </a>
            )}
          </>
        )}
      </div>
      {message && !message.ok && (
        <p role="alert" className="text-sm text-red-700 sm:basis-full">
          <MessageText message={message.text} />
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('common.deleteTitle', { name: row.subject })}
        confirmLabel={t('common.confirmDelete')}
        busy={pending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => run(() => deleteActivityAction({ id: row.id, version: row.version }), undefined, () => setConfirming(false))}
      >
        <p>{t('activities.deleteCanRestore')}</p>
      </ConfirmDialog>
    </li>
  );
}

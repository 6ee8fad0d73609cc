'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { deleteChoiceEntryAction, moveChoiceEntryAction, setChoiceEntryActiveAction } from '@/app/(app)/admin/choice-lists/actions';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { MessageText } from '@/components/ui/message-text';
import { MoveButtons } from '@/components/ui/move-buttons';
import { useRowAction } from '@/components/ui/use-row-action';
import type { ChoiceEntryRow } from '@/lib/choice-lists/queries';
import { RenameEntryForm } from './rename-entry-form';

// The controls of one choice list entry: reorder, rename, deactivate/reactivate, and delete while unused.
export function EntryControls({ entry, position, count }: { entry: ChoiceEntryRow; position: number; count: number }) {
  const t = useTranslations();
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { run, pending, message } = useRowAction();
  const { id, version, label: name } = entry;
  return (
    <div className="flex flex-col gap-2 sm:items-end">
      <div className="flex flex-wrap gap-2">
        <MoveButtons name={name} position={position} count={count} disabled={pending} onMove={(direction) => run(() => moveChoiceEntryAction({ id, direction }))} />
        <Button type="button" variant="secondary" aria-expanded={renaming} aria-label={t('common.editNamed', { name })} onClick={() => setRenaming((v) => !v)}>
          {t('common.edit')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          aria-label={t(entry.active ? 'common.deactivateNamed' : 'common.activateNamed', { name })}
          onClick={() => run(() => setChoiceEntryActiveAction({ id, version, active: !entry.active }))}
        >
          {entry.active ? t('common.deactivate') : t('common.activate')}
        </Button>
        {entry.used === 0 && (
          <Button type="button" variant="secondary" aria-label={t('common.deleteNamed', { name })} onClick={() => setConfirming(true)}>
            {t('common.delete')}
          </Button>
        )}
      </div>
      {message && !message.ok && (
        <p role="alert" className="text-sm text-red-700">
          <MessageText message={message.text} />
        </p>
      )}
      {renaming && <RenameEntryForm id={id} version={version} label={name} onDone={() => setRenaming(false)} />}
      {confirming && (
        <ConfirmDialog
          open
          title={t('common.deleteTitle', { name })}
          confirmLabel={t('common.confirmDelete')}
          busy={pending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => run(() => deleteChoiceEntryAction({ id, version }), undefined, () => setConfirming(false))}
        >
          <p>{t('choiceLists.deleteUnused')}</p>
          {message && !message.ok && (
            <p role="alert" className="mt-2 text-red-700">
              <MessageText message={message.text} />
            </p>
          )}
        </ConfirmDialog>
      )}
    </div>
  );
}

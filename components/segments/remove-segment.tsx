'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { deleteSegmentAction, mergeSegmentAction } from '@/app/(app)/segments/actions';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert, inputClass } from '@/components/ui/field';
import { MessageText } from '@/components/ui/message-text';
import { useRowAction } from '@/components/ui/use-row-action';

// Segments a used one can be merged into: same level, grouped by main segment for subsegments.
export type MergeGroup = { label: string | null; options: { id: number; name: string; active: boolean }[] };

type Props = { id: number; version: number; name: string; isMain: boolean; subs: number; organisations: number; personsInOrganisation: number; targets: MergeGroup[] };

// [Delete] for an unused segment; for a used one [Merge…], which moves its records to another segment first.
export function RemoveSegment({ id, version, name, isMain, subs, organisations, personsInOrganisation, targets }: Props) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const [targetId, setTargetId] = useState('');
  const { run, pending, message, setMessage } = useRowAction();
  const used = organisations + personsInOrganisation > 0;
  const close = () => {
    setOpen(false);
    setMessage(null);
  };
  const confirm = () =>
    run<unknown>(() => (used ? mergeSegmentAction({ id, version, targetId }) : deleteSegmentAction({ id, version })), undefined, () => setOpen(false));
  const usage = t('segments.usage', { organisations, persons: personsInOrganisation });
  return (
    <>
      <Button type="button" variant="secondary" aria-label={t(used ? 'segments.mergeNamed' : 'common.deleteNamed', { name })} onClick={() => setOpen(true)}>
        {used ? t('segments.merge') : t('common.delete')}
      </Button>
      {open && (
        <ConfirmDialog
          open
          title={used ? t('segments.mergeTitle', { name }) : t('common.deleteTitle', { name })}
          confirmLabel={used ? t('segments.mergeConfirm') : t('common.confirmDelete')}
          tone={used ? 'primary' : 'danger'}
          busy={pending}
          onCancel={close}
          onConfirm={confirm}
        >
          {used ? (
            <div className="space-y-3">
              <p>{t('segments.mergeExplain', { name, usage })}</p>
              {isMain && subs > 0 && <p>{t('segments.mergeSubsMove')}</p>}
              <label htmlFor={`merge-${id}`} className="block text-sm font-medium text-slate-700">
                {t('segments.mergeTarget')}
              </label>
              <select id={`merge-${id}`} className={inputClass} value={targetId} onChange={(e) => setTargetId(e.target.value)}>
                <option value="">{t('common.none')}</option>
                {targets.map((group) => {
                  const options = group.options.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                      {o.active ? '' : ` (${t('common.inactive')})`}
                    </option>
                  ));
                  return group.label ? <optgroup key={group.label} label={group.label}>{options}</optgroup> : options;
                })}
              </select>
            </div>
          ) : (
            <p>{isMain && subs > 0 ? t('segments.deleteWithSubs', { count: subs }) : t('segments.deleteUnused')}</p>
          )}
          {message && !message.ok && (
            <div className="mt-3">
              <FormAlert>
                <MessageText message={message.text} />
              </FormAlert>
            </div>
          )}
        </ConfirmDialog>
      )}
    </>
  );
}

'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { copyViewAction, deleteViewAction, renameViewAction, setDefaultViewAction, shareViewAction, updateViewAction } from '@/app/(app)/saved-views/actions';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { inputClass } from '@/components/ui/field';
import { MessageText } from '@/components/ui/message-text';
import type { ActionResult } from '@/lib/mutation/result';
import type { SavedViewItem } from '@/lib/saved-views/queries';

// Runs an action of the panel and says how it went (a message key), refreshing the list on success.
export type RunAction = (action: () => Promise<ActionResult<unknown>>, done: string, after?: (data: unknown) => void) => Promise<ActionResult<unknown>>;

const small = 'min-h-9 px-2 py-1 text-xs sm:text-sm';

// One saved search of the panel: its link (run it), whose it is, and what the user may do with it: their own ones
// rename, save changes, default, share and delete; others' shared ones copy (and, for CRM Super, manage).
export function SavedViewEntry({ view, path, active, changed, canManageShared, run, busy }: {
  view: SavedViewItem; path: string; active: boolean; changed: string | null; canManageShared: boolean; run: RunAction; busy: boolean;
}) {
  const t = useTranslations();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(view.name);
  const [nameError, setNameError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const manage = view.mine || (view.shared && canManageShared);
  const at = { id: view.id, version: view.version };

  async function rename() {
    const result = await run(() => renameViewAction({ ...at, name }), 'savedViews.renamed');
    if (result.ok) setRenaming(false);
    else setNameError(result.fieldErrors?.name?.[0] ?? null);
  }
  async function copy() {
    await run(() => copyViewAction({ id: view.id, name: t('savedViews.copyName', { name: view.name }) }), 'savedViews.copied');
  }

  return (
    <li className={`rounded-md border p-2 ${active ? 'border-brand-600 bg-brand-50' : 'border-slate-200'}`}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Link href={`${path}?s=${view.id}`} aria-current={active ? 'page' : undefined} className="font-medium text-brand-700 hover:underline">
          {view.name}
        </Link>
        {view.isDefault && <span className="rounded bg-slate-200 px-1.5 text-xs">{t('savedViews.default')}</span>}
        {view.shared && <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">{view.mine ? t('savedViews.sharedByMe') : t('savedViews.sharedBy', { owner: view.owner })}</span>}
      </div>
      {renaming ? (
        <form className="mt-2 flex flex-wrap items-start gap-2" onSubmit={(e) => { e.preventDefault(); void rename(); }}>
          <label htmlFor={`view-${view.id}-name`} className="sr-only">{t('savedViews.newName')}</label>
          <input id={`view-${view.id}-name`} className={`${inputClass.replace('w-full', 'w-auto')} min-w-0 flex-1`} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!nameError || undefined} aria-describedby={nameError ? `view-${view.id}-name-error` : undefined} autoFocus />
          <Button type="submit" className={small} disabled={busy}>{t('savedViews.rename')}</Button>
          <Button type="button" variant="secondary" className={small} onClick={() => setRenaming(false)}>{t('common.cancel')}</Button>
          {nameError && <p id={`view-${view.id}-name-error`} role="alert" className="w-full text-sm text-red-700"><MessageText message={nameError} /></p>}
        </form>
      ) : (
        <div className="mt-1 flex flex-wrap gap-1">
          {manage && changed !== null && (
            <Button type="button" className={small} disabled={busy} onClick={() => run(() => updateViewAction({ ...at, query: changed }), 'savedViews.updated')}>{t('savedViews.saveChanges')}</Button>
          )}
          {manage && <Button type="button" variant="ghost" className={small} disabled={busy} onClick={() => setRenaming(true)} aria-label={t('savedViews.renameNamed', { name: view.name })}>{t('savedViews.rename')}</Button>}
          {view.mine && (
            <Button type="button" variant="ghost" className={small} disabled={busy} onClick={() => run(() => setDefaultViewAction({ ...at, isDefault: !view.isDefault }), view.isDefault ? 'savedViews.defaultRemoved' : 'savedViews.defaultSet')}>
              {view.isDefault ? t('savedViews.removeDefault') : t('savedViews.makeDefault')}
            </Button>
          )}
          {(view.mine || (view.shared && canManageShared)) && (
            <Button type="button" variant="ghost" className={small} disabled={busy || (!view.mine && !view.shared)} onClick={() => run(() => shareViewAction({ ...at, shared: !view.shared }), view.shared ? 'savedViews.unshared' : 'savedViews.shared')}>
              {view.shared ? t('savedViews.unshare') : t('savedViews.share')}
            </Button>
          )}
          {!view.mine && <Button type="button" variant="ghost" className={small} disabled={busy} onClick={copy} aria-label={t('savedViews.copyNamed', { name: view.name })}>{t('savedViews.copy')}</Button>}
          {manage && <Button type="button" variant="ghost" className={`${small} text-red-700`} disabled={busy} onClick={() => setConfirming(true)} aria-label={t('savedViews.deleteNamed', { name: view.name })}>{t('savedViews.delete')}</Button>}
        </div>
      )}
      <ConfirmDialog open={confirming} title={t('savedViews.deleteTitle', { name: view.name })} confirmLabel={t('savedViews.delete')} busy={busy}
        onCancel={() => setConfirming(false)} onConfirm={() => run(() => deleteViewAction(at), 'savedViews.deleted').then(() => setConfirming(false))}>
        {view.shared ? t('savedViews.deleteShared') : t('savedViews.deleteText')}
      </ConfirmDialog>
    </li>
  );
}

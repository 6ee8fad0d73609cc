'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { saveViewAction } from '@/app/(app)/saved-views/actions';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { MessageText } from '@/components/ui/message-text';
import type { ListKind } from '@/lib/lists';
import type { SavedViewItem } from '@/lib/saved-views/queries';
import { SavedViewEntry, type RunAction } from './saved-view-item';

type Props = {
  list: ListKind;
  path: string;
  views: SavedViewItem[];
  activeId: number | null;
  // The list's state now, as a search is saved (compared with the active one for "save changes").
  currentQuery: string;
  canManageShared: boolean;
  // Already translated: what of the active search no longer exists, or that the one asked for is not there.
  notices: string[];
};

// The saved searches of a list: run one with a click, save the current search (search, criteria, query, sort,
// columns) under a name, and manage them; shown as a panel beside the criteria (collapsible on a phone).
export function SavedViewsPanel({ list, path, views, activeId, currentQuery, canManageShared, notices }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [name, setName] = useState('');
  const [share, setShare] = useState(false);
  const [nameError, setNameError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, startTransition] = useTransition();
  const active = views.find((v) => v.id === activeId) ?? null;

  const run: RunAction = (action, done, after) =>
    new Promise((resolve) =>
      startTransition(async () => {
        const result = await action();
        setMessage(result.ok ? done : (result.formError ?? Object.values(result.fieldErrors ?? {})[0]?.[0] ?? 'errors.unexpected'));
        if (result.ok) {
          after?.(result.data);
          router.refresh();
        }
        resolve(result);
      }),
    );

  async function save() {
    setNameError(null);
    const result = await run(() => saveViewAction({ list, name, query: currentQuery, shared: share }), 'savedViews.saved', (data) => {
      const next = new URLSearchParams(params.toString());
      next.set('s', String((data as { id: number }).id));
      router.push(`${pathname}?${next}`);
      setName('');
    });
    if (!result.ok) setNameError(result.fieldErrors?.name?.[0] ?? null);
  }

  return (
    <details open={views.length > 0 || notices.length > 0 ? true : undefined} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <summary className="cursor-pointer select-none px-4 py-3 text-sm font-medium">
        {t('savedViews.title')}
        {views.length > 0 && <span className="ml-2 rounded-full bg-slate-200 px-2 py-0.5 text-xs">{views.length}</span>}
      </summary>
      <div className="space-y-3 border-t border-slate-200 p-3 sm:p-4">
        {notices.map((n) => (
          <p key={n} role="alert" className="rounded-md bg-amber-50 p-2 text-sm text-amber-900">
            {n}
          </p>
        ))}
        {views.length === 0 ? (
          <p className="text-sm text-slate-600">{t('savedViews.none')}</p>
        ) : (
          <ul className="grid gap-2 md:grid-cols-2 xl:grid-cols-3" aria-label={t('savedViews.title')}>
            {views.map((v) => (
              <SavedViewEntry key={`${v.id}-${v.version}`} view={v} path={path} active={v.id === activeId} changed={v.id === activeId && active && active.query !== currentQuery ? currentQuery : null} canManageShared={canManageShared} run={run} busy={busy} />
            ))}
          </ul>
        )}
        <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <div className="min-w-0 flex-1 basis-56">
            <label htmlFor="saved-view-name" className="block text-sm text-slate-700">{t('savedViews.saveAs')}</label>
            <input id="saved-view-name" className={inputClass} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!nameError || undefined} aria-describedby={nameError ? 'saved-view-name-error' : undefined} />
          </div>
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} />
            {t('savedViews.shareWithAll')}
          </label>
          <Button type="submit" disabled={busy}>{t('savedViews.save')}</Button>
          {nameError && <p id="saved-view-name-error" role="alert" className="w-full text-sm text-red-700"><MessageText message={nameError} /></p>}
        </form>
        {message && <p role="status" className="text-sm"><MessageText message={message} /></p>}
      </div>
    </details>
  );
}

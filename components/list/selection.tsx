'use client';

import { useLocale, useTranslations } from 'next-intl';
import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Locale } from '@/db/schema';
import { formatNumber } from '@/lib/i18n/format';
import { selectionCap, type Selection as SelectionContract } from '@/lib/list/selection';

// The result a selection belongs to: which list, its search and criteria (the part of the URL that decides which
// rows match), whether its search took in near misses, and its (capped) count.
export type SelectionScope = { list: string; path: string; matching: string; nearMisses: boolean; count: number; capped: boolean };

type Selection = {
  pageIds: number[];
  selected: Set<number>;
  allMatching: boolean;
  exactCount: number | null;
  full: boolean;
  scope: SelectionScope;
  toggle: (id: number) => void;
  togglePage: () => void;
  selectAllMatching: () => void;
  clear: () => void;
};

const SelectionContext = createContext<Selection | null>(null);

function useSelection(): Selection {
  const ctx = useContext(SelectionContext);
  if (!ctx) throw new Error('selection outside its provider');
  return ctx;
}

// What is selected in the list around it, in the form a bulk action takes (see selectionSchema), or null.
export function useSelectionContract(): SelectionContract | null {
  const { selected, allMatching, exactCount, scope } = useSelection();
  if (allMatching) return { matching: scope.matching, nearMisses: scope.nearMisses, expectedCount: exactCount ?? scope.count };
  return selected.size ? { ids: [...selected] } : null;
}

type Stored = { ids: number[]; all: boolean };
const storageKey = (scope: SelectionScope) => `relatio:selection:${scope.path}?${scope.matching}`;
const nothing: Stored = { ids: [], all: false };

// The selections of the browser tab (sessionStorage) as an external store, so that every list reads the one of its
// result on its first render in the browser and the server renders nothing selected.
const listeners = new Set<() => void>();
const snapshots = new Map<string, { raw: string | null; value: Stored }>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function readStored(key: string): Stored {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(key);
  } catch {
    // storage unavailable: nothing kept
  }
  const cached = snapshots.get(key);
  if (cached && cached.raw === raw) return cached.value;
  let value = nothing;
  try {
    const parsed = raw ? (JSON.parse(raw) as Stored) : null;
    if (parsed && Array.isArray(parsed.ids)) value = { ids: parsed.ids.filter(Number.isInteger).slice(0, selectionCap), all: parsed.all === true };
  } catch {
    // unreadable: nothing kept
  }
  snapshots.set(key, { raw, value });
  return value;
}

function writeStored(key: string, value: Stored) {
  try {
    if (value.ids.length || value.all) sessionStorage.setItem(key, JSON.stringify(value));
    else sessionStorage.removeItem(key);
  } catch {
    // storage unavailable: the selection then lasts for this page only
    snapshots.set(key, { raw: JSON.stringify(value), value });
  }
  listeners.forEach((listener) => listener());
}

// Holds which rows of a list are selected: some rows, the whole page, or all rows matching the criteria. The
// selection survives paging and sorting within the same result (kept for the browser tab), and ends when the
// search or criteria change.
export function SelectionProvider({ pageIds, scope, children }: { pageIds: number[]; scope: SelectionScope; children: ReactNode }) {
  const key = storageKey(scope);
  const stored = useSyncExternalStore(subscribe, () => readStored(key), () => nothing);
  const selected = useMemo(() => new Set(stored.ids), [stored]);
  const allMatching = stored.all;
  const [counted, setCounted] = useState<{ key: string; count: number } | null>(null);
  const exactCount = allMatching && scope.capped && counted?.key === key ? counted.count : null;

  useEffect(() => {
    if (!allMatching || !scope.capped) return;
    const controller = new AbortController();
    const query = new URLSearchParams({ matching: scope.matching, nearMisses: scope.nearMisses ? '1' : '0' });
    fetch(`/api/lists/${scope.list}/count?${query}`, { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : null))
      .then((body: { count?: number } | null) => {
        if (typeof body?.count === 'number') setCounted({ key, count: body.count });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [allMatching, key, scope.capped, scope.list, scope.matching, scope.nearMisses]);

  const value = useMemo<Selection>(
    () => ({
      pageIds,
      selected,
      allMatching,
      exactCount,
      full: selected.size >= selectionCap,
      scope,
      toggle: (id) => {
        const next = new Set(selected);
        if (next.has(id)) next.delete(id);
        else if (next.size < selectionCap) next.add(id);
        writeStored(key, { ids: [...next], all: false });
      },
      togglePage: () => {
        const next = new Set(selected);
        if (pageIds.every((id) => selected.has(id))) pageIds.forEach((id) => next.delete(id));
        else for (const id of pageIds) if (next.size < selectionCap) next.add(id);
        writeStored(key, { ids: [...next], all: false });
      },
      selectAllMatching: () => writeStored(key, { ids: [...selected], all: true }),
      clear: () => writeStored(key, nothing),
    }),
    [pageIds, selected, allMatching, exactCount, scope, key],
  );
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

// The checkbox of one row.
export function RowCheckbox({ id, label }: { id: number; label: string }) {
  const { selected, allMatching, toggle } = useSelection();
  return <input type="checkbox" className="h-5 w-5" aria-label={label} checked={allMatching || selected.has(id)} onChange={() => toggle(id)} />;
}

// Selects or clears every row on this page: the table header's checkbox, or with `labelled` a checkbox with
// its label in view, for phones where the list has no header.
export function PageCheckbox({ labelled = false }: { labelled?: boolean }) {
  const t = useTranslations();
  const { pageIds, selected, allMatching, togglePage } = useSelection();
  const all = allMatching || (pageIds.length > 0 && pageIds.every((id) => selected.has(id)));
  if (!labelled) return <input type="checkbox" className="h-5 w-5" aria-label={t('list.selectPage')} checked={all} onChange={togglePage} />;
  return (
    <label className="flex min-h-10 items-center gap-2 text-sm md:hidden">
      <input type="checkbox" className="h-5 w-5" checked={all} onChange={togglePage} />
      {t('list.selectPage')}
    </label>
  );
}

// What is selected, with the offer to extend a full page to all matching rows; when the list's count was capped,
// the exact number of matching rows once counted.
export function SelectionBar({ countLabel }: { countLabel: string }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const formatCount = (n: number) => formatNumber(n, locale);
  const { pageIds, selected, allMatching, exactCount, full, scope, selectAllMatching, clear } = useSelection();
  if (!allMatching && selected.size === 0) return null;
  const wholePage = pageIds.length > 0 && pageIds.every((id) => selected.has(id));
  const allLabel = exactCount !== null ? formatCount(exactCount) : countLabel;
  return (
    <div role="status" className="flex flex-col gap-2 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm sm:flex-row sm:items-center sm:justify-between">
      <span>
        {allMatching ? t('list.selectedAll', { count: allLabel }) : t('list.selected', { count: selected.size })}
        {full && !allMatching && <span className="ml-2">{t('list.selectionFull', { max: formatCount(selectionCap) })}</span>}
      </span>
      <span className="flex flex-wrap gap-3">
        {(wholePage || full) && !allMatching && scope.count > pageIds.length && (
          <button type="button" className="font-medium text-brand-700 underline" onClick={selectAllMatching}>
            {t('list.selectAllMatching', { count: countLabel })}
          </button>
        )}
        <button type="button" className="text-slate-700 underline" onClick={clear}>
          {t('list.clearSelection')}
        </button>
      </span>
    </div>
  );
}

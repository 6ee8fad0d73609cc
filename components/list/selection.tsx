'use client';

import { useTranslations } from 'next-intl';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

type Selection = {
  pageIds: number[];
  selected: Set<number>;
  allMatching: boolean;
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

// Holds which rows of a list are selected: some rows, the whole page, or all rows matching the criteria.
export function SelectionProvider({ pageIds, children }: { pageIds: number[]; children: ReactNode }) {
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const value = useMemo<Selection>(
    () => ({
      pageIds,
      selected,
      allMatching,
      toggle: (id) => {
        setAllMatching(false);
        setSelected((s) => {
          const next = new Set(s);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          return next;
        });
      },
      togglePage: () => {
        setAllMatching(false);
        setSelected((s) => (pageIds.every((id) => s.has(id)) ? new Set() : new Set(pageIds)));
      },
      selectAllMatching: () => setAllMatching(true),
      clear: () => {
        setAllMatching(false);
        setSelected(new Set());
      },
    }),
    [pageIds, selected, allMatching],
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

// What is selected, with the offer to extend a full page to all matching rows.
export function SelectionBar({ count, countLabel }: { count: number; countLabel: string }) {
  const t = useTranslations();
  const { pageIds, selected, allMatching, selectAllMatching, clear } = useSelection();
  if (!allMatching && selected.size === 0) return null;
  const wholePage = pageIds.length > 0 && pageIds.every((id) => selected.has(id));
  return (
    <div role="status" className="flex flex-col gap-2 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm sm:flex-row sm:items-center sm:justify-between">
      <span>{allMatching ? t('list.selectedAll', { count: countLabel }) : t('list.selected', { count: selected.size })}</span>
      <span className="flex flex-wrap gap-3">
        {wholePage && !allMatching && count > pageIds.length && (
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

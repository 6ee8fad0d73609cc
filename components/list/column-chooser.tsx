'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { saveDefaultColumnsAction } from '@/app/(app)/saved-views/actions';
import { Button } from '@/components/ui/button';
import { MessageText } from '@/components/ui/message-text';

type ListKind = 'organisations' | 'persons' | 'persons_in_organisation';

// Chooses which columns a list shows and in which order; the choice goes into the URL and can be kept as default.
export function ColumnChooser({ list, all, shown, labels }: { list: ListKind; all: string[]; shown: string[]; labels: Record<string, string> }) {
  const t = useTranslations();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [open, setOpen] = useState(false);
  const [order, setOrder] = useState<string[]>([...shown, ...all.filter((c) => !shown.includes(c))]);
  const [checked, setChecked] = useState<Set<string>>(new Set(shown));
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const chosen = order.filter((c) => checked.has(c));

  function move(index: number, by: number) {
    const next = [...order];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item);
    setOrder(next);
  }

  function apply() {
    const next = new URLSearchParams(params.toString());
    next.set('cols', chosen.join(','));
    router.push(`${pathname}?${next}`);
    setOpen(false);
  }

  function keepAsDefault() {
    startTransition(async () => {
      const result = await saveDefaultColumnsAction({ list, cols: chosen, name: t('savedViews.defaultName') });
      setMessage(result.ok ? 'list.columnsSaved' : (result.fieldErrors?.cols?.[0] ?? result.formError ?? 'errors.unexpected'));
    });
  }

  return (
    <div className="relative">
      <Button type="button" variant="secondary" aria-expanded={open} aria-controls="column-chooser" onClick={() => setOpen((v) => !v)}>
        {t('list.columns')}
      </Button>
      {open && (
        <div id="column-chooser" className="absolute right-0 z-20 mt-2 w-72 rounded-md border border-slate-200 bg-white p-3 shadow-lg">
          <ul className="max-h-80 space-y-1 overflow-auto">
            {order.map((col, i) => (
              <li key={col} className="flex items-center justify-between gap-2">
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={checked.has(col)}
                    onChange={() => setChecked((s) => {
                      const next = new Set(s);
                      if (next.has(col)) next.delete(col);
                      else next.add(col);
                      return next;
                    })}
                  />
                  {labels[col]}
                </label>
                <span className="flex gap-1">
                  <button type="button" className="rounded px-2 text-sm hover:bg-slate-100 disabled:opacity-30" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('list.moveUp', { column: labels[col] })}>
                    ↑
                  </button>
                  <button type="button" className="rounded px-2 text-sm hover:bg-slate-100 disabled:opacity-30" disabled={i === order.length - 1} onClick={() => move(i, 1)} aria-label={t('list.moveDown', { column: labels[col] })}>
                    ↓
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {message && (
            <p role="status" className="mt-2 text-sm">
              <MessageText message={message} />
            </p>
          )}
          <div className="mt-3 flex flex-wrap gap-2">
            <Button type="button" onClick={apply} disabled={chosen.length === 0}>
              {t('list.applyColumns')}
            </Button>
            <Button type="button" variant="secondary" onClick={keepAsDefault} disabled={pending || chosen.length === 0}>
              {t('list.keepAsDefault')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}

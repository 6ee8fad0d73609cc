'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Toaster, toast } from 'sonner';
import type { Locale } from '@/db/schema/users';
import { freshReminders, nextPollDelay, reminderKey, type DueReminder } from '@/lib/activities/reminders';
import { formatDateTime } from '@/lib/i18n/format';
import { dueCountEvent } from './due-badge';

const storageKey = 'relatio.reminders.shown';
const readShown = (): Set<string> => {
  try {
    return new Set(JSON.parse(localStorage.getItem(storageKey) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
};

// In-app reminders: while Relatio is open it polls for my timed activities, pops up a notification when one comes
// due, keeps the navigation badge current, and lists the recent ones behind a button in the header.
export function Reminders() {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const [recent, setRecent] = useState<DueReminder[]>([]);
  const [open, setOpen] = useState(false);
  // Reminders are shown for what came due from 5 minutes before the page opened on.
  const since = useRef<number | null>(null);
  useEffect(() => {
    since.current ??= Date.now() - 5 * 60_000;
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;
    const poll = async () => {
      let delay = 60_000;
      try {
        const res = await fetch('/api/activities/reminders', { cache: 'no-store' });
        if (res.ok) {
          const body = (await res.json()) as { now: string; next: string | null; badge: number; due: DueReminder[] };
          const shown = readShown();
          for (const r of freshReminders(body.due, since.current ?? 0, shown)) {
            toast(t('reminders.due', { subject: r.subject }), { description: `${r.record} · ${formatDateTime(r.dueAt, locale)}`, duration: 15_000, action: { label: t('reminders.open'), onClick: () => window.location.assign(r.href) } });
            shown.add(reminderKey(r));
          }
          localStorage.setItem(storageKey, JSON.stringify([...shown].slice(-200)));
          since.current = new Date(body.now).getTime();
          setRecent(body.due);
          window.dispatchEvent(new CustomEvent(dueCountEvent, { detail: body.badge }));
          delay = nextPollDelay(Date.now(), body.next);
        }
      } catch {
        // offline or restarting: try again later
      }
      if (!stopped) timer = setTimeout(poll, delay);
    };
    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [t, locale]);
  return (
    <div className="relative">
      <Toaster position="top-right" offset={{ top: 64 }} mobileOffset={{ top: 64 }} closeButton />
      <button type="button" aria-expanded={open} aria-controls="reminder-list" aria-label={t('reminders.button', { count: recent.length })} onClick={() => setOpen((v) => !v)} className="flex items-center gap-1 whitespace-nowrap rounded-md px-2 py-2 text-sm font-medium text-white hover:bg-brand-700">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.7 21a2 2 0 0 1-3.4 0" />
        </svg>
        {recent.length > 0 && <span className="rounded-full bg-amber-400 px-1.5 text-xs font-semibold text-slate-900">{recent.length}</span>}
      </button>
      {open && (
        <div id="reminder-list" className="fixed inset-x-2 top-14 z-30 rounded-md border sm:absolute sm:inset-x-auto sm:right-0 sm:top-auto sm:mt-2 sm:w-72 border-slate-200 bg-white p-3 text-slate-800 shadow-lg">
          <h2 className="mb-2 text-sm font-semibold">{t('reminders.title')}</h2>
          {recent.length === 0 ? (
            <p className="text-sm text-slate-500">{t('reminders.none')}</p>
          ) : (
            <ul className="space-y-2">
              {recent.map((r) => (
                <li key={reminderKey(r)} className="text-sm">
                  <Link href={r.href} onClick={() => setOpen(false)} className="font-medium text-brand-700 underline">{r.subject}</Link>
                  <span className="block text-xs text-slate-500">{r.record} · {formatDateTime(r.dueAt, locale)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

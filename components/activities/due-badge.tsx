'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

// The event the reminders poller sends with the latest badge number.
export const dueCountEvent = 'relatio:due-count';

// The red number next to "My work": my overdue plus due-today activities; kept current by the reminders poller.
export function DueBadge({ initial }: { initial: number }) {
  const t = useTranslations();
  // The poller's latest number, as long as the page's own number is the one it was sent for.
  const [pushed, setPushed] = useState<{ initial: number; count: number } | null>(null);
  const count = pushed && pushed.initial === initial ? pushed.count : initial;
  useEffect(() => {
    const update = (e: Event) => setPushed({ initial, count: (e as CustomEvent<number>).detail });
    window.addEventListener(dueCountEvent, update);
    return () => window.removeEventListener(dueCountEvent, update);
  }, [initial]);
  if (count <= 0) return null;
  return (
    <span data-testid="due-badge" className="ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{t('activities.badgeLabel', { count })}</span>
    </span>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { renewCalendarFeedAction, revokeCalendarFeedAction } from '@/app/(app)/calendar/actions';
import { Button } from '@/components/ui/button';
import { FormAlert, inputClass } from '@/components/ui/field';
import { MessageText } from '@/components/ui/message-text';
import { Panel } from '@/components/ui/page-header';
import type { Locale } from '@/db/schema/users';
import { formatDateTime } from '@/lib/i18n/format';

// My calendar: a personal iCalendar address of my open activities for Outlook or Google Calendar. The secret address
// is shown once when it is made or renewed (renewing stops the old one); the feed can be stopped.
export function CalendarFeedPanel({ active, createdAt, version }: { active: boolean; createdAt: string | null; version: number | null }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [address, setAddress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (call: () => Promise<{ ok: true; data: { version: number; token?: string } } | { ok: false; formError?: string }>) =>
    startTransition(async () => {
      const result = await call();
      setError(result.ok ? null : (result.formError ?? 'errors.unexpected'));
      if (result.ok) {
        setAddress(result.data.token ? `${window.location.origin}/api/calendar/${result.data.token}.ics` : null);
        router.refresh();
      }
    });
  return (
    <Panel title={t('calendar.title')}>
      <p className="text-sm text-slate-600">{t('calendar.explain')}</p>
      <p className="mt-2 text-sm" data-testid="feed-state">
        {active && createdAt ? t('calendar.activeSince', { at: formatDateTime(createdAt, locale) }) : t('calendar.inactive')}
      </p>
      {address && (
        <div className="mt-3 space-y-1">
          <label htmlFor="feed-address" className="block text-sm font-medium text-slate-700">{t('calendar.address')}</label>
          <input id="feed-address" readOnly value={address} onFocus={(e) => e.currentTarget.select()} className={`${inputClass} font-mono`} />
          <p className="text-xs text-slate-500">{t('calendar.shownOnce')}</p>
        </div>
      )}
      {error && (
        <div className="mt-3">
          <FormAlert>
            <MessageText message={error} />
          </FormAlert>
        </div>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant={active ? 'secondary' : 'primary'} disabled={pending} onClick={() => run(() => renewCalendarFeedAction({ version }))}>
          {active ? t('calendar.renew') : t('calendar.create')}
        </Button>
        {active && version && (
          <Button variant="ghost" disabled={pending} onClick={() => run(() => revokeCalendarFeedAction({ version }))}>
            {t('calendar.revoke')}
          </Button>
        )}
      </div>
    </Panel>
  );
}

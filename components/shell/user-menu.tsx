'use client';

import { signOut } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { changeOwnLocaleAction } from '@/app/(app)/account/actions';
import type { Locale } from '@/db/schema/users';
import { locales } from '@/lib/i18n/config';

// The signed-in user's menu: name and role, interface language, sign out.
export function UserMenu({ name, role }: { name: string; role: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();

  function changeLocale(next: string) {
    startTransition(async () => {
      const result = await changeOwnLocaleAction({ locale: next as Locale });
      if (result.ok) router.refresh();
    });
  }

  // Signs out and opens the sign-in page on the host the user is on (next-auth would send them to NEXTAUTH_URL's).
  async function leave() {
    await signOut({ redirect: false });
    router.replace('/login');
    router.refresh();
  }

  return (
    <div className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="user-menu"
        onClick={() => setOpen((v) => !v)}
        className="whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        <span className="sr-only">{t('userMenu.open')} </span>
        {name}
      </button>
      {open && (
        <div id="user-menu" className="absolute right-0 z-30 mt-2 w-64 space-y-3 rounded-md border border-slate-200 bg-white p-3 text-slate-800 shadow-lg">
          <p className="text-sm">
            {name}
            <br />
            <span className="text-xs text-slate-500">{t(`roles.${role}`)}</span>
          </p>
          <div>
            <label htmlFor="locale-select" className="block text-xs font-medium text-slate-600">
              {t('userMenu.language')}
            </label>
            <select
              id="locale-select"
              value={locale}
              disabled={pending}
              onChange={(e) => changeLocale(e.target.value)}
              className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            >
              {locales.map((l) => (
                <option key={l} value={l}>
                  {t(`languages.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            onClick={leave}
            className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100"
          >
            {t('userMenu.signOut')}
          </button>
        </div>
      )}
    </div>
  );
}

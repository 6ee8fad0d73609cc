'use client';

import { useTranslations } from 'next-intl';

// Shown instead of a crash when a page fails; the user can try again.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations();
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('errorPage.title')}</h1>
      <p className="mt-2 text-slate-600">{t('errorPage.text')}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-white">
        {t('errorPage.retry')}
      </button>
    </main>
  );
}

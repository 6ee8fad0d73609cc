'use client';

import { useTranslations } from 'next-intl';
import { refusedRequestMessage } from '@/lib/security/action-guard';

// Shown instead of a crash when a page fails; the user can try again, and has a reference the server log holds.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  const refused = refusedRequestMessage(error);
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('errorPage.title')}</h1>
      <p className="mt-2 text-slate-600">{refused ? t(refused) : t('errorPage.text')}</p>
      {error.digest && <p className="mt-2 text-xs text-slate-500">{t('errorPage.reference', { ref: error.digest })}</p>}
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-white">
        {t('errorPage.retry')}
      </button>
    </main>
  );
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

// Shown for an unknown address or a record the user may not see.
export default async function NotFound() {
  const t = await getTranslations();
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('notFound.title')}</h1>
      <p className="mt-2 text-slate-600">{t('notFound.text')}</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        {t('notFound.back')}
      </Link>
    </main>
  );
}

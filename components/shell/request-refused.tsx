'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { refusedRequestMessage } from '@/lib/security/action-guard';

// Shows why the server refused a request a form sent (the form's own call then fails without a result of its own).
export function RequestRefusedNotice() {
  const t = useTranslations();
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      const refused = refusedRequestMessage(event.reason);
      if (!refused) return;
      event.preventDefault();
      setKey(refused);
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, []);
  if (!key) return null;
  return (
    <div role="alert" className="fixed inset-x-0 top-2 z-50 mx-auto flex w-fit max-w-[95vw] items-start gap-3 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 shadow-lg">
      <p>{t(key)}</p>
      <button type="button" onClick={() => setKey(null)} className="font-medium underline">
        {t('requestRefused.close')}
      </button>
    </div>
  );
}

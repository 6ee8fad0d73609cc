'use client';

import { useTranslations } from 'next-intl';
import { parseErrorMessage } from '@/lib/validation/message';

// Shows a catalogue message given as a key (optionally with values), as mutations and schemas return them.
export function MessageText({ message }: { message: string }) {
  const t = useTranslations();
  const { key, values } = parseErrorMessage(message);
  return <>{t.has(key) ? t(key, values) : t('errors.unexpected')}</>;
}

import { createTranslator } from 'next-intl';
import type { Locale } from '@/db/schema';
import { loadMessages } from '@/lib/i18n/messages';
import type { FeedTexts } from './feed';

// The calendar's texts in a user's language (Dutch when they chose none).
export function feedTexts(locale: Locale | null): FeedTexts {
  const t = createTranslator({ locale: locale ?? 'nl', messages: loadMessages(locale ?? 'nl') });
  return { name: t('calendar.name'), kind: (kind) => t(`activities.kinds.${kind}`) };
}

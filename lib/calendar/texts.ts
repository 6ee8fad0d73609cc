import type { Locale } from '@/db/schema';
import { loadMessages } from '@/lib/i18n/messages';
import type { FeedTexts } from './feed';

// The calendar's texts in a user's language (Dutch when they chose none); plain catalogue entries without placeholders.
export function feedTexts(locale: Locale | null): FeedTexts {
  const messages = loadMessages(locale ?? 'nl');
  return { name: messages.calendar.name, kind: (kind) => messages.activities.kinds[kind] };
}

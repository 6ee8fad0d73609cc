import type { Locale } from '@/db/schema';
import { loadMessages } from '@/lib/i18n/messages';
import type { FeedTexts } from './feed';

// A catalogue entry without placeholders by its key ('calendar.name'), in one language.
function entry(locale: Locale, key: string): string {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], loadMessages(locale));
  return typeof found === 'string' ? found : key;
}

// The calendar's texts in a user's language (Dutch when they chose none).
export function feedTexts(locale: Locale | null): FeedTexts {
  const l = locale ?? 'nl';
  return { name: entry(l, 'calendar.name'), kind: (kind) => entry(l, `activities.kinds.${kind}`) };
}

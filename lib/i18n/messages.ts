import type { Locale } from '@/db/schema';
import en from './messages/en.json';
import fr from './messages/fr.json';
import nl from './messages/nl.json';

const catalogues = { nl, en, fr };

// The message catalogue of one language.
export function loadMessages(locale: Locale) {
  return catalogues[locale];
}

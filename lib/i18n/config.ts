import type { Locale } from '@/db/schema';

// The interface languages, Dutch first (the default).
export const locales: Locale[] = ['nl', 'en', 'fr'];
export const defaultLocale: Locale = 'nl';

// The Intl locale used for dates and numbers per interface language (English in British style, French as in Belgium).
export const intlLocales: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB', fr: 'fr-BE' };

// Whether a value is one of the interface languages.
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as string[]).includes(value);
}

// The best interface language for an Accept-Language header, or the default.
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  const ranked = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.base && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.base).find(isLocale) ?? defaultLocale;
}

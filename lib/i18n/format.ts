import type { Locale } from '@/db/schema';
import { intlLocales } from './config';

const timeZone = 'Europe/Amsterdam';

// Intl formatters are costly to build and immutable, so each one is built once per language and kind.
function formatters<F>(make: (tag: string) => F): (locale: Locale) => F {
  const made = new Map<Locale, F>();
  return (locale) => {
    let f = made.get(locale);
    if (!f) made.set(locale, (f = make(intlLocales[locale])));
    return f;
  };
}

const dateFormat = formatters((tag) => new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone }));
const dateTimeFormat = formatters(
  (tag) => new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }),
);
const numberFormat = formatters((tag) => new Intl.NumberFormat(tag));
const moneyFormat = formatters((tag) => new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }));

// A date as the language writes it (nl 22-11-2026, en 22/11/2026, fr 22/11/2026).
export function formatDate(value: Date | string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value) : value;
  return dateFormat(locale).format(date);
}

// A date with time of day.
export function formatDateTime(value: Date | string | null | undefined, locale: Locale): string {
  if (!value) return '';
  return dateTimeFormat(locale).format(typeof value === 'string' ? new Date(value) : value);
}

// A whole number with the language's digit grouping (nl 1.284, en 1,284).
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}

// An amount of money in euros.
export function formatMoney(value: number, locale: Locale): string {
  return moneyFormat(locale).format(value);
}

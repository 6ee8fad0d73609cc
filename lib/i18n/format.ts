import type { Locale } from '@/db/schema';
import { intlLocales } from './config';

const timeZone = 'Europe/Amsterdam';

// A date as the language writes it (nl 22-11-2026, en 22/11/2026, fr 22/11/2026).
export function formatDate(value: Date | string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value) : value;
  return new Intl.DateTimeFormat(intlLocales[locale], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone }).format(date);
}

// A date with time of day.
export function formatDateTime(value: Date | string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlLocales[locale], {
    day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone,
  }).format(date);
}

// A whole number with the language's digit grouping (nl 1.284, en 1,284).
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocales[locale]).format(value);
}

// An amount of money in euros.
export function formatMoney(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocales[locale], { style: 'currency', currency: 'EUR' }).format(value);
}

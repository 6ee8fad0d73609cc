import type { Locale } from '@/db/schema';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import type { Lookups } from '@/lib/lookups';
import { lookupName, referenceName } from '@/lib/reference-names';
import { formatIban } from '@/lib/validation/business';
import { formatPhoneNational } from '@/lib/validation/phone';
import type { FieldDef } from './types';

// What showing a value needs: reference names, the language, and the words for yes, no and "inactive".
export type ShowContext = { lookups: Lookups; locale: Locale; words: { yes: string; no: string; inactive: string } };

// A stored value as people read it in a list cell or the grid, by the field's kind: names for ids (a deactivated
// segment or choice marked so), phone numbers in national form, dates in the user's format, yes / no.
export function showValue(def: FieldDef, value: unknown, ctx: ShowContext): string {
  if (value === null || value === undefined || value === '') return '';
  switch (def.kind) {
    case 'choice':
      return referenceName(ctx.lookups, 'choices', Number(value), ctx.words.inactive);
    case 'segment':
    case 'subsegment':
      return referenceName(ctx.lookups, 'segments', Number(value), ctx.words.inactive);
    case 'user':
      return ctx.lookups.users.get(Number(value)) ?? '';
    case 'phone':
      return formatPhoneNational(String(value));
    case 'iban':
      return formatIban(String(value));
    case 'date':
      return formatDate(value as string, ctx.locale);
    case 'timestamp':
      return formatDateTime(value as string | Date, ctx.locale);
    case 'boolean':
      return value ? ctx.words.yes : ctx.words.no;
    default:
      return String(value);
  }
}

// A stored value as history and conflicts show it, or null where they show it as stored: names for ids (as they
// are now, unmarked), phone numbers in national form, dates in the user's format; `known` names referenced records.
export function historyValue(def: FieldDef | undefined, value: unknown, locale: Locale, lookups: Lookups, known: Record<string, Map<number, string> | undefined> = {}): string | null {
  if (!def) return null;
  if (typeof value === 'number') {
    if (def.kind === 'choice') return lookupName(lookups, 'choices', value);
    if (def.kind === 'segment' || def.kind === 'subsegment') return lookupName(lookups, 'segments', value);
    if (def.kind === 'user') return lookupName(lookups, 'users', value);
    if (def.kind === 'reference') return known[def.name]?.get(value) ?? `#${value}`;
    return null;
  }
  if (typeof value !== 'string') return null;
  if (def.kind === 'phone') return formatPhoneNational(value);
  if (def.kind === 'date') return formatDate(value, locale);
  if (def.kind === 'timestamp') return formatDateTime(value, locale);
  return null;
}

// The text of one list cell: the field shown as column `param`, or what the list says for a computed column.
export function cellText<R extends Record<string, unknown>>(
  fields: readonly FieldDef[],
  param: string,
  row: R,
  ctx: ShowContext,
  computed: Record<string, (row: R) => string> = {},
): string {
  const def = fields.find((f) => f.list?.param === param);
  if (!def) return '';
  if (computed[param]) return computed[param](row);
  if (def.kind === 'computed') return String(row[def.name] ?? '');
  return showValue(def, row[def.name], ctx);
}

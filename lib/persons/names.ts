// Dutch personal names: display, sorted form and search variants. Pure functions, used on client and server.
import { fold } from '@/lib/list/fold';

export { fold };

type NameParts = { firstName?: string | null; namePrefix?: string | null; lastName: string; initials?: string | null };

// The name as it is written: "Jan van den Berg" (initials when there is no first name).
export function displayName(p: NameParts): string {
  return [p.firstName || p.initials, p.namePrefix, p.lastName].filter(Boolean).join(' ');
}

// The name as sorted lists show it: the tussenvoegsel does not count, so "Berg, Jan van den".
export function sortedName(p: NameParts): string {
  const rest = [p.firstName || p.initials, p.namePrefix].filter(Boolean).join(' ');
  return rest ? `${p.lastName}, ${rest}` : p.lastName;
}

// Words that make up tussenvoegsels, and their common abbreviations (vd = van de/der/den).
const prefixWords = new Set(['van', 'de', 'der', 'den', 'het', "'t", 't', 'te', 'ter', 'ten', 'in', 'op', 'aan', 'bij', 'la', 'le', 'du', 'di', 'da', 'dos', 'vd', 'v.d.', 'v.d', 'vd.', 'v/d', "v'd"]);


// The words of a person search that must all occur: tussenvoegsels and their abbreviations are left out
// ("vd berg", "van den berg" and "Berg" all search for "berg"), unless the search is nothing but those.
export function personSearchTerms(query: string): string[] {
  const words = fold(query).split(' ').filter(Boolean);
  const meaningful = words.filter((w) => !prefixWords.has(w));
  return meaningful.length ? meaningful : words;
}

import { optionalNormalised } from './normalised';

// Initials in the usual form (`jp`, `J P`, `j.p.`, `JP.` → `J.P.`; `Th.J.` stays), or null.
export function normaliseInitials(value: string): string | null {
  const v = value.trim();
  if (!v || !/^[\p{L}.\s-]+$/u.test(v)) return null;
  const out: string[] = [];
  for (const [, letters, dot] of v.matchAll(/(\p{L}+)(\.?)/gu)) {
    // A capital, one or two lower-case letters and a dot abbreviate a name (Th. for Theodorus): kept as typed.
    if (dot && /^\p{Lu}\p{Ll}{1,2}$/u.test(letters)) out.push(letters);
    else for (const ch of letters) out.push(ch.toUpperCase());
  }
  if (out.length === 0 || out.length > 10 || out.some((p) => !/^\p{Lu}\p{Ll}{0,2}$/u.test(p))) return null;
  return out.map((p) => `${p}.`).join('');
}

// Optional initials (see normaliseInitials); empty becomes null.
export const initials = () => optionalNormalised('validation.initials', normaliseInitials);

// The same as initials(), under the name the other optional fields have.
export const optionalInitials = initials;

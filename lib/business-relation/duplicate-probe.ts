import { z } from 'zod';
import { fold } from '@/lib/list/fold';
import { isCountryCode, normaliseKvk, normalisePostcode, parseDutchDate } from '@/lib/validation/fields';
import { queryText } from '@/lib/validation/query-text';

// Why a record looks like the one being added: the same e-mail address, the same name at the chosen organisation,
// the same name and date of birth, a similar organisation name, the same KvK number, the same postcode and house number.
export const duplicateReasons = ['email', 'nameAtOrganisation', 'nameAndBirthDate', 'organisationName', 'kvkNumber', 'address'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

// What the duplicate check looks for, normalised the way the records are stored: e-mail addresses in lower case,
// names folded, KvK as 8 digits, a postcode in its country's form. Empty means "do not look for this".
export type DuplicateProbe = {
  emails: string[];
  personId: number | null;
  firstName: string | null;
  lastName: string | null;
  dateOfBirth: string | null;
  organisationId: number | null;
  organisationName: string | null;
  kvkNumber: string | null;
  postcode: string | null;
  houseNumber: string | null;
};

const text = z.string().catch('').transform((v) => queryText(v, 200).trim());
const id = z.coerce.number().int().positive().max(2_147_483_647).nullable().catch(null);
const isEmail = (v: string) => z.email().safeParse(v).success;

// The query parameters of the check, leniently: what cannot be understood is left out, never refused.
const probeSchema = z
  .object({
    email: z.array(z.string()).catch([]),
    personId: id,
    firstName: text,
    lastName: text,
    dateOfBirth: text,
    organisationId: id,
    organisationName: text,
    kvkNumber: text,
    postcode: text,
    houseNumber: text,
    country: text,
  })
  .transform((v): DuplicateProbe => {
    const country = isCountryCode(v.country.toUpperCase()) ? v.country.toUpperCase() : 'NL';
    const postcode = v.postcode ? normalisePostcode(v.postcode, country) : null;
    const organisationName = fold(v.organisationName);
    return {
      emails: [...new Set(v.email.map((e) => e.trim().toLowerCase()).filter(isEmail))].slice(0, 4),
      personId: v.personId,
      firstName: fold(v.firstName) || null,
      lastName: fold(v.lastName) || null,
      dateOfBirth: parseDutchDate(v.dateOfBirth),
      organisationId: v.organisationId,
      organisationName: organisationName.length >= 3 ? organisationName : null,
      kvkNumber: v.kvkNumber ? normaliseKvk(v.kvkNumber) : null,
      postcode: postcode && v.houseNumber ? postcode : null,
      houseNumber: postcode && v.houseNumber ? v.houseNumber.toUpperCase() : null,
    };
  });

// Reads a probe from a query string: ?email=…&email=…&firstName=…&lastName=…&dateOfBirth=…&organisationName=…&kvkNumber=…
export function parseDuplicateProbe(params: URLSearchParams): DuplicateProbe {
  const single = Object.fromEntries([...params.keys()].filter((k) => k !== 'email').map((k) => [k, params.get(k)]));
  return probeSchema.parse({ ...single, email: params.getAll('email') });
}

import { z } from 'zod';
import { editableShape } from '@/lib/fields/define';
import { normalisePostcode } from '@/lib/validation/fields';
import { errorMessage } from '@/lib/validation/message';
import { organisationFields } from './fields';

// The editable fields of an organisation with their schemas, from the registry.
const fields = z.object(editableShape(organisationFields));

type Fields = z.output<typeof fields>;

// Postcodes depend on the country (NL: `1234 AB`), and a subsegment needs its segment. Runs even when
// other fields failed, so that all errors are reported at once (values may then be unparsed input).
function refine(value: Fields, ctx: z.RefinementCtx) {
  const v = value as unknown as Record<string, unknown>;
  for (const prefix of ['visit', 'postal'] as const) {
    if (prefix === 'postal' && v.postalSameAsVisit === true) continue;
    const code = v[`${prefix}Postcode`];
    const country = typeof v[`${prefix}Country`] === 'string' && /^[A-Z]{2}$/.test(v[`${prefix}Country`] as string) ? (v[`${prefix}Country`] as string) : 'NL';
    if (typeof code === 'string' && code && normalisePostcode(code, country) === null) {
      ctx.addIssue({ code: 'custom', path: [`${prefix}Postcode`], message: errorMessage('validation.postcode') });
    }
  }
  if (v.subsegmentId && !v.segmentId) {
    ctx.addIssue({ code: 'custom', path: ['subsegmentId'], message: errorMessage('organisations.subsegmentNeedsSegment') });
  }
}

const always = { when: () => true };

function normalise(value: Fields): Fields {
  const pc = (code: string | null, country: string | null) => (code ? (normalisePostcode(code, country ?? 'NL') ?? code) : null);
  return { ...value, visitPostcode: pc(value.visitPostcode, value.visitCountry), postalPostcode: pc(value.postalPostcode, value.postalCountry) };
}

// A new organisation, as the form fills it in (shared by the form and the server action).
export const organisationSchema = fields.superRefine(refine, always).transform(normalise);

// An edited organisation: the same fields plus the record's id and the version the user started from.
export const updateOrganisationSchema = fields
  .extend({ id: z.coerce.number().int().positive(), version: z.coerce.number().int().positive() })
  .superRefine(refine, always)
  .transform((v) => ({ ...v, ...normalise(v) }));

// Deleting needs the version the user saw; restoring only the id.
export const deleteOrganisationSchema = z.object({ id: z.coerce.number().int().positive(), version: z.coerce.number().int().positive() });
export const restoreOrganisationSchema = z.object({ id: z.coerce.number().int().positive() });

export type OrganisationFormValues = z.input<typeof organisationSchema>;
export type UpdateOrganisationValues = z.input<typeof updateOrganisationSchema>;

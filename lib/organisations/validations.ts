import { z } from 'zod';
import { editableShape } from '@/lib/fields/define';
import { always, checkPostcode, normalisePostcode } from '@/lib/validation/fields';
import { errorMessage } from '@/lib/validation/message';
import { organisationFields } from './fields';

// The editable fields of an organisation with their schemas, from the registry.
const fields = z.object(editableShape(organisationFields));

type Fields = z.output<typeof fields>;

// The rules across fields of an organisation, shared by the form, the grid and batch changes: postcodes fit their
// country (NL: `1234 AB`), and a subsegment needs its segment. Runs even when other fields failed, so that all
// errors are reported at once.
export function organisationRules(value: unknown, ctx: z.RefinementCtx) {
  const v = value as Record<string, unknown>;
  checkPostcode(v, ctx, 'visitPostcode', 'visitCountry');
  if (v.postalSameAsVisit !== true) checkPostcode(v, ctx, 'postalPostcode', 'postalCountry');
  if (v.subsegmentId && !v.segmentId) {
    ctx.addIssue({ code: 'custom', path: ['subsegmentId'], message: errorMessage('organisations.subsegmentNeedsSegment') });
  }
}

function normalise(value: Fields): Fields {
  const pc = (code: string | null, country: string | null) => (code ? (normalisePostcode(code, country ?? 'NL') ?? code) : null);
  return { ...value, visitPostcode: pc(value.visitPostcode, value.visitCountry), postalPostcode: pc(value.postalPostcode, value.postalCountry) };
}

// A new organisation, as the form fills it in (shared by the form and the server action).
export const organisationSchema = fields.superRefine(organisationRules, always).transform(normalise);

// One row of many (the grid, a batch change): a stored organisation with a patch laid over it, checked with the
// same fields and rules as the form (see validatePatches).
export const organisationRowSchema = organisationSchema;

// An edited organisation: the same fields plus the record's id and the version the user started from.
export const updateOrganisationSchema = fields
  .extend({ id: z.coerce.number().int().positive(), version: z.coerce.number().int().positive() })
  .superRefine(organisationRules, always)
  .transform((v) => ({ ...v, ...normalise(v) }));

// Deleting needs the version the user saw; restoring only the id.
export const deleteOrganisationSchema = z.object({ id: z.coerce.number().int().positive(), version: z.coerce.number().int().positive() });
export const restoreOrganisationSchema = z.object({ id: z.coerce.number().int().positive() });

export type OrganisationFormValues = z.input<typeof organisationSchema>;
export type UpdateOrganisationValues = z.input<typeof updateOrganisationSchema>;

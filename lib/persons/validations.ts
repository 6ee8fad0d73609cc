import { z } from 'zod';
import { editableShape } from '@/lib/fields/define';
import { normalisePostcode } from '@/lib/validation/fields';
import { errorMessage } from '@/lib/validation/message';
import { personFields } from './fields';

// The editable fields of a person with their schemas, from the registry.
const fields = z.object(editableShape(personFields));

type Fields = z.output<typeof fields>;

// The postcode is checked against the country; runs even when other fields failed so all errors show at once.
function refine(value: Fields, ctx: z.RefinementCtx) {
  const v = value as unknown as Record<string, unknown>;
  const country = typeof v.country === 'string' && /^[A-Z]{2}$/.test(v.country) ? v.country : 'NL';
  if (typeof v.postcode === 'string' && v.postcode && normalisePostcode(v.postcode, country) === null) {
    ctx.addIssue({ code: 'custom', path: ['postcode'], message: errorMessage('validation.postcode') });
  }
}

const normalise = <T extends Fields>(v: T): T => ({ ...v, postcode: v.postcode ? (normalisePostcode(v.postcode, v.country) ?? v.postcode) : null });
const always = { when: () => true };
const id = z.coerce.number().int().positive();

// A new person, as the form fills it in (shared by the form and the server action).
export const personSchema = fields.superRefine(refine, always).transform(normalise);

// An edited person: the same fields plus id and the version the user started from.
export const updatePersonSchema = fields.extend({ id, version: id }).superRefine(refine, always).transform(normalise);

// Deleting needs the version the user saw; restoring only the id.
export const deletePersonSchema = z.object({ id, version: id });
export const restorePersonSchema = z.object({ id });

export type UpdatePersonValues = z.input<typeof updatePersonSchema>;

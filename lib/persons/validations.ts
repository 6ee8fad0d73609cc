import { z } from 'zod';
import { editableShape } from '@/lib/fields/define';
import { always, checkPostcode, normalisePostcode } from '@/lib/validation/fields';
import { personFields } from './fields';

// The editable fields of a person with their schemas, from the registry.
const fields = z.object(editableShape(personFields));

type Fields = z.output<typeof fields>;

// The rules across fields of a person, shared by the form and the grid: the postcode fits the country. Runs even
// when other fields failed, so that all errors show at once.
export function personRules(value: unknown, ctx: z.RefinementCtx) {
  checkPostcode(value, ctx, 'postcode', 'country');
}

const normalise = <T extends Fields>(v: T): T => ({ ...v, postcode: v.postcode ? (normalisePostcode(v.postcode, v.country) ?? v.postcode) : null });
const id = z.coerce.number().int().positive();

// A new person, as the form fills it in (shared by the form and the server action).
export const personSchema = fields.superRefine(personRules, always).transform(normalise);

// One row of many (the grid): a stored person with a patch laid over it, checked like the form.
export const personRowSchema = personSchema;

// An edited person: the same fields plus id and the version the user started from.
export const updatePersonSchema = fields.extend({ id, version: id }).superRefine(personRules, always).transform(normalise);

// Deleting needs the version the user saw; restoring only the id.
export const deletePersonSchema = z.object({ id, version: id });
export const restorePersonSchema = z.object({ id });

export type UpdatePersonValues = z.input<typeof updatePersonSchema>;

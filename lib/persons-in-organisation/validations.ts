import { z } from 'zod';
import { editableShape } from '@/lib/fields/define';
import { always, checkEndNotBeforeStart, optionalDate, requiredId } from '@/lib/validation/fields';
import { errorMessage } from '@/lib/validation/message';
import { personInOrganisationFields } from './fields';

const required = errorMessage('validation.required');
const requiredDate = () => optionalDate().refine((v) => v !== null, required);
const recordId = () => z.coerce.number().int().positive();

// The editable fields of a person in organisation with their schemas, from the registry.
const fields = z.object(editableShape(personInOrganisationFields));

// The job details shared by the form and the change of employer.
const jobFields = fields.pick({ department: true, jobTitle: true, email: true, phone: true, mobile: true, categoryId: true, subcategoryId: true }).shape;

// A subcategory needs its category.
function subcategoryRule(value: unknown, ctx: z.RefinementCtx) {
  const v = value as Record<string, unknown>;
  if (v.subcategoryId && !v.categoryId) {
    ctx.addIssue({ code: 'custom', path: ['subcategoryId'], message: errorMessage('personsInOrganisation.subcategoryNeedsCategory') });
  }
}

// A subcategory needs its category, and `later` may not fall before `earlier` (reported at `later`). Runs even
// when other fields failed, so that all errors are reported at once.
function rules(earlier: string, later: string, message: string) {
  return (value: unknown, ctx: z.RefinementCtx) => {
    subcategoryRule(value, ctx);
    checkEndNotBeforeStart(value, ctx, earlier, later, message);
  };
}

// The rules across fields of a person in organisation, shared by the form and the grid.
export const personInOrganisationRules = rules('startDate', 'endDate', 'personsInOrganisation.endBeforeStart');

// A new person in organisation, as the form fills it in (shared by the form and the server action).
export const personInOrganisationSchema = fields.superRefine(personInOrganisationRules, always);

// One row of many (the grid): a stored person in organisation with a patch laid over it, checked like the form.
export const personInOrganisationRowSchema = personInOrganisationSchema;

// An edited person in organisation: the same fields plus the record's id and the version the user started from.
export const updatePersonInOrganisationSchema = fields.extend({ id: recordId(), version: recordId() }).superRefine(personInOrganisationRules, always);

// A change of employer: the old record (and its version) ends on `endDate`; a new one at another organisation
// starts on `startDate`, not before that end.
export const changeEmployerSchema = z
  .object({ id: recordId(), version: recordId(), organisationId: requiredId(), endDate: requiredDate(), startDate: requiredDate(), ...jobFields })
  .superRefine(rules('endDate', 'startDate', 'personsInOrganisation.startBeforeEnd'), always);

// The job of a new person in organisation whose person and organisation are chosen or created alongside it
// (the business relation form): job details and start date.
export const jobSchema = z.object({ ...jobFields, startDate: optionalDate() }).superRefine(subcategoryRule, always);

// Deleting needs the version the user saw; restoring only the id.
export const deletePersonInOrganisationSchema = z.object({ id: recordId(), version: recordId() });
export const restorePersonInOrganisationSchema = z.object({ id: recordId() });

export type PersonInOrganisationFormValues = z.input<typeof updatePersonInOrganisationSchema>;
export type ChangeEmployerValues = z.input<typeof changeEmployerSchema>;

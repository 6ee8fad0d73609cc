import { z } from 'zod';
import { checkbox, optionalDate, optionalEmail, optionalId, optionalLongText, optionalPhone, optionalText, parseDutchDate } from '@/lib/validation/fields';
import { errorMessage } from '@/lib/validation/message';

const required = errorMessage('validation.required');
const requiredId = () => optionalId().refine((v) => v !== null, required);
const requiredDate = () => optionalDate().refine((v) => v !== null, required);
const recordId = () => z.coerce.number().int().positive();

// The job details shared by the form and the change of employer.
const jobFields = {
  department: optionalText(100),
  jobTitle: optionalText(100),
  email: optionalEmail(),
  phone: optionalPhone(),
  mobile: optionalPhone(),
  categoryId: optionalId(),
  subcategoryId: optionalId(),
};

const fields = z.object({
  personId: requiredId(),
  organisationId: requiredId(),
  ...jobFields,
  startDate: optionalDate(),
  endDate: optionalDate(),
  active: checkbox(),
  notes: optionalLongText(),
});

// A date as typed (or already ISO) for comparing, or null when it is not a date yet.
const iso = (v: unknown) => (typeof v === 'string' && v ? parseDutchDate(v) : null);

// A subcategory needs its category.
function subcategoryRule(value: unknown, ctx: z.RefinementCtx) {
  const v = value as Record<string, unknown>;
  if (v.subcategoryId && !v.categoryId) {
    ctx.addIssue({ code: 'custom', path: ['subcategoryId'], message: errorMessage('personsInOrganisation.subcategoryNeedsCategory') });
  }
}

// A subcategory needs its category, and `later` may not fall before `earlier` (reported at `later`). Runs even
// when other fields failed, so that all errors are reported at once (values may then be unparsed input).
function rules(earlier: string, later: string, message: string) {
  return (value: unknown, ctx: z.RefinementCtx) => {
    subcategoryRule(value, ctx);
    const v = value as Record<string, unknown>;
    const [a, b] = [iso(v[earlier]), iso(v[later])];
    if (a && b && b < a) ctx.addIssue({ code: 'custom', path: [later], message: errorMessage(message) });
  };
}

const always = { when: () => true };
const dateRule = rules('startDate', 'endDate', 'personsInOrganisation.endBeforeStart');

// A new person in organisation, as the form fills it in (shared by the form and the server action).
export const personInOrganisationSchema = fields.superRefine(dateRule, always);

// An edited person in organisation: the same fields plus the record's id and the version the user started from.
export const updatePersonInOrganisationSchema = fields.extend({ id: recordId(), version: recordId() }).superRefine(dateRule, always);

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

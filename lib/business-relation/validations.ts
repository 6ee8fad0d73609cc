import { z } from 'zod';
import { organisationSchema } from '@/lib/organisations/validations';
import { jobSchema } from '@/lib/persons-in-organisation/validations';
import { personSchema } from '@/lib/persons/validations';
import { always, checkbox, optionalId } from '@/lib/validation/fields';
import { errorMessage } from '@/lib/validation/message';

const chosen = (v: unknown) => v !== undefined && v !== null && String(v).trim() !== '';
const ticked = (v: unknown) => v === true || v === 'on' || v === 'true' || v === '1';

const sections = z.object({
  personId: optionalId(),
  person: personSchema.nullable(),
  job: jobSchema,
  organisationId: optionalId(),
  // The version of the chosen organisation the user saw, and whether they complete or correct its data.
  organisationVersion: optionalId(),
  editOrganisation: checkbox(),
  organisation: organisationSchema.nullable(),
});

// Leaves out the sections that do not apply, so that they are neither checked nor saved: the person's data when an
// existing person is chosen, the organisation's data when an existing organisation is chosen and left as it is.
function applicableSections(value: BusinessRelationFormValues): BusinessRelationFormValues {
  if (!value || typeof value !== 'object') return value;
  const v = value as Record<string, unknown>;
  const keepOrganisation = !chosen(v.organisationId) || ticked(v.editOrganisation);
  return { ...value, person: chosen(v.personId) ? null : value.person, organisation: keepOrganisation ? value.organisation : null };
}

// Completing an existing organisation needs the version the user started from.
function versionRule(value: unknown, ctx: z.RefinementCtx) {
  const v = value as Record<string, unknown>;
  if (chosen(v.organisationId) && ticked(v.editOrganisation) && !chosen(v.organisationVersion)) {
    ctx.addIssue({ code: 'custom', path: ['organisationId'], message: errorMessage('validation.invalid') });
  }
}

// A new business relation: a new or existing person, their job, and a new or existing (possibly completed)
// organisation, each section checked with its own entity's schema (shared by the form and the server action).
export const businessRelationSchema = z.preprocess(applicableSections, sections).superRefine(versionRule, always);

// The form's values: every section, as typed.
export type BusinessRelationFormValues = z.input<typeof sections>;
export type BusinessRelationInput = z.output<typeof businessRelationSchema>;

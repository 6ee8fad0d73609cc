import { z } from 'zod';
import { activityKindEnum, priorityEnum } from '@/db/schema/activities';
import { always, checkbox, optionalDate, optionalLongText, requiredId, requiredText } from '@/lib/validation/fields';
import { errorMessage } from '@/lib/validation/message';

const recordId = () => z.coerce.number().int().positive();

// A time of day typed as 9:05, 09:05 or 0905, as HH:MM; empty is none.
export const optionalTime = () =>
  z
    .string()
    .trim()
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      const m = /^([01]?\d|2[0-3])[:.]?([0-5]\d)$/.exec(v);
      if (!m) {
        ctx.addIssue({ code: 'custom', message: errorMessage('validation.time'), input: v });
        return z.NEVER;
      }
      return `${m[1].padStart(2, '0')}:${m[2]}`;
    });

// The fields of the activity form: kind, subject, description, due date with optional time, assignee, priority, pin.
const activityFields = z.object({
  kind: z.enum(activityKindEnum.enumValues, errorMessage('validation.invalid')),
  subject: requiredText(200),
  description: optionalLongText(5000),
  dueDate: optionalDate(),
  dueTime: optionalTime(),
  assignedToId: requiredId(),
  priority: z.enum(priorityEnum.enumValues, errorMessage('validation.invalid')),
  pinned: checkbox(),
});

// A time of day needs a date.
function activityRules(value: unknown, ctx: z.RefinementCtx) {
  const v = value as Record<string, unknown>;
  if (v.dueTime && !v.dueDate) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: errorMessage('activities.timeNeedsDate') });
}

// The record an activity is about: an organisation, a person or a person in organisation.
export const activitySubjectKinds = ['organisation', 'person', 'personInOrganisation'] as const;
export type ActivitySubjectKind = (typeof activitySubjectKinds)[number];

// A new activity on a record (shared by the form and the server action).
export const createActivitySchema = activityFields
  .extend({ on: z.enum(activitySubjectKinds), onId: recordId() })
  .superRefine(activityRules, always);

// An edited activity: the same fields plus its id and the version the user started from.
export const updateActivitySchema = activityFields.extend({ id: recordId(), version: recordId() }).superRefine(activityRules, always);

// Completing (done) or reopening an activity.
export const setActivityDoneSchema = z.object({ id: recordId(), version: recordId(), done: z.boolean() });

// Moving an activity in one click: a day later, to next Monday, or to a chosen date.
export const rescheduleActivitySchema = z.object({
  id: recordId(),
  version: recordId(),
  to: z.enum(['nextDay', 'nextMonday', 'date']),
  date: optionalDate(),
}).superRefine((v, ctx) => {
  if (v.to === 'date' && !v.date) ctx.addIssue({ code: 'custom', path: ['date'], message: errorMessage('validation.required') });
});

// Deleting needs the version the user saw; restoring only the id.
export const deleteActivitySchema = z.object({ id: recordId(), version: recordId() });
export const restoreActivitySchema = z.object({ id: recordId() });

// The form's values (as typed) and what the server receives after parsing.
export type ActivityFormValues = z.input<typeof activityFields>;
export type CreateActivityInput = z.output<typeof createActivitySchema>;
export type UpdateActivityInput = z.output<typeof updateActivitySchema>;

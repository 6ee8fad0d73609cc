import { z } from 'zod';
import { checkbox, optionalId, requiredText } from '@/lib/validation/fields';
import { errorMessage } from '@/lib/validation/message';

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().positive();
const name = requiredText(100);

type AppliesTo = { appliesToOrganisation: boolean; appliesToPersonInOrganisation: boolean };

// A segment applies to organisations, to persons in organisation, or to both — never to nothing.
function appliesSomewhere(value: AppliesTo, ctx: z.RefinementCtx) {
  if (!value.appliesToOrganisation && !value.appliesToPersonInOrganisation) {
    ctx.addIssue({ code: 'custom', path: ['appliesTo'], message: errorMessage('segments.appliesToRequired') });
  }
}

// Whether `sub` applies somewhere its main segment does not.
export function appliesBeyond(sub: AppliesTo, main: AppliesTo): boolean {
  return (sub.appliesToOrganisation && !main.appliesToOrganisation) || (sub.appliesToPersonInOrganisation && !main.appliesToPersonInOrganisation);
}

// A new main segment or subsegment, as the [+ Add segment] form fills it in.
export const createSegmentSchema = z
  .object({
    level: z.enum(['main', 'sub']),
    parentId: optionalId(),
    name,
    appliesToOrganisation: checkbox(),
    appliesToPersonInOrganisation: checkbox(),
  })
  .superRefine((value, ctx) => {
    if (value.level === 'sub' && !value.parentId) ctx.addIssue({ code: 'custom', path: ['parentId'], message: errorMessage('segments.parentRequired') });
    appliesSomewhere(value, ctx);
  })
  .transform((value) => ({ ...value, parentId: value.level === 'sub' ? value.parentId : null }));

// A segment's new name and what it applies to.
export const updateSegmentSchema = z
  .object({ id, version, name, appliesToOrganisation: checkbox(), appliesToPersonInOrganisation: checkbox() })
  .superRefine(appliesSomewhere);

// One step up or down among the segment's siblings.
export const moveSegmentSchema = z.object({ id, direction: z.enum(['up', 'down']) });

// Deactivating (hidden from pickers) or reactivating a segment.
export const setSegmentActiveSchema = z.object({ id, version, active: z.boolean() });

// Deleting an unused segment.
export const deleteSegmentSchema = z.object({ id, version });

// Moving every record of a segment to another one of the same level, then deleting it.
export const mergeSegmentSchema = z
  .object({ id, version, targetId: optionalId() })
  .superRefine((value, ctx) => {
    if (!value.targetId) ctx.addIssue({ code: 'custom', path: ['targetId'], message: errorMessage('segments.mergeTargetRequired') });
    else if (value.targetId === value.id) ctx.addIssue({ code: 'custom', path: ['targetId'], message: errorMessage('segments.mergeIntoItself') });
  });

export type CreateSegmentInput = z.input<typeof createSegmentSchema>;
export type UpdateSegmentInput = z.input<typeof updateSegmentSchema>;

'use server';

import { mutation } from '@/lib/mutation';
import { mergeSegmentInto } from '@/lib/segments/merge';
import { createSegment, deleteSegment, moveSegment, setSegmentActive, updateSegment } from '@/lib/segments/mutations';
import {
  createSegmentSchema,
  deleteSegmentSchema,
  mergeSegmentSchema,
  moveSegmentSchema,
  setSegmentActiveSchema,
  updateSegmentSchema,
} from '@/lib/segments/validations';

const revalidate = () => ['/segments', '/organisations'];
const uniqueFields = { segments_sibling_name_uq: 'name' };

// Adds a main segment or a subsegment (CRM Super users and admins).
export const createSegmentAction = mutation({ role: 'crm_super', schema: createSegmentSchema, run: createSegment, revalidate, uniqueFields });

// Renames a segment and changes what it applies to.
export const updateSegmentAction = mutation({ role: 'crm_super', schema: updateSegmentSchema, run: updateSegment, revalidate, uniqueFields });

// Moves a segment one place up or down within its level.
export const moveSegmentAction = mutation({ role: 'crm_super', schema: moveSegmentSchema, run: moveSegment, revalidate });

// Deactivates or reactivates a segment.
export const setSegmentActiveAction = mutation({ role: 'crm_super', schema: setSegmentActiveSchema, run: setSegmentActive, revalidate });

// Deletes an unused segment.
export const deleteSegmentAction = mutation({ role: 'crm_super', schema: deleteSegmentSchema, run: deleteSegment, revalidate });

// Merges a used segment into another one of the same level.
export const mergeSegmentAction = mutation({
  role: 'crm_super',
  schema: mergeSegmentSchema,
  run: mergeSegmentInto,
  revalidate,
  uniqueFields: { segments_sibling_name_uq: 'targetId' },
});

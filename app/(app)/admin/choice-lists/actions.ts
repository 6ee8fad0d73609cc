'use server';

import {
  addChoiceEntry,
  deleteChoiceEntry,
  moveChoiceEntry,
  renameChoiceEntry,
  setChoiceEntryActive,
} from '@/lib/choice-lists/mutations';
import {
  addChoiceEntrySchema,
  deleteChoiceEntrySchema,
  moveChoiceEntrySchema,
  renameChoiceEntrySchema,
  setChoiceEntryActiveSchema,
} from '@/lib/choice-lists/validations';
import { mutation } from '@/lib/mutation';

const revalidate = () => ['/admin/choice-lists', '/organisations'];
const uniqueFields = { choice_list_entries_label_uq: 'label' };

// Adds an entry to a choice list (CRM Super users and admins).
export const addChoiceEntryAction = mutation({ role: 'crm_super', schema: addChoiceEntrySchema, run: addChoiceEntry, revalidate, uniqueFields });

// Renames a choice list entry.
export const renameChoiceEntryAction = mutation({ role: 'crm_super', schema: renameChoiceEntrySchema, run: renameChoiceEntry, revalidate, uniqueFields });

// Moves an entry one place up or down in its list.
export const moveChoiceEntryAction = mutation({ role: 'crm_super', schema: moveChoiceEntrySchema, run: moveChoiceEntry, revalidate });

// Deactivates or reactivates an entry.
export const setChoiceEntryActiveAction = mutation({ role: 'crm_super', schema: setChoiceEntryActiveSchema, run: setChoiceEntryActive, revalidate });

// Deletes an unused entry.
export const deleteChoiceEntryAction = mutation({ role: 'crm_super', schema: deleteChoiceEntrySchema, run: deleteChoiceEntry, revalidate });

import { z } from 'zod';
import { choiceListKeys } from '@/db/schema/choice-lists';
import { requiredText } from '@/lib/validation/fields';

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().positive();
const label = requiredText(100);

// A new entry at the end of a choice list.
export const addChoiceEntrySchema = z.object({ listKey: z.enum(choiceListKeys), label });

// A new label for an entry.
export const renameChoiceEntrySchema = z.object({ id, version, label });

// One step up or down within the list.
export const moveChoiceEntrySchema = z.object({ id, direction: z.enum(['up', 'down']) });

// Deactivating (no longer offered) or reactivating an entry.
export const setChoiceEntryActiveSchema = z.object({ id, version, active: z.boolean() });

// Deleting an entry that no record uses.
export const deleteChoiceEntrySchema = z.object({ id, version });

export type AddChoiceEntryInput = z.input<typeof addChoiceEntrySchema>;
export type RenameChoiceEntryInput = z.input<typeof renameChoiceEntrySchema>;

import { z } from '@/lib/validation/zod-setup';
import { listKindEnum } from '@/db/schema/saved-views';
import { requiredText } from '@/lib/validation/fields';

const list = z.enum(listKindEnum.enumValues);
const id = z.number().int().positive().max(2147483647);
const version = z.number().int().positive();
// A list's state as its query string (search, criteria, query, sort, columns); normalised by the server.
const query = z.string().max(8000);
const name = requiredText(80);

// A user's own default columns for one list; `name` names the default view when there is none yet.
export const defaultColumnsSchema = z.object({
  list,
  cols: z.array(z.string().regex(/^[a-zA-Z]+$/)).min(1, 'list.columnsAtLeastOne').max(30),
  name: z.string().trim().min(1).max(80).optional(),
});

// Save the current list state under a name.
export const saveViewSchema = z.object({ list, name, query, shared: z.boolean().default(false) });

// Rename a saved search.
export const renameViewSchema = z.object({ id, version, name });

// Save the current list state into an existing saved search ("save changes").
export const updateViewSchema = z.object({ id, version, query });

// Delete a saved search.
export const deleteViewSchema = z.object({ id, version });

// Make a saved search the user's default view of its list, or stop it being that.
export const defaultViewSchema = z.object({ id, version, isDefault: z.boolean() });

// Share a saved search with all users, or stop sharing it.
export const shareViewSchema = z.object({ id, version, shared: z.boolean() });

// Copy a saved search (one's own, or one shared with all) to one's own, under a name.
export const copyViewSchema = z.object({ id, name });

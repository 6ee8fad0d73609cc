'use server';

import { mutation } from '@/lib/mutation';
import { savedLists } from '@/lib/saved-views/lists';
import { copyView, deleteView, renameView, saveDefaultColumns, saveView, setDefaultView, shareView, updateView, type ViewChanged } from '@/lib/saved-views/mutations';
import * as v from '@/lib/saved-views/validations';

const revalidate = (data: ViewChanged) => [savedLists[data.list].path];

// Keeps a column choice in the user's default view of a list.
export const saveDefaultColumnsAction = mutation({ role: 'user', schema: v.defaultColumnsSchema, run: saveDefaultColumns });
// Saves the current list state as a new search of the user's.
export const saveViewAction = mutation({ role: 'user', schema: v.saveViewSchema, run: saveView, revalidate });
// Renames a saved search (the owner's, or a shared one for CRM Super).
export const renameViewAction = mutation({ role: 'user', schema: v.renameViewSchema, run: renameView, revalidate });
// Saves the current list state into a saved search.
export const updateViewAction = mutation({ role: 'user', schema: v.updateViewSchema, run: updateView, revalidate });
// Deletes a saved search.
export const deleteViewAction = mutation({ role: 'user', schema: v.deleteViewSchema, run: deleteView, revalidate });
// Makes one of the user's searches their default view of its list, or not.
export const setDefaultViewAction = mutation({ role: 'user', schema: v.defaultViewSchema, run: setDefaultView, revalidate });
// Shares a saved search with all users, or stops sharing it.
export const shareViewAction = mutation({ role: 'user', schema: v.shareViewSchema, run: shareView, revalidate });
// Copies a search the user may see to their own.
export const copyViewAction = mutation({ role: 'user', schema: v.copyViewSchema, run: copyView, revalidate });

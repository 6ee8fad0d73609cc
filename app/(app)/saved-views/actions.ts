'use server';

import { mutation } from '@/lib/mutation';
import { savedLists } from '@/lib/saved-views/lists';
import { copyView, deleteView, renameView, saveDefaultColumns, saveView, setDefaultView, shareView, updateView, type ViewChanged } from '@/lib/saved-views/mutations';
import * as v from '@/lib/saved-views/validations';

const revalidate = (data: ViewChanged) => [savedLists[data.list].path];

export const saveDefaultColumnsAction = mutation({ role: 'user', schema: v.defaultColumnsSchema, run: saveDefaultColumns });
export const saveViewAction = mutation({ role: 'user', schema: v.saveViewSchema, run: saveView, revalidate });
export const renameViewAction = mutation({ role: 'user', schema: v.renameViewSchema, run: renameView, revalidate });
export const updateViewAction = mutation({ role: 'user', schema: v.updateViewSchema, run: updateView, revalidate });
export const deleteViewAction = mutation({ role: 'user', schema: v.deleteViewSchema, run: deleteView, revalidate });
export const setDefaultViewAction = mutation({ role: 'user', schema: v.defaultViewSchema, run: setDefaultView, revalidate });
export const shareViewAction = mutation({ role: 'user', schema: v.shareViewSchema, run: shareView, revalidate });
export const copyViewAction = mutation({ role: 'user', schema: v.copyViewSchema, run: copyView, revalidate });

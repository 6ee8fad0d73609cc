import 'server-only';
import type { ListKind } from '@/lib/lists';
import { cleanSavedQuery, type Dropped } from './clean';
import { savedLists } from './lists';
import { getDefaultView, getReadableView, listSavedViews, type SavedViewItem } from './queries';
import { getReferences } from './references';

type SearchParams = Record<string, string | string[] | undefined>;

// What a list page needs about saved searches: where to go first (the default view for a list opened without
// parameters, a saved search opened by id), the saved search the state came from and what of it no longer exists,
// whether the one asked for is not there (or not the user's to see), and the searches of the panel.
export type OpenedList = { redirect: string | null; active: SavedViewItem | null; dropped: Dropped[]; missing: boolean; views: SavedViewItem[] };

const href = (path: string, query: string, id: number) => `${path}?${query ? `${query}&` : ''}s=${id}`;

// Works out the saved searches of a list page for a user; never runs a saved search the user may not see.
export async function openSavedViews(userId: number, list: ListKind, params: SearchParams): Promise<OpenedList> {
  const { path } = savedLists[list];
  const keys = Object.keys(params);
  const id = typeof params.s === 'string' && /^\d{1,9}$/.test(params.s) ? Number(params.s) : null;
  if (keys.length === 0) {
    const fallback = await getDefaultView(userId, list);
    if (fallback) return { redirect: href(path, cleanSavedQuery(list, fallback.query, await getReferences()).query, fallback.id), active: null, dropped: [], missing: false, views: [] };
  }
  const [views, active, refs] = await Promise.all([listSavedViews(userId, list), id ? getReadableView(userId, list, id) : Promise.resolve(null), id ? getReferences() : Promise.resolve(null)]);
  const clean = active && refs ? cleanSavedQuery(list, active.query, refs) : null;
  const redirect = active && clean?.query && keys.length === 1 ? href(path, clean.query, active.id) : null;
  return { redirect, active, dropped: clean?.dropped ?? [], missing: id !== null && !active, views };
}

import { getTranslations } from 'next-intl/server';
import { columnLabel, fieldLabel } from '@/lib/fields/define';
import { listQuery, type ListState } from '@/lib/list/params';
import type { ListKind } from '@/lib/lists';
import type { OpenedList } from '@/lib/saved-views/open';
import { savedLists, savedQuery } from '@/lib/saved-views/lists';
import { SavedViewsPanel } from './saved-views-panel';

// The saved searches panel of a list page, with what the active saved search names that no longer exists, or that
// the one asked for is not there.
export async function SavedViews({ list, state, opened, canManageShared }: { list: ListKind; state: ListState; opened: OpenedList; canManageShared: boolean }) {
  const t = await getTranslations();
  const { path, registry } = savedLists[list];
  const named = (name: string) => (registry.some((f) => f.name === name) ? fieldLabel(t, registry, name) : `“${name}”`);
  const parts = opened.dropped.map((d) => {
    if (d.what === 'field') return t('savedViews.droppedField', { name: named(d.name) });
    if (d.what === 'value') return t('savedViews.droppedValue', { field: named(d.name) });
    if (d.what === 'column') return t('savedViews.droppedColumn', { name: columnLabel(t, registry, d.name) });
    return t('savedViews.droppedSort', { name: d.name });
  });
  const notices = [
    ...(opened.missing ? [t('savedViews.notFound')] : []),
    ...(parts.length && opened.active ? [t('savedViews.dropped', { name: opened.active.name, items: [...new Set(parts)].join('; ') })] : []),
  ];
  return (
    <SavedViewsPanel
      list={list}
      path={path}
      views={opened.views}
      activeId={opened.active?.id ?? null}
      currentQuery={savedQuery(list, listQuery(state))}
      canManageShared={canManageShared}
      notices={notices}
    />
  );
}

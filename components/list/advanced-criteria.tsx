import { getTranslations } from 'next-intl/server';
import type { BuilderSources } from '@/lib/fields/builder';
import { builderFields } from '@/lib/fields/builder';
import { parseCriteriaParam } from '@/lib/fields/criteria';
import { decodeCriteria } from '@/lib/fields/criteria-url';
import { fieldLabel } from '@/lib/fields/define';
import type { Registry } from '@/lib/fields/types';
import type { ListState } from '@/lib/list/params';
import { QueryBuilder } from './query-builder';
import { issuePlace } from './query-model';

// The "Advanced" panel of a list: the criteria builder over the list's criteria registry, started from the query in
// the URL with the server's message at each part it could not use; open while a query is set.
export async function AdvancedCriteria({ registry, state, sources, ownLabel }: { registry: Registry; state: ListState; sources: BuilderSources; ownLabel: string }) {
  const t = await getTranslations();
  const { node, issues } = parseCriteriaParam(registry, state.where);
  const named = (field?: string) => (field ? `${registry.some((f) => f.name === field) ? fieldLabel(t, registry, field) : `“${field}”`}: ` : '');
  const texts = issues.map((i) => ({ place: issuePlace(i.path), text: `${named(i.field)}${t.has(i.message) ? t(i.message) : t('criteria.unreadable')}` }));
  const count = node && 'and' in node ? node.and.length : node && 'or' in node ? node.or.length : node ? 1 : 0;
  return (
    <details open={state.where ? true : undefined} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <summary className="cursor-pointer select-none px-4 py-3 text-sm font-medium">
        {t('query.title')}
        {count > 0 && <span className="ml-2 rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">{count}</span>}
      </summary>
      <div className="border-t border-slate-200 p-2 sm:p-4">
        <QueryBuilder key={state.where ?? ''} fields={builderFields(registry, t, sources)} ownLabel={ownLabel} initial={state.where ? decodeCriteria(state.where) : null} issues={texts} />
      </div>
    </details>
  );
}

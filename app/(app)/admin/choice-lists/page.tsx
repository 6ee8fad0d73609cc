import { getTranslations } from 'next-intl/server';
import { AddEntryForm } from '@/components/choice-lists/add-entry-form';
import { EntryControls } from '@/components/choice-lists/entry-controls';
import { Panel, PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/session';
import { getChoiceListsForAdmin } from '@/lib/choice-lists/queries';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('choiceLists.title') };
}

const suggestions = new Set(['department', 'job_title']);

// CRM Super users and admins: the values of every choice list, in the order the dropdowns show them.
export default async function ChoiceListsPage() {
  await requirePageUser('crm_super');
  const [t, lists] = await Promise.all([getTranslations(), getChoiceListsForAdmin()]);
  return (
    <div className="space-y-4">
      <PageHeader title={t('choiceLists.title')} />
      <p className="max-w-3xl text-sm text-slate-600">{t('choiceLists.intro')}</p>
      <nav aria-label={t('choiceLists.jumpTo')} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {lists.map(({ key }) => (
          <a key={key} href={`#list-${key}`} className="text-brand-700 underline">
            {t(`choiceLists.lists.${key}`)}
          </a>
        ))}
      </nav>
      {lists.map(({ key, entries }) => {
        const listName = t(`choiceLists.lists.${key}`);
        return (
          <section key={key} id={`list-${key}`} aria-label={listName} className="scroll-mt-4">
            <Panel title={listName}>
              {suggestions.has(key) && <p className="mb-2 text-xs text-slate-500">{t('choiceLists.suggestionsNote')}</p>}
              {entries.length === 0 && <p className="text-sm text-slate-600">{t('choiceLists.empty')}</p>}
              <ol className="divide-y divide-slate-200">
                {entries.map((entry, i) => (
                  <li key={entry.id} className="flex flex-col gap-2 py-2 sm:flex-row sm:items-start sm:justify-between">
                    <div className="min-w-0">
                      <p className="font-medium">
                        {entry.label}
                        {!entry.active && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-normal">{t('choiceLists.inactive')}</span>}
                      </p>
                      {!suggestions.has(key) && <p className="text-xs text-slate-500">{entry.used > 0 ? t('choiceLists.used', { count: entry.used }) : t('choiceLists.notUsed')}</p>}
                    </div>
                    <EntryControls entry={entry} position={i} count={entries.length} />
                  </li>
                ))}
              </ol>
              <AddEntryForm listKey={key} listName={listName} />
            </Panel>
          </section>
        );
      })}
    </div>
  );
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { buttonClass } from '@/components/ui/button';
import type { ListState } from '@/lib/list/params';

// The criteria panel of a list: a plain GET form (works without JavaScript) that keeps search, sort,
// page size, columns, the advanced query (shown apart, with its own messages) and the saved search it came from, and
// starts again at page 1. Collapsed on a phone unless criteria are set. `invalid` names the criteria (URL
// parameters) that could not be used: they do not count as active. "Clear" opens the list without criteria (`all`:
// not the default view).
export async function CriteriaForm({ path, state, invalid = {}, children }: { path: string; state: ListState; invalid?: Record<string, string>; children: ReactNode }) {
  const t = await getTranslations();
  const active = Object.keys(state.criteria).filter((k) => !invalid[k]).length;
  const open = active > 0 || Object.keys(invalid).some((k) => k !== 'c');
  return (
    <details open={open ? true : undefined} className="group rounded-lg border border-slate-200 bg-white shadow-sm md:open:block">
      <summary className="cursor-pointer select-none px-4 py-3 text-sm font-medium">
        {t('list.criteria')}
        {active > 0 && <span className="ml-2 rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">{active}</span>}
      </summary>
      <form method="get" action={path} className="grid gap-3 border-t border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-4">
        {state.q && <input type="hidden" name="q" value={state.q} />}
        {state.sort && <input type="hidden" name="sort" value={state.sort} />}
        {state.sort && state.dir === 'desc' && <input type="hidden" name="dir" value="desc" />}
        {state.per !== 25 && <input type="hidden" name="per" value={state.per} />}
        {state.cols && <input type="hidden" name="cols" value={state.cols.join(',')} />}
        {state.where && <input type="hidden" name="c" value={state.where} />}
        {state.saved && <input type="hidden" name="s" value={state.saved} />}
        {children}
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
          <button type="submit" className={buttonClass('primary')}>
            {t('list.applyCriteria')}
          </button>
          <Link href={`${path}?all`} className={buttonClass('secondary')}>
            {t('list.clearCriteria')}
          </Link>
        </div>
      </form>
    </details>
  );
}

const control = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-base sm:text-sm min-h-10';

// The message under a criterion that could not be used (already translated), linked to its input.
function CriterionError({ name, error }: { name: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`criterion-${name}-error`} role="alert" className="mt-1 text-sm text-red-700">
      {error}
    </p>
  );
}

const described = (name: string, error?: string) => (error ? { 'aria-invalid': true, 'aria-describedby': `criterion-${name}-error` } : {});

// A text criterion; `error` says why its value was not used.
export function TextCriterion({ name, label, value, placeholder, error }: { name: string; label: string; value?: string; placeholder?: string; error?: string }) {
  return (
    <div>
      <label htmlFor={`criterion-${name}`} className="block text-sm text-slate-700">
        {label}
      </label>
      <input id={`criterion-${name}`} name={name} type="text" defaultValue={value ?? ''} placeholder={placeholder} className={control} {...described(name, error)} />
      <CriterionError name={name} error={error} />
    </div>
  );
}

// A date criterion, typed the Dutch way (22-11-2026; ISO works too), whatever language the browser has.
export async function DateCriterion({ name, label, value, error }: { name: string; label: string; value?: string; error?: string }) {
  const t = await getTranslations();
  return <TextCriterion name={name} label={label} value={value} placeholder={t('list.dateFormat')} error={error} />;
}

// A choice criterion; `groups` shows options under headings (subsegments under their segment).
export function SelectCriterion({
  name,
  label,
  value,
  anyLabel,
  options,
  groups,
  error,
}: {
  name: string;
  label: string;
  value?: string;
  anyLabel: string;
  options?: { value: string; label: string }[];
  groups?: { label: string; options: { value: string; label: string }[] }[];
  error?: string;
}) {
  return (
    <div>
      <label htmlFor={`criterion-${name}`} className="block text-sm text-slate-700">
        {label}
      </label>
      <select id={`criterion-${name}`} name={name} defaultValue={value ?? ''} className={control} {...described(name, error)}>
        <option value="">{anyLabel}</option>
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <CriterionError name={name} error={error} />
    </div>
  );
}

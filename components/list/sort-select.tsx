'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { inputClass } from '@/components/ui/field';

// Sorting on a phone, where there are no column headers: one dropdown of column and direction.
export function SortSelect({ options, current }: { options: { value: string; label: string }[]; current: string }) {
  const t = useTranslations();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  return (
    <div className="md:hidden">
      <label htmlFor="sort-select" className="block text-xs font-medium text-slate-600">
        {t('list.sortBy')}
      </label>
      <select
        id="sort-select"
        className={inputClass}
        value={current}
        onChange={(e) => {
          const [sort, dir] = e.target.value.split(':');
          const next = new URLSearchParams(params.toString());
          next.set('sort', sort);
          if (dir === 'desc') next.set('dir', 'desc');
          else next.delete('dir');
          next.delete('page');
          router.push(`${pathname}?${next}`);
        }}
      >
        {current === '' && <option value="">{t('list.sortDefault')}</option>}
        {options.flatMap((o) => [
          <option key={`${o.value}:asc`} value={`${o.value}:asc`}>
            {o.label} ↑
          </option>,
          <option key={`${o.value}:desc`} value={`${o.value}:desc`}>
            {o.label} ↓
          </option>,
        ])}
      </select>
    </div>
  );
}

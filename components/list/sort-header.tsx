import Link from 'next/link';
import { listHref, type ListState } from '@/lib/list/params';

// A column header that sorts the list by its column; a second click reverses the direction.
export function SortHeader({ path, state, column, label, sortable }: { path: string; state: ListState; column: string; label: string; sortable: boolean }) {
  if (!sortable) return <th scope="col" className="px-3 py-2 text-left font-medium">{label}</th>;
  const active = state.sort === column;
  const dir = active && state.dir === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" className="px-3 py-2 text-left font-medium" aria-sort={active ? (state.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <Link href={listHref(path, state, { sort: column, dir, page: 1 })} className="inline-flex items-center gap-1 hover:underline">
        {label}
        <span aria-hidden="true" className="text-xs text-slate-400">
          {active ? (state.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </Link>
    </th>
  );
}

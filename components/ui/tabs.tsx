import Link from 'next/link';

// Tabs that are links, so each tab has its own address.
export function LinkTabs({ label, tabs, current }: { label: string; tabs: { key: string; label: string; href: string }[]; current: string }) {
  return (
    <nav aria-label={label} className="flex gap-1 overflow-x-auto border-b border-slate-200">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? 'page' : undefined}
          className="whitespace-nowrap border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-600 hover:text-slate-900 aria-[current=page]:border-brand-600 aria-[current=page]:text-brand-700"
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}

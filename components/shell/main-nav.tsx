'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import type { NavItem } from '@/lib/navigation';

function isActive(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

// The main navigation: a bar on wide screens, a menu behind a button on a phone.
export function MainNav({ items, badges = {} }: { items: NavItem[]; badges?: Record<string, ReactNode> }) {
  const t = useTranslations();
  const pathname = usePathname();
  // The phone menu is open on the page it was opened on; following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const links = items.map((item) => (
    <Link
      key={item.href}
      href={item.href}
      aria-current={isActive(pathname, item.href) ? 'page' : undefined}
      className="block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium xl:px-2 text-slate-200 hover:bg-brand-700 hover:text-white aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
    >
      {t(item.label)}
      {badges[item.href]}
    </Link>
  ));
  return (
    <>
      <nav aria-label={t('nav.main')} className="hidden xl:flex xl:items-center xl:gap-0.5">
        {links}
      </nav>
      <button
        type="button"
        className="rounded-md px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 xl:hidden"
        aria-expanded={open}
        aria-controls="mobile-nav"
        aria-label={t('nav.menu')}
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        {t('nav.menu')}
        {Object.values(badges)}
      </button>
      {open && (
        <nav id="mobile-nav" aria-label={t('nav.main')} className="absolute inset-x-0 top-14 z-20 space-y-1 bg-brand-900 p-3 shadow-lg xl:hidden">
          {links}
        </nav>
      )}
    </>
  );
}

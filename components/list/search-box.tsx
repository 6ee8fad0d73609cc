'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { inputClass } from '@/components/ui/field';

// The list's search box: waits 300 ms after typing, resets the page and replaces the URL.
export function SearchBox({ label, placeholder }: { label: string; placeholder?: string }) {
  const t = useTranslations();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [value, setValue] = useState(params.get('q') ?? '');
  const [pending, startTransition] = useTransition();
  const last = useRef(params.get('q') ?? '');

  useEffect(() => {
    if (value.trim() === last.current) return;
    const timer = setTimeout(() => {
      last.current = value.trim();
      const next = new URLSearchParams(params.toString());
      if (value.trim()) next.set('q', value.trim());
      else next.delete('q');
      next.delete('page');
      startTransition(() => router.replace(`${pathname}${next.size ? `?${next}` : ''}`));
    }, 300);
    return () => clearTimeout(timer);
  }, [value, params, pathname, router]);

  return (
    <div className="relative w-full sm:max-w-md">
      <label htmlFor="list-search" className="sr-only">
        {label}
      </label>
      <input
        id="list-search"
        type="search"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        placeholder={placeholder ?? label}
        className={inputClass}
        autoComplete="off"
      />
      {pending && (
        <span role="status" className="absolute right-3 top-2.5 text-xs text-slate-500">
          {t('list.searching')}
        </span>
      )}
    </div>
  );
}

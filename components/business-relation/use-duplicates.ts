'use client';

import { useEffect, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { LooseForm } from '@/components/ui/bound-fields';
import type { DuplicateSource } from '@/lib/business-relation/duplicate-sources';
import type { DuplicateMatch } from '@/lib/business-relation/duplicates';

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : v === null || v === undefined ? '' : String(v));
const at = (values: Record<string, unknown>, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], values);

// Likely duplicates of the record being typed in a form (which fields count is `source`'s choice), checked on the
// server ~400 ms after the typing stops. `stored` holds the record being edited: only what changed is looked for.
export function useDuplicates(form: LooseForm, source: DuplicateSource, stored?: Record<string, unknown>): DuplicateMatch[] {
  const watched = useWatch({ control: form.control, name: source.fields as string[] }) as unknown[];
  const values = useMemo(() => Object.fromEntries(source.fields.map((f, i) => [f, text(watched[i])])), [watched, source.fields]);
  const before = useMemo(() => stored && Object.fromEntries(source.fields.map((f) => [f, text(at(stored, f))])), [stored, source.fields]);
  const query = source.query(values, before);
  const [answer, setAnswer] = useState<DuplicateMatch[]>([]);

  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/business-relation/duplicates?${query}`, { signal: controller.signal });
        if (res.ok) setAnswer(await res.json());
      } catch {
        // a newer check replaced this one
      }
    }, 400);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  // Until the next answer arrives, the records the form is about are no duplicates of themselves.
  const own = source.own(values);
  return query ? answer.filter((m) => !own.includes(`${m.kind}-${m.id}`)) : [];
}

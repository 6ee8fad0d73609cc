'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import type { BuilderField } from '@/lib/fields/builder';
import { encodeCriteria } from '@/lib/fields/criteria-url';
import { QueryGroupEditor, type TreeEdit } from './query-group';
import { fromCriteria, toCriteria, updateItem, type QueryGroup } from './query-model';

// A message of the server about a part of the query: where in the tree (see issuePlace), already translated.
export type QueryIssue = { place: string; text: string };

// The advanced criteria of a list: rows of field + operator + value in AND / OR groups (nested), over the record's
// own fields and related ones; [Search] writes the query into the URL (`c`), which the server checks and compiles
// into the list's own definition. What the server could not use stays in place with its message (the page gives
// the builder a new key for each applied query, so that it starts from what the server read).
export function QueryBuilder({ fields, ownLabel, initial, issues }: { fields: BuilderField[]; ownLabel: string; initial: unknown; issues: QueryIssue[] }) {
  const t = useTranslations();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [start] = useState(() => fromCriteria(initial, fields));
  const [tree, setTree] = useState<QueryGroup>(start.group);
  const [pending, startTransition] = useTransition();
  const messages: Record<string, string> = {};
  const loose: string[] = [];
  for (const issue of issues) {
    const key = start.keys[issue.place];
    if (key && key !== start.group.key) messages[key] = issue.text;
    else loose.push(issue.text);
  }
  const edit: TreeEdit = {
    change: (key, item) => {
      setTree((current) => updateItem(current, key, () => item));
    },
    messages,
    focus: (id) => document.getElementById(id)?.focus(),
  };

  const go = (c: string | null) => {
    const next = new URLSearchParams(params.toString());
    if (c) next.set('c', c);
    else next.delete('c');
    next.delete('page');
    next.delete('all');
    startTransition(() => router.push(`${pathname}${next.size ? `?${next}` : ''}`));
  };

  return (
    <form
      data-testid="query-builder"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        go(tree.items.length ? encodeCriteria(toCriteria(tree)) : null);
      }}
    >
      {loose.map((text) => (
        <p key={text} role="alert" className="text-sm text-red-700">
          {text}
        </p>
      ))}
      <QueryGroupEditor group={tree} fields={fields} ownLabel={ownLabel} depth={0} edit={edit} label={t('query.title')} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {t('query.apply')}
        </Button>
        {params.has('c') && (
          <Button type="button" variant="secondary" onClick={() => go(null)} disabled={pending}>
            {t('query.clear')}
          </Button>
        )}
      </div>
    </form>
  );
}

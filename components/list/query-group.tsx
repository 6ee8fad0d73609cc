'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import type { BuilderField } from '@/lib/fields/builder';
import { arity, isGroup, newKey, newRow, type QueryGroup, type QueryItem, type QueryRow } from './query-model';
import { QueryValue } from './query-value';

// What every editor of the tree shares: the change of one item by key, messages per item, and focus.
export type TreeEdit = {
  change: (key: string, item: QueryItem | null) => void;
  messages: Record<string, string>;
  focus: (id: string) => void;
};

const maxDepth = 3;
const focusLater = (edit: TreeEdit, id: string) => setTimeout(() => edit.focus(id), 0);

// One group of the builder: "all" or "any" of its conditions and nested groups, with + condition, + group and
// (below the top) − group; every control a native one, so the keyboard does all that the mouse does.
export function QueryGroupEditor({ group, fields, ownLabel, depth, edit, label, caption, onRemove }: {
  group: QueryGroup; fields: BuilderField[]; ownLabel: string; depth: number; edit: TreeEdit; label?: string; caption?: string; onRemove?: () => void;
}) {
  const t = useTranslations();
  const add = (item: QueryItem, focusId: string) => {
    edit.change(group.key, { ...group, items: [...group.items, item] });
    focusLater(edit, focusId);
  };
  const addRow = () => {
    const row = newRow(fields[0]);
    add(row, `q-${row.key}-field`);
  };
  const addGroup = () => {
    const row = newRow(fields[0]);
    add({ key: newKey(), kind: group.kind === 'and' ? 'or' : 'and', items: [row] }, `q-${row.key}-field`);
  };
  return (
    <div role="group" aria-label={label ?? t('query.group')} className={`space-y-2 rounded-md border p-2 sm:p-3 ${depth % 2 ? 'border-slate-300 bg-slate-50' : 'border-slate-200 bg-white'}`}>
      {caption && <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{caption}</p>}
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`q-${group.key}-kind`} className="text-sm text-slate-700">
          {t('query.match')}
        </label>
        <select id={`q-${group.key}-kind`} className={inputClass.replace('w-full', 'w-auto')} value={group.kind} onChange={(e) => edit.change(group.key, { ...group, kind: e.target.value as 'and' | 'or' })}>
          <option value="and">{t('query.all')}</option>
          <option value="or">{t('query.any')}</option>
        </select>
        {onRemove && (
          <Button type="button" variant="ghost" className="ml-auto" onClick={onRemove} aria-label={t('query.removeGroup')}>
            − {t('query.group')}
          </Button>
        )}
      </div>
      {group.items.length === 0 && <p className="text-sm text-slate-600">{depth === 0 ? t('query.empty') : t('query.emptyWhere')}</p>}
      <ol className="space-y-2">
        {group.items.map((item, i) => (
          <li key={item.key} className="border-t border-slate-200 pt-2 first:border-t-0 first:pt-0 md:border-t-0 md:pt-0">
            {isGroup(item) ? (
              <QueryGroupEditor group={item} fields={fields} ownLabel={ownLabel} depth={depth + 1} edit={edit} onRemove={() => { edit.change(item.key, null); focusLater(edit, `q-${group.key}-add`); }} />
            ) : (
              <QueryRowEditor row={item} index={i + 1} fields={fields} ownLabel={ownLabel} depth={depth} edit={edit} onRemove={() => { edit.change(item.key, null); focusLater(edit, `q-${group.key}-add`); }} />
            )}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button id={`q-${group.key}-add`} type="button" variant="secondary" onClick={addRow}>
          + {t('query.condition')}
        </Button>
        {depth < maxDepth - 1 && (
          <Button type="button" variant="secondary" onClick={addGroup}>
            + {t('query.group')}
          </Button>
        )}
      </div>
    </div>
  );
}

// One row: field, operator, value(s) and − ; a row about related records holds their own group ("where").
function QueryRowEditor({ row, index, fields, ownLabel, depth, edit, onRemove }: {
  row: QueryRow; index: number; fields: BuilderField[]; ownLabel: string; depth: number; edit: TreeEdit; onRemove: () => void;
}) {
  const t = useTranslations();
  const field = fields.find((f) => f.name === row.field);
  const groups = [...new Set(fields.map((f) => f.group))];
  const message = edit.messages[row.key];
  const errorId = message ? `q-${row.key}-error` : undefined;
  const setField = (name: string) => {
    const next = fields.find((f) => f.name === name)!;
    edit.change(row.key, { ...newRow(next), key: row.key });
  };
  const setOp = (op: QueryRow['op']) => {
    const keep = arity(op) === arity(row.op) || (arity(op) !== 0 && arity(row.op) !== 0 && arity(op) !== 2 && arity(row.op) !== 2);
    edit.change(row.key, { ...row, op, values: keep ? row.values : field ? newRow(field, op).values : [] });
  };
  return (
    <div className="space-y-2">
      <div className="grid grid-cols-1 gap-2 md:grid-cols-[minmax(0,16rem)_minmax(0,12rem)_minmax(0,1fr)_auto] md:items-start">
        <select id={`q-${row.key}-field`} aria-label={t('query.fieldOf', { n: index })} className={inputClass} value={field ? row.field : ''} onChange={(e) => setField(e.target.value)}>
          {!field && <option value="">{row.field || t('query.chooseField')}</option>}
          {groups.map((g) => (
            <optgroup key={g} label={g || ownLabel}>
              {fields.filter((f) => f.group === g).map((f) => <option key={f.name} value={f.name}>{f.label}</option>)}
            </optgroup>
          ))}
        </select>
        <select id={`q-${row.key}-op`} aria-label={t('query.operatorOf', { n: index })} className={inputClass} value={row.op} onChange={(e) => setOp(e.target.value as QueryRow['op'])} disabled={!field}>
          {(field?.ops ?? [{ op: row.op, label: row.op }]).map((o) => <option key={o.op} value={o.op}>{o.label}</option>)}
        </select>
        <div>{field && <QueryValue id={`q-${row.key}-value`} field={field} op={row.op} values={row.values} onChange={(values) => edit.change(row.key, { ...row, values })} invalid={!!message} describedBy={errorId} />}</div>
        <Button type="button" variant="ghost" onClick={onRemove} aria-label={t('query.removeCondition', { n: index })} className="justify-self-end">
          − <span className="md:hidden">{t('query.condition')}</span>
        </Button>
      </div>
      {message && (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {message}
        </p>
      )}
      {field?.where && row.where && (
        <div className="pl-3 sm:pl-6">
          <QueryGroupEditor group={row.where} fields={field.where} ownLabel={field.label} depth={depth + 1} edit={edit} label={`${field.label}: ${t('query.where')}`} caption={t('query.where')} />
        </div>
      )}
    </div>
  );
}

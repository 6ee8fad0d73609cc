'use client';

import { useLocale, useTranslations } from 'next-intl';
import { inputClass } from '@/components/ui/field';
import type { BuilderField } from '@/lib/fields/builder';
import type { Operator } from '@/lib/fields/types';
import { arity } from './query-model';

type Props = { id: string; field: BuilderField; op: Operator; values: string[]; onChange: (values: string[]) => void; invalid: boolean; describedBy?: string };

const control = `${inputClass} min-w-0`;

// The value inputs of one row of the builder, by the field's kind and the operator: text (phone numbers and
// postcodes typed the Dutch way), a date as dd-mm-yyyy, a number of days, a month, a number, one choice or several.
export function QueryValue({ id, field, op, values, onChange, invalid, describedBy }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const n = arity(op);
  if (n === 0) return null;
  const aria = { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy };
  const set = (i: number, v: string) => onChange(Object.assign([...values], { [i]: v }));

  if (op === 'inMonth') {
    const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    return (
      <select id={id} aria-label={t('query.value')} className={control} value={values[0] ?? ''} onChange={(e) => onChange([e.target.value])} {...aria}>
        <option value="">{t('query.chooseMonth')}</option>
        {Array.from({ length: 12 }, (_, i) => (
          <option key={i} value={String(i + 1)}>
            {month.format(new Date(Date.UTC(2000, i, 1)))}
          </option>
        ))}
      </select>
    );
  }
  if (op === 'inLastDays' || op === 'inNextDays') {
    return (
      <span className="flex items-center gap-2">
        <input id={id} type="number" min={0} inputMode="numeric" aria-label={t('query.days')} className={control} value={values[0] ?? ''} onChange={(e) => onChange([e.target.value])} {...aria} />
        <span className="text-sm text-slate-700">{t('query.days')}</span>
      </span>
    );
  }
  if (field.options && n === 'many') {
    const chosen = new Set(values);
    return (
      <fieldset id={id} className="max-h-40 overflow-auto rounded-md border border-slate-300 bg-white p-2" {...aria}>
        <legend className="sr-only">{t('query.value')}</legend>
        {field.options.map((o) => (
          <label key={o.value} className="flex min-h-8 items-center gap-2 text-sm">
            <input type="checkbox" checked={chosen.has(o.value)} onChange={() => onChange(chosen.has(o.value) ? values.filter((v) => v !== o.value) : [...values, o.value])} />
            {o.group ? `${o.group} › ${o.label}` : o.label}
          </label>
        ))}
      </fieldset>
    );
  }
  if (field.options) {
    const groups = [...new Set(field.options.map((o) => o.group ?? ''))];
    return (
      <select id={id} aria-label={t('query.value')} className={control} value={values[0] ?? ''} onChange={(e) => onChange([e.target.value])} {...aria}>
        {groups.map((g) =>
          g ? (
            <optgroup key={g} label={g}>
              {field.options!.filter((o) => o.group === g).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </optgroup>
          ) : (
            field.options!.filter((o) => !o.group).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)
          ),
        )}
      </select>
    );
  }
  const typed = (i: number, label: string) => (
    <input
      id={i === 0 ? id : `${id}-to`}
      type={field.value === 'number' ? 'number' : field.input === 'tel' ? 'tel' : 'text'}
      min={field.value === 'number' ? 0 : undefined}
      inputMode={field.value === 'number' ? 'numeric' : undefined}
      placeholder={field.value === 'date' ? t('list.dateFormat') : field.input === 'postcode' ? '1234 AB' : undefined}
      aria-label={label}
      className={control}
      value={values[i] ?? ''}
      onChange={(e) => set(i, e.target.value)}
      {...aria}
    />
  );
  if (n === 2) {
    return (
      <span className="grid grid-cols-[1fr_auto_1fr] items-center gap-2">
        {typed(0, t('query.value'))}
        <span className="text-sm text-slate-700">{t('query.and')}</span>
        {typed(1, t('query.valueTo'))}
      </span>
    );
  }
  return typed(0, t('query.value'));
}

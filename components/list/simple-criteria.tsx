import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { DateCriterion, SelectCriterion, TextCriterion } from '@/components/list/criteria-form';
import type { ChoiceOption } from '@/lib/choice-lists/queries';
import type { SimpleCriterion } from '@/lib/fields/simple';
import type { FieldDef, Registry } from '@/lib/fields/types';
import type { ListState } from '@/lib/list/params';
import type { SegmentOption } from '@/lib/segments/queries';
import { parseErrorMessage } from '@/lib/validation/message';

// What the criteria's dropdowns offer: choice values per choice list, segments, users; `slots` puts a component
// of the list's own in place of a criterion (say, an organisation picker).
export type CriteriaOptions = {
  choices?: Record<string, ChoiceOption[]>;
  segments?: SegmentOption[];
  users?: { id: number; name: string }[];
  slots?: Record<string, ReactNode>;
};

// The inputs of a list's simple criteria form, each chosen by its field's kind: text, a date typed the Dutch way,
// yes / no, a choice list's values, main segments, subsegments under their segment, users.
export async function SimpleCriteriaFields({ registry, simple, state, options, invalid }: {
  registry: Registry;
  simple: readonly SimpleCriterion[];
  state: ListState;
  options: CriteriaOptions;
  invalid: Record<string, string>;
}) {
  const t = await getTranslations();
  const any = t('list.any');
  const message = (param: string) => {
    if (!invalid[param]) return undefined;
    const { key, values } = parseErrorMessage(invalid[param]);
    return t(key, values);
  };
  const segments = options.segments ?? [];
  const mains = segments.filter((s) => s.parentId === null);
  const choicesOf = (def: FieldDef) => (options.choices?.[def.choiceList ?? ''] ?? []).map((o) => ({ value: String(o.id), label: o.label }));
  const yesNo = [{ value: 'yes', label: t('common.yes') }, { value: 'no', label: t('common.no') }];
  return (
    <>
      {simple.map((s) => {
        const def = registry.find((f) => f.name === s.field)!;
        const props = { name: s.param, label: t(s.label ?? def.label), value: state.criteria[s.param], error: message(s.param) };
        if (options.slots?.[s.param]) return <div key={s.param}>{options.slots[s.param]}</div>;
        if (s.input === 'date') return <DateCriterion key={s.param} {...props} />;
        const select = (list: { value: string; label: string }[]) => (
          <SelectCriterion key={s.param} {...props} anyLabel={any} options={[...(s.offers ?? []).map((o) => ({ value: o.value, label: t(o.label) })), ...list]} />
        );
        if (def.kind === 'boolean' || def.filter?.value === 'boolean') return select(yesNo);
        if (def.kind === 'choice') return select(choicesOf(def));
        if (def.kind === 'segment') return select(mains.map((m) => ({ value: String(m.id), label: m.name })));
        if (def.kind === 'user') return select((options.users ?? []).map((u) => ({ value: String(u.id), label: u.name })));
        if (def.kind === 'subsegment') {
          const groups = mains.map((m) => ({ label: m.name, options: segments.filter((x) => x.parentId === m.id).map((x) => ({ value: String(x.id), label: x.name })) }));
          return <SelectCriterion key={s.param} {...props} anyLabel={any} groups={groups} />;
        }
        return <TextCriterion key={s.param} {...props} />;
      })}
    </>
  );
}

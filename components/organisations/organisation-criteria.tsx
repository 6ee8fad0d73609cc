import { getTranslations } from 'next-intl/server';
import { CriteriaForm, DateCriterion, SelectCriterion, TextCriterion } from '@/components/list/criteria-form';
import type { ChoiceOption } from '@/lib/choice-lists/queries';
import type { Lookups } from '@/lib/lookups';
import type { OrganisationListState } from '@/lib/organisations/list';
import type { SegmentOption } from '@/lib/segments/queries';

type Props = {
  state: OrganisationListState;
  choices: { relation_type: ChoiceOption[]; status: ChoiceOption[]; industry: ChoiceOption[] };
  segments: SegmentOption[];
  lookups: Lookups;
  canSeeDeleted: boolean;
};

const options = (list: ChoiceOption[]) => list.map((o) => ({ value: String(o.id), label: o.label }));

// The criteria of the organisations list (inactive segments and values stay searchable).
export async function OrganisationCriteria({ state, choices, segments, lookups, canSeeDeleted }: Props) {
  const t = await getTranslations();
  const c = state.criteria;
  const any = t('list.any');
  const mains = segments.filter((s) => s.parentId === null);
  return (
    <CriteriaForm path="/organisations" state={state}>
      <TextCriterion name="name" label={t('organisations.fields.name')} value={c.name} />
      <TextCriterion name="city" label={t('organisations.fields.city')} value={c.city} />
      <TextCriterion name="postcode" label={t('organisations.criteria.postcodeStartsWith')} value={c.postcode} />
      <SelectCriterion
        name="am"
        label={t('organisations.fields.accountManager')}
        value={c.am}
        anyLabel={any}
        options={[
          { value: 'me', label: t('organisations.criteria.mine') },
          { value: 'none', label: t('organisations.criteria.noAccountManager') },
          ...lookups.activeUsers.map((u) => ({ value: String(u.id), label: u.name })),
        ]}
      />
      <SelectCriterion name="segment" label={t('organisations.fields.segment')} value={c.segment} anyLabel={any} options={mains.map((s) => ({ value: String(s.id), label: s.name }))} />
      <SelectCriterion
        name="subsegment"
        label={t('organisations.fields.subsegment')}
        value={c.subsegment}
        anyLabel={any}
        groups={mains.map((m) => ({ label: m.name, options: segments.filter((s) => s.parentId === m.id).map((s) => ({ value: String(s.id), label: s.name })) }))}
      />
      <SelectCriterion name="status" label={t('organisations.fields.status')} value={c.status} anyLabel={any} options={options(choices.status)} />
      <SelectCriterion name="type" label={t('organisations.fields.relationType')} value={c.type} anyLabel={any} options={options(choices.relation_type)} />
      <SelectCriterion name="industry" label={t('organisations.fields.industry')} value={c.industry} anyLabel={any} options={options(choices.industry)} />
      <SelectCriterion
        name="active"
        label={t('organisations.fields.active')}
        value={c.active}
        anyLabel={any}
        options={[
          { value: 'yes', label: t('common.yes') },
          { value: 'no', label: t('common.no') },
        ]}
      />
      <DateCriterion name="createdFrom" label={t('organisations.criteria.createdFrom')} value={c.createdFrom} />
      <DateCriterion name="createdTo" label={t('organisations.criteria.createdTo')} value={c.createdTo} />
      <DateCriterion name="updatedFrom" label={t('organisations.criteria.updatedFrom')} value={c.updatedFrom} />
      <DateCriterion name="updatedTo" label={t('organisations.criteria.updatedTo')} value={c.updatedTo} />
      {canSeeDeleted && c.view === 'deleted' && <input type="hidden" name="view" value="deleted" />}
    </CriteriaForm>
  );
}

import { getTranslations } from 'next-intl/server';
import { CriteriaForm, DateCriterion, SelectCriterion, TextCriterion } from '@/components/list/criteria-form';
import type { PersonInOrganisationListState } from '@/lib/persons-in-organisation/list';
import type { SegmentOption } from '@/lib/segments/queries';
import { OrganisationCriterion } from './organisation-criterion';

type Props = {
  state: PersonInOrganisationListState;
  segments: SegmentOption[];
  organisation: { id: number; label: string } | null;
  canSeeDeleted: boolean;
};

// The criteria of the persons in organisation list (inactive categories stay searchable).
export async function PersonInOrganisationCriteria({ state, segments, organisation, canSeeDeleted }: Props) {
  const t = await getTranslations();
  const c = state.criteria;
  const any = t('list.any');
  const f = (key: string) => t(`personsInOrganisation.fields.${key}`);
  const mains = segments.filter((s) => s.parentId === null);
  return (
    <CriteriaForm path="/persons-in-organisation" state={state}>
      <OrganisationCriterion label={f('organisation')} value={organisation} />
      <SelectCriterion name="category" label={f('category')} value={c.category} anyLabel={any} options={mains.map((s) => ({ value: String(s.id), label: s.name }))} />
      <SelectCriterion
        name="subcategory"
        label={f('subcategory')}
        value={c.subcategory}
        anyLabel={any}
        groups={mains.map((m) => ({ label: m.name, options: segments.filter((s) => s.parentId === m.id).map((s) => ({ value: String(s.id), label: s.name })) }))}
      />
      <SelectCriterion
        name="active"
        label={f('active')}
        value={c.active}
        anyLabel={any}
        options={[
          { value: 'yes', label: t('common.yes') },
          { value: 'no', label: t('common.no') },
        ]}
      />
      <TextCriterion name="department" label={f('department')} value={c.department} />
      <TextCriterion name="jobTitle" label={f('jobTitle')} value={c.jobTitle} />
      <DateCriterion name="startFrom" label={t('personsInOrganisation.criteria.startFrom')} value={c.startFrom} />
      <DateCriterion name="startTo" label={t('personsInOrganisation.criteria.startTo')} value={c.startTo} />
      <DateCriterion name="endFrom" label={t('personsInOrganisation.criteria.endFrom')} value={c.endFrom} />
      <DateCriterion name="endTo" label={t('personsInOrganisation.criteria.endTo')} value={c.endTo} />
      {canSeeDeleted && c.view === 'deleted' && <input type="hidden" name="view" value="deleted" />}
    </CriteriaForm>
  );
}

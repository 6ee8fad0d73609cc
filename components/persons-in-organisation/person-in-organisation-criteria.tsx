import { getTranslations } from 'next-intl/server';
import { CriteriaForm } from '@/components/list/criteria-form';
import { SimpleCriteriaFields } from '@/components/list/simple-criteria';
import { stateCriteria } from '@/lib/fields/list-where';
import { personInOrganisationFields } from '@/lib/persons-in-organisation/fields';
import { personInOrganisationSimpleCriteria, type PersonInOrganisationListState } from '@/lib/persons-in-organisation/list';
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
  const { invalid } = stateCriteria(personInOrganisationFields, personInOrganisationSimpleCriteria, state);
  const slots = { organisation: <OrganisationCriterion label={t('personsInOrganisation.fields.organisation')} value={organisation} /> };
  return (
    <CriteriaForm path="/persons-in-organisation" state={state} invalid={invalid}>
      <SimpleCriteriaFields registry={personInOrganisationFields} simple={personInOrganisationSimpleCriteria} state={state} invalid={invalid} options={{ segments, slots }} />
      {canSeeDeleted && state.criteria.view === 'deleted' && <input type="hidden" name="view" value="deleted" />}
    </CriteriaForm>
  );
}

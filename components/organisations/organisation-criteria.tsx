import { CriteriaForm } from '@/components/list/criteria-form';
import { SimpleCriteriaFields } from '@/components/list/simple-criteria';
import type { ChoiceOption } from '@/lib/choice-lists/queries';
import { stateCriteria } from '@/lib/fields/list-where';
import type { Lookups } from '@/lib/lookups';
import { organisationFields } from '@/lib/organisations/fields';
import { organisationSimpleCriteria, type OrganisationListState } from '@/lib/organisations/list';
import type { SegmentOption } from '@/lib/segments/queries';

type Props = {
  state: OrganisationListState;
  choices: { relation_type: ChoiceOption[]; status: ChoiceOption[]; industry: ChoiceOption[] };
  segments: SegmentOption[];
  lookups: Lookups;
  canSeeDeleted: boolean;
};

// The criteria of the organisations list (inactive segments and values stay searchable).
export async function OrganisationCriteria({ state, choices, segments, lookups, canSeeDeleted }: Props) {
  const { invalid } = stateCriteria(organisationFields, organisationSimpleCriteria, state);
  return (
    <CriteriaForm path="/organisations" state={state} invalid={invalid}>
      <SimpleCriteriaFields registry={organisationFields} simple={organisationSimpleCriteria} state={state} invalid={invalid} options={{ choices, segments, users: lookups.activeUsers }} />
      {canSeeDeleted && state.criteria.view === 'deleted' && <input type="hidden" name="view" value="deleted" />}
    </CriteriaForm>
  );
}

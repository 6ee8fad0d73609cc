import { CriteriaForm } from '@/components/list/criteria-form';
import { SimpleCriteriaFields } from '@/components/list/simple-criteria';
import { stateCriteria } from '@/lib/fields/list-where';
import { personFields } from '@/lib/persons/fields';
import { personSimpleCriteria, type PersonListState } from '@/lib/persons/list';

// The criteria of the persons list.
export async function PersonCriteria({ state, canSeeDeleted }: { state: PersonListState; canSeeDeleted: boolean }) {
  const { invalid } = stateCriteria(personFields, personSimpleCriteria, state);
  return (
    <CriteriaForm path="/persons" state={state} invalid={invalid}>
      <SimpleCriteriaFields registry={personFields} simple={personSimpleCriteria} state={state} invalid={invalid} options={{}} />
      {canSeeDeleted && state.criteria.view === 'deleted' && <input type="hidden" name="view" value="deleted" />}
    </CriteriaForm>
  );
}

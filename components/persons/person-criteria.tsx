import { getTranslations } from 'next-intl/server';
import { CriteriaForm, SelectCriterion, TextCriterion } from '@/components/list/criteria-form';
import type { PersonListState } from '@/lib/persons/list';

// The criteria of the persons list.
export async function PersonCriteria({ state, canSeeDeleted }: { state: PersonListState; canSeeDeleted: boolean }) {
  const t = await getTranslations();
  const c = state.criteria;
  const yesNo = [
    { value: 'yes', label: t('common.yes') },
    { value: 'no', label: t('common.no') },
  ];
  return (
    <CriteriaForm path="/persons" state={state}>
      <TextCriterion name="organisation" label={t('persons.criteria.organisation')} value={c.organisation} />
      <TextCriterion name="city" label={t('persons.fields.city')} value={c.city} />
      <TextCriterion name="postcode" label={t('persons.criteria.postcodeStartsWith')} value={c.postcode} />
      <SelectCriterion name="employed" label={t('persons.criteria.employed')} value={c.employed} anyLabel={t('list.any')} options={yesNo} />
      <SelectCriterion name="consent" label={t('persons.fields.marketingConsent')} value={c.consent} anyLabel={t('list.any')} options={yesNo} />
      <SelectCriterion name="passive" label={t('persons.fields.passive')} value={c.passive} anyLabel={t('list.any')} options={yesNo} />
      {canSeeDeleted && c.view === 'deleted' && <input type="hidden" name="view" value="deleted" />}
    </CriteriaForm>
  );
}

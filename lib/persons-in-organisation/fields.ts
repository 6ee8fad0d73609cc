import { field } from '@/lib/fields/define';
import type { Registry } from '@/lib/fields/types';
import { checkbox, optionalDate, optionalEmail, optionalId, optionalLongText, optionalPhone, optionalText, requiredId } from '@/lib/validation/fields';

const f = (key: string) => `personsInOrganisation.fields.${key}`;
const edit = true as const;

// Every field of a person in organisation, once, in form order (see organisationFields). The person and
// organisation columns sort on the stored sort keys of the table itself (never across a join); their names are
// read for one page at a time.
export const personInOrganisationFields = [
  field('personId', 'reference', f('person'), { schema: requiredId(), editable: edit, list: { param: 'person', sort: { key: 'r.person_sort_name' }, select: '' }, filter: {} }),
  field('organisationId', 'reference', f('organisation'), { schema: requiredId(), editable: edit, list: { param: 'organisation', sort: { key: 'r.organisation_name_sort' }, select: '' }, filter: {} }),
  field('department', 'text', f('department'), { schema: optionalText(100), editable: edit, list: { param: 'department', sort: 'plain' }, filter: {} }),
  field('jobTitle', 'text', f('jobTitle'), { schema: optionalText(100), editable: edit, list: { param: 'jobTitle', sort: 'plain' }, filter: {} }),
  field('email', 'email', f('email'), { schema: optionalEmail(), editable: edit, list: { param: 'email', sort: 'plain' }, filter: {} }),
  field('phone', 'phone', f('phone'), { schema: optionalPhone(), editable: edit, list: { param: 'phone', sort: 'plain' }, filter: {} }),
  field('mobile', 'phone', f('mobile'), { schema: optionalPhone(), editable: edit, filter: {} }),
  field('categoryId', 'segment', f('category'), { segmentsOf: 'personInOrganisation', schema: optionalId(), editable: edit, list: { param: 'category', sort: 'folded-name' }, filter: {} }),
  field('subcategoryId', 'subsegment', f('subcategory'), { segmentsOf: 'personInOrganisation', schema: optionalId(), editable: edit, parent: 'categoryId', list: { param: 'subcategory', sort: 'folded-name' }, filter: {} }),
  field('active', 'boolean', f('active'), { initial: true, schema: checkbox(), editable: edit, list: { param: 'active', sort: 'plain' }, filter: {} }),
  field('startDate', 'date', f('startDate'), { schema: optionalDate(), editable: edit, list: { param: 'startDate', sort: 'dateOrEarliest' }, filter: {} }),
  field('endDate', 'date', f('endDate'), { schema: optionalDate(), editable: edit, list: { param: 'endDate', sort: 'dateOrEarliest' }, filter: {} }),
  field('notes', 'longText', f('notes'), { schema: optionalLongText(), editable: edit }),
  field('createdAt', 'timestamp', 'common.createdAt', { filter: {} }),
  field('updatedAt', 'timestamp', f('updatedAt'), { filter: {} }),
] as const satisfies Registry;

// The columns the persons in organisation list shows when the user chose none.
export const defaultPersonInOrganisationColumns = ['person', 'organisation', 'department', 'jobTitle', 'email', 'phone', 'category', 'active'];

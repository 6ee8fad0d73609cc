import { field } from '@/lib/fields/define';
import type { Registry } from '@/lib/fields/types';
import {
  checkbox, countryCode, optionalDate, optionalEmail, optionalId, optionalInitials, optionalLongText, optionalPhone, optionalText, requiredText,
} from '@/lib/validation/fields';

const f = (key: string) => `persons.fields.${key}`;
const column = (key: string) => `persons.columns.${key}`;
const edit = true as const;

// The current organisations and job titles of a person, as the list reads them.
const employers = `(SELECT string_agg(o.name, ', ' ORDER BY o.name_sort) FROM persons_in_organisation e JOIN organisations o ON o.id = e.organisation_id
    WHERE e.person_id = r.id AND e.active AND e.deleted_at IS NULL) AS organisations`;
const jobTitles = `(SELECT string_agg(DISTINCT e.job_title, ', ') FROM persons_in_organisation e
    WHERE e.person_id = r.id AND e.active AND e.deleted_at IS NULL) AS "jobTitles"`;

// Every field of a person, once (see organisationFields); the name column shows the name the way it
// sorts ("Berg, Jan van den"), on the stored Dutch sort key.
export const personFields = [
  field('name', 'computed', column('name'), { list: { param: 'name', sort: { key: 'r.sort_name' }, select: '' } }),
  field('organisations', 'computed', column('organisations'), { list: { param: 'organisations', select: employers } }),
  field('jobTitles', 'computed', column('jobTitles'), { list: { param: 'jobTitles', select: jobTitles } }),
  field('salutationId', 'choice', f('salutation'), { schema: optionalId(), editable: edit, choiceList: 'salutation', filter: {} }),
  field('initials', 'initials', f('initials'), { schema: optionalInitials(), editable: edit }),
  field('firstName', 'text', f('firstName'), { schema: optionalText(100), editable: edit, filter: {} }),
  field('namePrefix', 'text', f('namePrefix'), { schema: optionalText(30), editable: edit }),
  field('lastName', 'text', f('lastName'), { schema: requiredText(100), editable: edit, filter: {} }),
  field('privateEmail', 'email', f('privateEmail'), { schema: optionalEmail(), editable: edit, list: { param: 'email', sort: 'plain', label: column('email') }, filter: {} }),
  field('mobile', 'phone', f('mobile'), { schema: optionalPhone(), editable: edit, list: { param: 'mobile', sort: 'plain' }, filter: {} }),
  field('phone', 'phone', f('phone'), { schema: optionalPhone(), editable: edit, list: { param: 'phone', sort: 'plain' }, filter: {} }),
  field('dateOfBirth', 'date', f('dateOfBirth'), { schema: optionalDate({ notInFuture: true }), editable: edit, filter: {} }),
  field('street', 'text', f('street'), { schema: optionalText(200), editable: edit }),
  field('houseNumber', 'text', f('houseNumber'), { schema: optionalText(20), editable: edit }),
  field('houseNumberAddition', 'text', f('houseNumberAddition'), { schema: optionalText(20), editable: edit }),
  field('city', 'text', f('city'), { schema: optionalText(100), editable: edit, list: { param: 'city', sort: 'folded' }, filter: {} }),
  field('postcode', 'postcode', f('postcode'), { schema: optionalText(20), editable: edit, list: { param: 'postcode', sort: 'plain' }, filter: {} }),
  field('country', 'country', f('country'), { schema: countryCode(), editable: edit, filter: {} }),
  field('marketingConsent', 'boolean', f('marketingConsent'), { schema: checkbox(), editable: edit, list: { param: 'consent', sort: 'plain', label: column('consent') }, filter: {} }),
  field('marketingConsentAt', 'timestamp', f('marketingConsentAt'), { filter: {} }),
  field('passive', 'boolean', f('passive'), { schema: checkbox(), editable: edit, filter: {} }),
  field('notes', 'longText', f('notes'), { schema: optionalLongText(), editable: edit }),
  field('employed', 'computed', 'persons.criteria.employed', { filter: { value: 'boolean' } }),
  field('employerName', 'computed', 'persons.criteria.organisation', { filter: { ops: ['contains'] } }),
  field('createdAt', 'timestamp', 'common.createdAt', { filter: {} }),
  field('updatedAt', 'timestamp', column('updatedAt'), { list: { param: 'updatedAt', sort: 'plain' }, filter: {} }),
] as const satisfies Registry;

// The columns the persons list shows when the user chose none.
export const defaultPersonColumns = ['name', 'organisations', 'jobTitles', 'email', 'mobile', 'city'];

import { field } from '@/lib/fields/define';
import type { Registry } from '@/lib/fields/types';
import {
  checkbox, countryCode, optionalEmail, optionalIban, optionalId, optionalKvk, optionalLongText, optionalPhone, optionalText,
  optionalUrl, optionalVat, requiredText,
} from '@/lib/validation/fields';

const f = (key: string) => `organisations.fields.${key}`;
const edit = true as const;
const visit = { group: 'organisations.tabs.visit' };
const postal = { group: 'organisations.tabs.postal' };

// Every field of an organisation, once (list columns first, in the column chooser's order): what it is, how it is checked, shown, listed, sorted and
// filtered. Forms, lists, criteria, history and conflicts are derived from it.
export const organisationFields = [
  field('name', 'text', f('name'), { schema: requiredText(200), editable: edit, list: { param: 'name', sort: { key: 'r.name_sort' } }, filter: { fold: 'name_sort' } }),
  field('customerNumber', 'text', f('customerNumber'), { schema: optionalText(50), editable: edit, list: { param: 'customerNumber', sort: 'plain' }, filter: {} }),
  field('visitCity', 'text', f('city'), { ...visit, schema: optionalText(100), editable: edit, list: { param: 'city', sort: 'folded' }, filter: {} }),
  field('accountManagerId', 'user', f('accountManager'), { schema: optionalId(), editable: edit, list: { param: 'accountManager', sort: 'folded-name' }, filter: {} }),
  field('segmentId', 'segment', f('segment'), { segmentsOf: 'organisation', schema: optionalId(), editable: edit, list: { param: 'segment', sort: 'folded-name' }, filter: {} }),
  field('subsegmentId', 'subsegment', f('subsegment'), { segmentsOf: 'organisation', schema: optionalId(), editable: edit, parent: 'segmentId', list: { param: 'subsegment', sort: 'folded-name' }, filter: {} }),
  field('relationTypeId', 'choice', f('relationType'), { schema: optionalId(), editable: edit, choiceList: 'relation_type', list: { param: 'relationType', sort: 'choiceOrder' }, filter: {} }),
  field('statusId', 'choice', f('status'), { schema: optionalId(), editable: edit, choiceList: 'status', list: { param: 'status', sort: 'choiceOrder' }, filter: {} }),
  field('industryId', 'choice', f('industry'), { schema: optionalId(), editable: edit, choiceList: 'industry', list: { param: 'industry', sort: 'choiceLabel' }, filter: {} }),
  field('phone', 'phone', f('phone'), { schema: optionalPhone(), editable: edit, list: { param: 'phone', sort: 'plain' }, filter: {} }),
  field('email', 'email', f('email'), { schema: optionalEmail(), editable: edit, list: { param: 'email', sort: 'plain' }, filter: {} }),
  field('kvkNumber', 'kvk', f('kvkNumber'), { schema: optionalKvk(), editable: edit, filter: {} }),
  field('vatNumber', 'vat', f('vatNumber'), { schema: optionalVat(), editable: edit, filter: {} }),
  field('iban', 'iban', f('iban'), { schema: optionalIban(), editable: edit, filter: {} }),
  field('website', 'url', f('website'), { schema: optionalUrl(), editable: edit, filter: {} }),
  field('description', 'longText', f('description'), { schema: optionalLongText(), editable: edit }),
  field('active', 'boolean', f('active'), { initial: true, schema: checkbox(), editable: edit, filter: {} }),
  field('visitStreet', 'text', f('street'), { ...visit, schema: optionalText(200), editable: edit, filter: {} }),
  field('visitHouseNumber', 'text', f('houseNumber'), { ...visit, schema: optionalText(20), editable: edit }),
  field('visitHouseNumberAddition', 'text', f('houseNumberAddition'), { ...visit, schema: optionalText(20), editable: edit }),
  field('visitPostcode', 'postcode', f('postcode'), { ...visit, schema: optionalText(20), editable: edit, filter: {} }),
  field('visitCountry', 'country', f('country'), { ...visit, schema: countryCode(), editable: edit, filter: {} }),
  field('postalSameAsVisit', 'boolean', f('postalSameAsVisit'), { initial: true, schema: checkbox(), editable: edit }),
  field('postalPoBox', 'text', f('postalPoBox'), { ...postal, schema: optionalText(20), editable: edit }),
  field('postalStreet', 'text', f('street'), { ...postal, schema: optionalText(200), editable: edit }),
  field('postalHouseNumber', 'text', f('houseNumber'), { ...postal, schema: optionalText(20), editable: edit }),
  field('postalHouseNumberAddition', 'text', f('houseNumberAddition'), { ...postal, schema: optionalText(20), editable: edit }),
  field('postalPostcode', 'postcode', f('postcode'), { ...postal, schema: optionalText(20), editable: edit, filter: {} }),
  field('postalCity', 'text', f('city'), { ...postal, schema: optionalText(100), editable: edit, filter: {} }),
  field('postalCountry', 'country', f('country'), { ...postal, schema: countryCode(), editable: edit }),
  field('createdAt', 'timestamp', 'common.createdAt', { filter: {} }),
  field('updatedAt', 'timestamp', f('updatedAt'), { list: { param: 'updatedAt', sort: 'plain' }, filter: {} }),
] as const satisfies Registry;

// The columns the organisations list shows when the user chose none.
export const defaultOrganisationColumns = ['name', 'customerNumber', 'city', 'accountManager', 'status', 'segment'];

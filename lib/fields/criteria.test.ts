import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { parseListState } from '@/lib/list/params';
import { organisationFields } from '@/lib/organisations/fields';
import { organisationCriteria, organisationSimpleCriteria } from '@/lib/organisations/list';
import { personInOrganisationFields } from '@/lib/persons-in-organisation/fields';
import { personInOrganisationCriteria, personInOrganisationSimpleCriteria } from '@/lib/persons-in-organisation/list';
import { personFields } from '@/lib/persons/fields';
import { personConditions, personCriteria, personSimpleCriteria } from '@/lib/persons/list';
import { compileCriteria } from './compile';
import { criteriaSchema, parseCriteriaParam } from './criteria';
import { stateCriteria } from './list-where';
import type { Registry } from './types';

const query = (q: SQL) => new PgDialect().sqlToQuery(q);
const schema = criteriaSchema(organisationFields);

describe('criteria as data', () => {
  it('brings values into their stored form: Dutch dates as ISO, ids as numbers, yes / no as booleans', () => {
    expect(schema.parse({ and: [
      { field: 'createdAt', op: 'onOrAfter', value: '22-11-2026' },
      { field: 'statusId', op: 'isAnyOf', value: ['3', 4] },
      { field: 'active', op: 'is', value: 'no' },
      { or: [{ field: 'accountManagerId', op: 'is', value: 'me' }, { field: 'accountManagerId', op: 'isEmpty' }] },
    ] })).toEqual({ and: [
      { field: 'createdAt', op: 'onOrAfter', value: '2026-11-22' },
      { field: 'statusId', op: 'isAnyOf', value: [3, 4] },
      { field: 'active', op: 'is', value: false },
      { or: [{ field: 'accountManagerId', op: 'is', value: 'me' }, { field: 'accountManagerId', op: 'isEmpty' }] },
    ] });
  });

  it('refuses an unknown field, an operator the field does not offer and a value that does not fit, each with a clear message', () => {
    const message = (input: unknown) => {
      const r = schema.safeParse(input);
      return r.success ? null : r.error.issues[0].message;
    };
    expect(message({ field: 'passwordHash', op: 'is', value: 'x' })).toBe('criteria.unknownField');
    expect(message({ field: 'name', op: 'isAnyOf', value: ['x'] })).toBe('criteria.unknownOperator');
    expect(message({ field: 'createdAt', op: 'before', value: '31-31-2026' })).toBe('validation.date');
    expect(message({ field: 'statusId', op: 'is', value: '1; DROP TABLE organisations' })).toBe('validation.invalid');
    expect(message({ field: 'name', op: 'is', value: 'x', extra: 1 })).not.toBeNull();
  });

  it('reads the advanced query of the URL, and says so when it cannot', () => {
    expect(parseCriteriaParam(organisationFields, '{"field":"visitCity","op":"is","value":"Utrecht"}')).toEqual({ node: { field: 'visitCity', op: 'is', value: 'Utrecht' }, error: null, issues: [] });
    expect(parseCriteriaParam(organisationFields, '{nope')).toMatchObject({ node: null, error: 'criteria.unreadable' });
  });

  it('compiles to SQL with every value a parameter, whatever it holds', () => {
    const hostile = `O'Brien %_\\ "x" 😀 é`;
    const tree = schema.parse({ or: [{ field: 'name', op: 'contains', value: hostile }, { and: [{ field: 'visitPostcode', op: 'startsWith', value: '1234a' }, { field: 'statusId', op: 'isNoneOf', value: [7, 8] }] }] });
    const q = query(compileCriteria(organisationFields, tree, { userId: 5 }));
    expect(q.sql).toBe('(r.name_sort LIKE $1 OR (r.visit_postcode LIKE $2 AND (r.status_id IS NULL OR r.status_id NOT IN ($3, $4))))');
    expect(q.params).toEqual([`%o'brien \\%\\_\\\\ "x" 😀 e%`, '1234 A%', 7, 8]);
  });

  it('compares a timestamp by its date and a date column as it is', () => {
    const on = (registry: Registry, field: string) =>
      query(compileCriteria(registry, criteriaSchema(registry).parse({ field, op: 'between', value: ['01-11-2026', '30-11-2026'] }), { userId: 1 })).sql;
    expect(on(organisationFields, 'createdAt')).toBe('r.created_at >= $1::date AND r.created_at < $2::date + 1');
    expect(on(personInOrganisationFields, 'startDate')).toBe('r.start_date >= $1::date AND r.start_date <= $2::date');
  });

  it("compiles a computed field by its list's own condition", () => {
    const tree = criteriaSchema(personFields).parse({ field: 'employed', op: 'is', value: 'no' });
    expect(query(compileCriteria(personFields, tree, { userId: 1, custom: personConditions })).sql).toMatch(/^NOT EXISTS \(SELECT 1 FROM persons_in_organisation e/);
  });
});

// Links people bookmarked or shared before criteria became data: each must keep meaning what it meant.
describe("today's list URLs", () => {
  const organisationsUrl = (params: Record<string, string>) => stateCriteria(organisationFields, organisationSimpleCriteria, parseListState(params, organisationCriteria));

  it('read as the same criteria on the organisations list', () => {
    expect(organisationsUrl({ name: 'Bakker', city: 'Den Haag', postcode: '3511ab', am: 'me', segment: '4', subsegment: '9', status: '3', type: '2', industry: '5', active: 'yes', createdFrom: '01-11-2026', createdTo: '2026-11-30', updatedFrom: '1-1-2026', updatedTo: '31-12-2026' })).toMatchObject({
      node: { and: [
        { field: 'name', op: 'contains', value: 'Bakker' },
        { field: 'visitCity', op: 'is', value: 'Den Haag' },
        { field: 'visitPostcode', op: 'startsWith', value: '3511ab' },
        { field: 'accountManagerId', op: 'is', value: 'me' },
        { field: 'segmentId', op: 'is', value: 4 },
        { field: 'subsegmentId', op: 'is', value: 9 },
        { field: 'statusId', op: 'is', value: 3 },
        { field: 'relationTypeId', op: 'is', value: 2 },
        { field: 'industryId', op: 'is', value: 5 },
        { field: 'active', op: 'is', value: true },
        { field: 'createdAt', op: 'onOrAfter', value: '2026-11-01' },
        { field: 'createdAt', op: 'onOrBefore', value: '2026-11-30' },
        { field: 'updatedAt', op: 'onOrAfter', value: '2026-01-01' },
        { field: 'updatedAt', op: 'onOrBefore', value: '2026-12-31' },
      ] },
      invalid: {},
    });
    expect(organisationsUrl({ am: 'none', active: 'no' }).node).toEqual({ and: [{ field: 'accountManagerId', op: 'isEmpty' }, { field: 'active', op: 'is', value: false }] });
  });

  it('compile to the conditions the lists had, so they find the same rows', () => {
    const where = (params: Record<string, string>) => query(compileCriteria(organisationFields, organisationsUrl(params).node, { userId: 7 }));
    expect(where({ name: 'Bakker', city: 'Den Haag', postcode: '3511ab', am: 'me', createdTo: '30-11-2026' })).toEqual({
      sql: '(r.name_sort LIKE $1 AND relatio_fold(r.visit_city) = $2 AND r.visit_postcode LIKE $3 AND r.account_manager_id = $4 AND r.created_at < $5::date + 1)',
      params: ['%bakker%', 'den haag', '3511 AB%', 7, '2026-11-30'],
      typings: expect.anything(),
    });
  });

  it('read as the same criteria on the persons and persons in organisation lists', () => {
    const persons = stateCriteria(personFields, personSimpleCriteria, parseListState({ organisation: 'Acme', city: 'Utrecht', postcode: '3511', employed: 'yes', consent: 'no', passive: 'yes' }, personCriteria));
    expect(persons.node).toEqual({ and: [
      { field: 'employerName', op: 'contains', value: 'Acme' },
      { field: 'city', op: 'is', value: 'Utrecht' },
      { field: 'postcode', op: 'startsWith', value: '3511' },
      { field: 'employed', op: 'is', value: true },
      { field: 'marketingConsent', op: 'is', value: false },
      { field: 'passive', op: 'is', value: true },
    ] });
    const pio = stateCriteria(personInOrganisationFields, personInOrganisationSimpleCriteria, parseListState({ organisation: '12', category: '3', department: 'ICT', active: 'no', startFrom: '01-01-2020', endTo: '31-12-2024' }, personInOrganisationCriteria));
    expect(pio.node).toEqual({ and: [
      { field: 'organisationId', op: 'is', value: 12 },
      { field: 'categoryId', op: 'is', value: 3 },
      { field: 'active', op: 'is', value: false },
      { field: 'department', op: 'contains', value: 'ICT' },
      { field: 'startDate', op: 'onOrAfter', value: '2020-01-01' },
      { field: 'endDate', op: 'onOrBefore', value: '2024-12-31' },
    ] });
  });

  it('leave out a value that is no date or no id, and say which', () => {
    expect(organisationsUrl({ createdFrom: '31-31-2026', segment: 'abc', city: 'Utrecht' })).toMatchObject({
      node: { and: [{ field: 'visitCity', op: 'is', value: 'Utrecht' }] },
      invalid: { createdFrom: 'validation.date', segment: 'validation.invalid' },
    });
  });
});

import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { organisationConditions, organisationQueryFields } from '@/lib/organisations/query-fields';
import { personInOrganisationConditions, personInOrganisationQueryFields } from '@/lib/persons-in-organisation/query-fields';
import { personConditions, personQueryFields } from '@/lib/persons/query-fields';
import { compileCriteria, type CustomCondition } from './compile';
import { checkCriterion, criteriaSchema, listValueOps, noValueOps, operatorsOf, valueKindOf } from './criteria';
import { phoneCriterionText } from './criterion-values';
import { filterableFields } from './define';
import type { FieldDef, Operator, Registry } from './types';

const query = (q: SQL) => new PgDialect().sqlToQuery(q);
const hostile = `x'); DROP TABLE users; -- %_ "😀"`;

function sample(def: FieldDef, op: Operator): unknown {
  if (op === 'inLastDays' || op === 'inNextDays') return 30;
  if (op === 'inMonth') return 5;
  const one = { number: 7, boolean: 'yes', date: '22-11-2026', id: 12, text: hostile }[valueKindOf(def)];
  if (op === 'between') return [one, valueKindOf(def) === 'date' ? '30-11-2026' : valueKindOf(def) === 'number' ? 9 : one];
  return listValueOps.includes(op) ? [one, valueKindOf(def) === 'id' ? 13 : one] : one;
}

const lists: [string, Registry, Record<string, CustomCondition>][] = [
  ['organisations', organisationQueryFields, organisationConditions],
  ['persons', personQueryFields, personConditions],
  ['persons in organisation', personInOrganisationQueryFields, personInOrganisationConditions],
];

describe('every operator of every field', () => {
  it.each(lists)('compiles on %s with the values as parameters only', (_name, registry, custom) => {
    let compiled = 0;
    for (const def of filterableFields(registry)) {
      for (const op of operatorsOf(def)) {
        const checked = checkCriterion(registry, { field: def.name, op, value: noValueOps.includes(op) ? undefined : sample(def, op) });
        if (!checked.ok) throw new Error(`${def.name} ${op}: ${checked.message}`);
        const q = query(compileCriteria(registry, checked.criterion, { userId: 3, custom }));
        expect(q.sql).not.toMatch(/DROP|😀|22-11|2026/);
        compiled += 1;
      }
    }
    expect(compiled).toBeGreaterThan(100);
  });
});

describe('date operators', () => {
  const on = (field: string, op: Operator, value: unknown, registry: Registry = organisationQueryFields) =>
    query(compileCriteria(registry, criteriaSchema(registry).parse({ field, op, value }), { userId: 1 }));

  it('count the last and next N days from today, both ends included', () => {
    expect(on('updatedAt', 'inLastDays', '30')).toMatchObject({ sql: 'r.updated_at >= current_date - $1::int AND r.updated_at < current_date + 1', params: [30] });
    expect(on('startDate', 'inNextDays', 7, personInOrganisationQueryFields)).toMatchObject({ sql: 'r.start_date >= current_date AND r.start_date <= current_date + $1::int', params: [7] });
  });

  it('find a birthday in a month whatever the year', () => {
    expect(on('dateOfBirth', 'inMonth', '3', personQueryFields)).toMatchObject({ sql: 'extract(month from r.date_of_birth) = $1', params: [3] });
    expect(checkCriterion(personQueryFields, { field: 'dateOfBirth', op: 'inMonth', value: 13 })).toEqual({ ok: false, message: 'criteria.month' });
    expect(checkCriterion(personQueryFields, { field: 'dateOfBirth', op: 'inLastDays', value: '-1' })).toEqual({ ok: false, message: 'criteria.days' });
  });
});

describe('related records', () => {
  const compile = (registry: Registry, custom: Record<string, CustomCondition>, input: unknown) =>
    query(compileCriteria(registry, criteriaSchema(registry).parse(input), { userId: 9, custom }));

  it("ask about a person in organisation's organisation and person by the related table, aliased apart", () => {
    const q = compile(personInOrganisationQueryFields, personInOrganisationConditions, { and: [
      { field: 'organisation.segmentId', op: 'is', value: 4 },
      { field: 'organisation.accountManagerId', op: 'is', value: 'me' },
      { field: 'person.marketingConsent', op: 'is', value: 'yes' },
    ] });
    expect(q.sql).toBe('(r.organisation_id IN (SELECT o.id FROM organisations o WHERE o.segment_id = $1) AND r.organisation_id IN (SELECT o.id FROM organisations o WHERE o.account_manager_id = $2) AND r.person_id IN (SELECT p.id FROM persons p WHERE p.marketing_consent))');
    expect(q.params).toEqual([4, 9]);
  });

  it('ask whether a person has a job meeting criteria of its own, at an organisation meeting its own', () => {
    const q = compile(personQueryFields, personConditions, { field: 'employments', op: 'hasNone', where: { and: [{ field: 'active', op: 'is', value: true }, { field: 'organisation.name', op: 'contains', value: hostile }] } });
    expect(q.sql).toBe('NOT EXISTS (SELECT 1 FROM persons_in_organisation e WHERE e.deleted_at IS NULL AND e.person_id = r.id AND (e.active AND e.organisation_id IN (SELECT o.id FROM organisations o WHERE o.name_sort LIKE $1)))');
    expect(q.params).toEqual([`%x'); drop table users; -- \\%\\_ "😀"%`]);
  });

  it('count persons in organisation in one grouped pass, those without any included where the number fits 0', () => {
    const q = compile(organisationQueryFields, organisationConditions, { field: 'personCount', op: 'greaterThan', value: 5, where: { field: 'person.passive', op: 'is', value: false } });
    expect(q.sql).toBe('r.id IN (SELECT e.organisation_id FROM persons_in_organisation e WHERE e.deleted_at IS NULL AND e.person_id IN (SELECT p.id FROM persons p WHERE NOT p.passive) GROUP BY e.organisation_id HAVING count(*) >= $1)');
    expect(q.params).toEqual([6]);
    const none = compile(organisationQueryFields, organisationConditions, { field: 'personCount', op: 'is', value: 0 });
    expect(none.sql).toBe('r.id NOT IN (SELECT e.organisation_id FROM persons_in_organisation e WHERE e.deleted_at IS NULL GROUP BY e.organisation_id HAVING NOT (count(*) >= $1 AND NOT count(*) >= $2))');
  });

  it('refuses a `where` on a field that is not about related records, and a field of the wrong record inside one', () => {
    const message = (input: unknown) => {
      const r = criteriaSchema(organisationQueryFields).safeParse(input);
      return r.success ? null : r.error.issues[0].message;
    };
    expect(message({ field: 'visitCity', op: 'is', value: 'x', where: { field: 'active', op: 'is', value: true } })).toBe('criteria.unreadable');
    expect(message({ field: 'persons', op: 'has', where: { field: 'visitCity', op: 'is', value: 'x' } })).toBe('criteria.unknownField');
  });
});

describe('values typed the Dutch way', () => {
  it('are normalised as the forms store them', () => {
    expect(phoneCriterionText('06-12345678')).toBe('+31612345678');
    expect(phoneCriterionText('06 123')).toBe('+316123');
    expect(phoneCriterionText('0032 2')).toBe('+322');
    expect(checkCriterion(organisationQueryFields, { field: 'kvkNumber', op: 'is', value: '1234 5678' })).toMatchObject({ criterion: { value: '12345678' } });
    expect(checkCriterion(organisationQueryFields, { field: 'iban', op: 'startsWith', value: 'nl91 abna' })).toMatchObject({ criterion: { value: 'NL91ABNA' } });
    expect(checkCriterion(organisationQueryFields, { field: 'createdAt', op: 'before', value: '1-2-2026' })).toMatchObject({ criterion: { value: '2026-02-01' } });
  });
});

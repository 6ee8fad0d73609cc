import fc from 'fast-check';
import { listQuery, parseListState } from '@/lib/list/params';
import { organisationQueryFields } from '@/lib/organisations/query-fields';
import { personInOrganisationQueryFields } from '@/lib/persons-in-organisation/query-fields';
import { personQueryFields } from '@/lib/persons/query-fields';
import { checkCriteria, listValueOps, noValueOps, operatorsOf, parseCriteriaParam, valueKindOf, type CriteriaNode } from './criteria';
import { decodeCriteria, encodeCriteria } from './criteria-url';
import { filterableFields } from './define';
import type { FieldDef, Operator, Registry } from './types';

// Any value a user could type for a field and operator, hostile text included.
function valueOf(def: FieldDef, op: Operator): fc.Arbitrary<unknown> {
  if (op === 'inLastDays' || op === 'inNextDays') return fc.integer({ min: 0, max: 3650 });
  if (op === 'inMonth') return fc.integer({ min: 1, max: 12 });
  const kind = valueKindOf(def);
  if (kind === 'number') return fc.integer({ min: 0, max: 1000 });
  if (kind === 'boolean') return fc.boolean();
  if (kind === 'date') return fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (kind === 'id') return def.kind === 'user' ? fc.oneof(fc.constant('me'), fc.integer({ min: 1, max: 2147483647 })) : fc.integer({ min: 1, max: 2147483647 });
  return fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom("O'Brien", '100%_x', 'a,b|c(d)!e', 'ünïcödé 😀', '06-12345678', ':!:'));
}

// Any tree over a registry: criteria on its filterable fields, nested AND / OR groups, related records' `where`.
function treeOf(registry: Registry, depth: number): fc.Arbitrary<unknown> {
  const criterion = fc.constantFrom(...filterableFields(registry)).chain((def) =>
    fc.constantFrom(...operatorsOf(def)).chain((op) => {
      const value = noValueOps.includes(op) ? fc.constant(undefined) : listValueOps.includes(op) ? fc.array(valueOf(def, op), { minLength: op === 'between' ? 2 : 1, maxLength: op === 'between' ? 2 : 4 }) : valueOf(def, op);
      const where = def.filter?.where && depth < 2 ? fc.option(treeOf(def.filter.where, depth + 1), { nil: undefined }) : fc.constant(undefined);
      return fc.record({ value, where }).map(({ value: v, where: w }) => ({ field: def.name, op, ...(v === undefined ? {} : { value: v }), ...(w === undefined ? {} : { where: w }) }));
    }),
  );
  if (depth >= 2) return criterion;
  return fc.oneof(
    { weight: 2, arbitrary: criterion },
    { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('and', 'or'), items: fc.array(treeOf(registry, depth + 1), { maxLength: 4 }) }).map(({ kind, items }) => ({ [kind]: items })) },
  );
}

describe('criteria in the URL', () => {
  it.each([
    ['organisations', organisationQueryFields],
    ['persons', personQueryFields],
    ['persons in organisation', personInOrganisationQueryFields],
  ])('bring any query on %s back unchanged through the URL', (_name, registry) => {
    fc.assert(
      fc.property(treeOf(registry, 0), (input) => {
        const { node, issues } = checkCriteria(registry, input);
        fc.pre(issues.length === 0 && node !== null);
        const query = listQuery(parseListState({}, []), { where: encodeCriteria(node!) });
        const back = parseListState(Object.fromEntries(new URLSearchParams(query)), []).where;
        expect(parseCriteriaParam(registry, back)).toEqual({ node, error: null, issues: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('is compact: field, operator and values in a few characters', () => {
    const node: CriteriaNode = { and: [{ field: 'visitCity', op: 'is', value: 'Utrecht' }, { or: [{ field: 'statusId', op: 'isAnyOf', value: [3, 4] }, { field: 'accountManagerId', op: 'is', value: 'me' }] }] };
    expect(encodeCriteria(node)).toBe('and(visitCity.is:Utrecht,or(statusId.isAnyOf:3|4,accountManagerId.is:me))');
    expect(encodeCriteria({ field: 'persons', op: 'has', where: { field: 'active', op: 'is', value: true } })).toBe('persons.has(active.is:yes)');
    expect(encodeCriteria({ field: 'name', op: 'contains', value: 'a,b|(c)!' })).toBe('name.contains:a!,b!|!(c!)!!');
  });

  it('still reads the JSON that older links and bookmarks hold', () => {
    const json = JSON.stringify({ and: [{ field: 'visitCity', op: 'is', value: 'Utrecht' }, { field: 'statusId', op: 'isAnyOf', value: ['3', 4] }] });
    expect(parseCriteriaParam(organisationQueryFields, json).node).toEqual({ and: [{ field: 'visitCity', op: 'is', value: 'Utrecht' }, { field: 'statusId', op: 'isAnyOf', value: [3, 4] }] });
  });

  it('says the text is unreadable rather than guessing', () => {
    for (const bad of ['and(', 'visitCity', 'visitCity.is:x)', 'or(a.is:1,,b.is:2)', 'name.is:x!', '{"and":']) expect(decodeCriteria(bad)).toBeNull();
  });

  it('leaves out what a registry does not know and says what, keeping the rest', () => {
    expect(parseCriteriaParam(organisationQueryFields, 'and(visitCity.is:Utrecht,passwordHash.is:x,statusId.contains:3)')).toEqual({
      node: { and: [{ field: 'visitCity', op: 'is', value: 'Utrecht' }] },
      error: 'criteria.unknownField',
      issues: [
        { path: ['and', 1, 'value'], message: 'criteria.unknownField', field: 'passwordHash' },
        { path: ['and', 2, 'value'], message: 'criteria.unknownOperator', field: 'statusId' },
      ],
    });
  });
});

import { getTableColumns, getTableName, type SQL, type Table } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { organisations, persons, personsInOrganisation } from '@/db/schema';
import en from '@/lib/i18n/messages/en.json';
import fr from '@/lib/i18n/messages/fr.json';
import nl from '@/lib/i18n/messages/nl.json';
import { auditedFields } from '@/lib/mutation/audit';
import { parseListState } from '@/lib/list/params';
import { organisationFields } from '@/lib/organisations/fields';
import { personInOrganisationFields } from '@/lib/persons-in-organisation/fields';
import { personFields } from '@/lib/persons/fields';
import { compileCriteria } from './compile';
import { criteriaSchema } from './criteria';
import { field, listColumnNames } from './define';
import { listSelect, sortsOf } from './list-sql';
import { listWhere } from './list-where';
import type { Registry } from './types';

const registries: [string, Registry, Table][] = [
  ['organisations', organisationFields, organisations],
  ['persons', personFields, persons],
  ['personsInOrganisation', personInOrganisationFields, personsInOrganisation],
];

type Tree = { [key: string]: string | Tree };
const has = (tree: Tree, key: string) => typeof key.split('.').reduce<Tree | string | undefined>((t, k) => (typeof t === 'object' ? t[k] : undefined), tree) === 'string';

// SQL as the database receives it, parameters apart.
const render = (q: SQL) => new PgDialect().sqlToQuery(q).sql;

describe.each(registries)('the %s field registry', (_name, registry, table) => {
  const columns = Object.values(getTableColumns(table)).map((c) => c.name);

  it('names each field once, by its record field name, and each list column once', () => {
    const names = registry.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    const params = listColumnNames(registry);
    expect(new Set(params).size).toBe(params.length);
  });

  it('points every stored field at a column of the table, under the field name Drizzle gives it', () => {
    const drizzle = getTableColumns(table) as Record<string, { name: string }>;
    for (const f of registry.filter((x) => x.column)) expect({ field: f.name, column: f.column }).toEqual({ field: f.name, column: drizzle[f.name]?.name });
    expect(columns.length).toBeGreaterThan(0);
  });

  it('holds every field that history records, so history and conflicts can name it', () => {
    const named = new Set(registry.map((f) => f.name));
    expect({ table: getTableName(table), missing: auditedFields(table).filter((f) => !named.has(f)) }).toEqual({ table: getTableName(table), missing: [] });
  });

  it('has every label, group and column header in the Dutch, English and French catalogues', () => {
    const keys = registry.flatMap((f) => [f.label, f.group, f.list?.label].filter((k): k is string => !!k));
    for (const [lang, tree] of Object.entries({ nl, en, fr })) expect({ lang, missing: keys.filter((k) => !has(tree as Tree, k)) }).toEqual({ lang, missing: [] });
  });

  it('gives every editable field its schema', () => {
    expect(registry.filter((f) => f.editable && !f.schema).map((f) => f.name)).toEqual([]);
  });
});

describe('a field added to a registry', () => {
  // A test registry: the organisations' fields plus one new field, and nothing else changed.
  const added = field('dunsNumber', 'text', 'organisations.fields.customerNumber', { list: { param: 'duns', sort: 'plain' }, filter: {} });
  const registry: Registry = [...organisationFields, added];

  it('appears as a list column, read under its name', () => {
    expect(listColumnNames(registry)).toContain('duns');
    expect(render(listSelect(registry))).toContain('r.duns_number AS "dunsNumber"');
  });

  it('appears as a sort, on the coalesced column the index serves', () => {
    expect(render(sortsOf(registry).duns as SQL)).toBe("coalesce(r.duns_number, '')");
  });

  it('appears as a criterion, with the operators of its kind, compiled with parameters', () => {
    const parsed = criteriaSchema(registry).parse({ field: 'dunsNumber', op: 'startsWith', value: "12'3" });
    expect(parsed).toEqual({ field: 'dunsNumber', op: 'startsWith', value: "12'3" });
    const where = compileCriteria(registry, parsed, { userId: 1 });
    expect(render(where)).toBe('relatio_fold(r.duns_number) LIKE $1');
    const state = parseListState({ c: JSON.stringify({ field: 'dunsNumber', op: 'isEmpty' }) }, []);
    expect(render(listWhere(registry, [], state, { userId: 1 }, false).where)).toContain("coalesce(r.duns_number, '') = ''");
  });

  it('is unknown to the registries it was not added to', () => {
    expect(criteriaSchema(organisationFields).safeParse({ field: 'dunsNumber', op: 'is', value: 'x' }).success).toBe(false);
  });
});

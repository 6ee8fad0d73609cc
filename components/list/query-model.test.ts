import type { BuilderField } from '@/lib/fields/builder';
import { fromCriteria, issuePlace, isGroup, newRow, toCriteria, updateItem, type QueryRow } from './query-model';

const fields: BuilderField[] = [
  { name: 'visitCity', label: 'Plaats', group: '', ops: [{ op: 'is', label: 'is' }, { op: 'isEmpty', label: 'is leeg' }], value: 'text' },
  { name: 'createdAt', label: 'Aangemaakt', group: '', ops: [{ op: 'between', label: 'tussen' }, { op: 'inLastDays', label: 'afgelopen' }], value: 'date' },
  { name: 'statusId', label: 'Status', group: '', ops: [{ op: 'isAnyOf', label: 'een van' }], value: 'id', options: [{ value: '3', label: 'Prospect' }] },
  { name: 'persons', label: 'Personen', group: '', ops: [{ op: 'has', label: 'heeft' }], value: 'text', where: [{ name: 'active', label: 'Actief', group: '', ops: [{ op: 'is', label: 'is' }], value: 'boolean', options: [{ value: 'yes', label: 'Ja' }] }] },
];

describe('the builder tree', () => {
  it('is made from a query of the URL and gives the same query back, dates shown the Dutch way', () => {
    const raw = { or: [{ field: 'visitCity', op: 'is', value: 'Utrecht' }, { and: [{ field: 'createdAt', op: 'between', value: ['2026-01-01', '2026-02-01'] }, { field: 'statusId', op: 'isAnyOf', value: ['3'] }] }, { field: 'persons', op: 'has', where: { field: 'active', op: 'is', value: 'yes' } }] };
    const { group } = fromCriteria(raw, fields);
    expect(group.kind).toBe('or');
    const dates = (group.items[1] as { items: QueryRow[] }).items[0];
    expect(dates.values).toEqual(['01-01-2026', '01-02-2026']);
    expect(toCriteria(group)).toEqual({ or: [
      { field: 'visitCity', op: 'is', value: 'Utrecht' },
      { and: [{ field: 'createdAt', op: 'between', value: ['01-01-2026', '01-02-2026'] }, { field: 'statusId', op: 'isAnyOf', value: ['3'] }] },
      { field: 'persons', op: 'has', where: { and: [{ field: 'active', op: 'is', value: 'yes' }] } },
    ] });
  });

  it('puts each message of the server at the row it is about', () => {
    const { group, keys } = fromCriteria({ and: [{ field: 'visitCity', op: 'is', value: '' }, { field: 'persons', op: 'has', where: { field: 'nope', op: 'is' } }] }, fields);
    expect(keys[issuePlace(['and', 0, 'value'])]).toBe(group.items[0].key);
    const persons = group.items[1] as QueryRow;
    expect(keys[issuePlace(['and', 1, 'where', 'value'])]).toBe(persons.where!.items[0].key);
  });

  it('adds and removes rows and groups by key; a new row on a related field has an empty group of its own', () => {
    const start = fromCriteria(null, fields).group;
    const row = newRow(fields[3]);
    expect(row.where && isGroup(row.where) && row.where.items).toEqual([]);
    const added = updateItem(start, start.key, (g) => ({ ...g, items: [row, newRow(fields[0])] }) as typeof g);
    expect(toCriteria(added)).toEqual({ and: [{ field: 'persons', op: 'has' }, { field: 'visitCity', op: 'is', value: '' }] });
    expect(toCriteria(updateItem(added, row.key, () => null))).toEqual({ and: [{ field: 'visitCity', op: 'is', value: '' }] });
  });
});

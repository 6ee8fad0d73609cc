import { getTableColumns } from 'drizzle-orm';
import { organisations, persons, personsInOrganisation } from '@/db/schema';
import { auditedFields, diffRows } from './audit';

describe('which fields history records', () => {
  it('leaves out the sort and search keys the database derives, on every table', () => {
    for (const table of [organisations, persons, personsInOrganisation]) {
      expect(auditedFields(table).filter((f) => /Sort|searchText/.test(f))).toEqual([]);
    }
    expect(Object.keys(getTableColumns(personsInOrganisation))).toContain('organisationNameSort');
  });

  it('records a new employer but not the sort key the trigger copied along with it', () => {
    const before = { organisationId: 1, organisationNameSort: 'acme b.v.', personSortName: 'berg jan', jobTitle: 'Inkoper' };
    const after = { ...before, organisationId: 2, organisationNameSort: 'zwaan b.v.' };
    expect(diffRows(personsInOrganisation, before, after)).toEqual({ organisationId: [1, 2] });
  });
});

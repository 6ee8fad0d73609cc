import type { DbHandle } from '@/db/connect';
import { organisations, persons, personsInOrganisation } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import { getBirthdays, getJubilees } from './queries';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

// Monday 22 February 2027, 10:00 in Amsterdam (2027 has no 29 February).
const now = new Date('2027-02-22T09:00:00Z');

describe('celebration moments', () => {
  it('lists birthdays of the next seven days, 29 February on 28 February, not deleted or passive persons', async () => {
    await handle.db.insert(persons).values([
      { firstName: 'Schrikkel', lastName: 'Kind', dateOfBirth: '1988-02-29' },
      { firstName: 'Vandaag', lastName: 'Jarig', dateOfBirth: '1980-02-22' },
      { firstName: 'Te', lastName: 'Laat', dateOfBirth: '1980-03-01' },
      { firstName: 'Gisteren', lastName: 'Jarig', dateOfBirth: '1980-02-21' },
      { firstName: 'Weg', lastName: 'Jarig', dateOfBirth: '1980-02-23', deletedAt: new Date() },
      { firstName: 'Passief', lastName: 'Jarig', dateOfBirth: '1980-02-24', passive: true },
    ]);
    const { rows, total } = await getBirthdays(now);
    expect(rows.map((r) => [r.name, r.date, r.age])).toEqual([
      ['Vandaag Jarig', '2027-02-22', 47],
      ['Schrikkel Kind', '2027-02-28', 39],
    ]);
    expect(total).toBe(2);
  });

  it('lists jubilees of current jobs in the next 30 days: 5, 10, 12½, 25 years, start on 29 February included', async () => {
    const [o] = await handle.db.insert(organisations).values({ name: 'Trouw B.V.' }).returning();
    const [p] = await handle.db.insert(persons).values({ firstName: 'Joop', lastName: 'Trouw' }).returning();
    const job = (startDate: string, extra: Partial<typeof personsInOrganisation.$inferInsert> = {}) => ({ personId: p.id, organisationId: o.id, startDate, ...extra });
    await handle.db.insert(personsInOrganisation).values([
      job('2014-08-31'), // 12½ years on 28 February 2027
      job('2017-02-28'), // 10 years on 28 February 2027
      job('2012-02-29'), // 15 years: 28 February 2027, as 2027 has no 29 February
      job('2002-03-10'), // 25 years on 10 March 2027
      job('2022-03-23'), // 5 years on 23 March 2027: day 30 of the window
      job('2022-03-24'), // one day too late
      job('2024-03-01'), // 3 years: no jubilee
      job('2007-03-05', { active: false, endDate: '2020-01-01' }), // 20 years, but ended
      job('2012-03-02', { deletedAt: new Date() }), // 15 years, but deleted
    ]);
    const { rows, total } = await getJubilees(now);
    expect(rows.map((r) => [r.date, r.years, r.organisation])).toEqual([
      ['2027-02-28', '12½', 'Trouw B.V.'],
      ['2027-02-28', '10', 'Trouw B.V.'],
      ['2027-02-28', '15', 'Trouw B.V.'],
      ['2027-03-10', '25', 'Trouw B.V.'],
      ['2027-03-23', '5', 'Trouw B.V.'],
    ]);
    expect(total).toBe(5);
  });
});

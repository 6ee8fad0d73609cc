import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/connect';
import { queryRows } from '@/db/rows';
import { organisations, persons } from '@/db/schema';
import { openTestDatabase } from '@/db/testing';
import type { SessionUser } from '@/lib/auth/authorize';
import { MutationRefused } from '@/lib/mutation/result';
import { editableOrganisations } from '@/lib/organisations/mutations';
import { editablePersons } from '@/lib/persons/mutations';
import { makeUser } from '@/lib/testing/fixtures';
import { updateRows } from './update-rows';

let handle: DbHandle;
let user: SessionUser;
let ids: number[];

beforeAll(async () => {
  handle = await openTestDatabase();
  user = await makeUser(handle.db, 'user');
  const rows = await handle.db.insert(organisations).values(Array.from({ length: 200 }, (_, i) => ({ name: `Org ${i}`, visitCity: 'Utrecht' }))).returning({ id: organisations.id });
  ids = rows.map((r) => r.id);
});
afterAll(() => handle.close());

const ctx = () => ({ user });
const refusal = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (e) {
    if (e instanceof MutationRefused) return e.result;
    throw e;
  }
  throw new Error('not refused');
};

describe('saving patches of many records', () => {
  it('saves 200 rows in one go, only the changed fields (the postal address following the visiting one), with one history entry each under one batch', async () => {
    const patches = ids.map((id, i) => ({ id, version: 1, patch: { visitCity: i % 2 ? 'Zwolle' : 'Utrecht', phone: '020 123 4567', name: `Org ${i}` } }));
    const result = await handle.db.transaction((tx) => updateRows(tx, ctx(), editableOrganisations, patches));
    expect(result.changed).toBe(200);
    const [history] = await queryRows<{ n: number; batches: number; sample: Record<string, unknown> }>(handle.db, sql`
      SELECT count(*)::int AS n, count(DISTINCT bulk_job_id)::int AS batches, (array_agg(changes ORDER BY record_id))[2] AS sample
        FROM audit_log WHERE table_name = 'organisations' AND action = 'bulk_update'`);
    expect(history).toEqual({ n: 200, batches: 1, sample: { visitCity: ['Utrecht', 'Zwolle'], postalCity: [null, 'Zwolle'], phone: [null, '+31201234567'] } });
  });

  it('refuses the lot when one row is invalid, one stale and one gone, naming each by id, and writes nothing', async () => {
    const [a, b, c] = ids;
    await handle.db.execute(sql`UPDATE organisations SET deleted_at = now() WHERE id = ${c}`);
    const result = await refusal(() =>
      handle.db.transaction((tx) =>
        updateRows(tx, ctx(), editableOrganisations, [
          { id: a, version: 2, patch: { iban: 'NL00 0000', segmentId: '' } },
          { id: b, version: 1, patch: { name: 'Stale' } },
          { id: c, version: 2, patch: { name: 'Gone' } },
          { id: ids[3], version: 2, patch: { name: 'Fine' } },
        ]),
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      formError: 'errors.rowsRefused|{"count":3}',
      rowErrors: { [a]: { iban: ['validation.iban'] }, [b]: { '': ['errors.staleVersion'] }, [c]: { '': ['errors.recordGone'] } },
      fieldErrors: { [`rows.${a}.iban`]: ['validation.iban'], [`rows.${b}`]: ['errors.staleVersion'] },
      conflicts: { [b]: expect.objectContaining({ version: 2 }) },
    });
    const [row] = await queryRows<{ name: string }>(handle.db, sql`SELECT name FROM organisations WHERE id = ${ids[3]}`);
    expect(row.name).toBe('Org 3');
  });

  it('applies the form rules over the stored row, and the rules of the record kind (consent is dated)', async () => {
    const [p] = await handle.db.insert(persons).values({ lastName: 'Berg', country: 'BE' }).returning();
    const refused = await refusal(() => handle.db.transaction((tx) => updateRows(tx, ctx(), editablePersons, [{ id: p.id, version: 1, patch: { postcode: '3511 AB' } }])));
    expect(refused.rowErrors).toEqual({ [p.id]: { postcode: ['validation.postcode'] } });
    await handle.db.transaction((tx) => updateRows(tx, ctx(), editablePersons, [{ id: p.id, version: 1, patch: { marketingConsent: true, postcode: '1000' } }]));
    const [after] = await handle.db.select().from(persons).where(sql`id = ${p.id}`);
    expect(after).toMatchObject({ marketingConsent: true, postcode: '1000', version: 2 });
    expect(after.marketingConsentAt).not.toBeNull();
  });
});

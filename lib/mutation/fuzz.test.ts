import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/connect';
import { queryRows } from '@/db/rows';
import { openTestDatabase } from '@/db/testing';
import { getSessionUser } from '@/lib/auth/session';
import { organisationFormValues } from '@/lib/organisations/form-values';
import { personInOrganisationFormValues } from '@/lib/persons-in-organisation/form-values';
import { personFormValues } from '@/lib/persons/form-values';
import { allActions } from '@/lib/testing/all-actions';
import { makeUser } from '@/lib/testing/fixtures';

// Property: whatever an action is given, it answers ok, or refuses with field or form errors (never an unexpected
// error, never a throw), and a refusal leaves the database as it was.
jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));

let handle: DbHandle;
let snapshotQuery: ReturnType<typeof sql.raw>;
beforeAll(async () => {
  handle = await openTestDatabase();
  (getSessionUser as jest.Mock).mockResolvedValue(await makeUser(handle.db, 'admin'));
  await queryRows(handle.db, sql`INSERT INTO organisations (name) VALUES ('Acme B.V.'), ('Beta B.V.')`);
  await queryRows(handle.db, sql`INSERT INTO persons (last_name) VALUES ('Jansen')`);
  await queryRows(handle.db, sql`INSERT INTO segments (name, applies_to_organisation) VALUES ('Zorg', true), ('Onderwijs', true)`);
  const tables = await queryRows<{ t: string; versioned: boolean }>(
    handle.db,
    sql`SELECT t.table_name AS t, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_name = t.table_name AND c.column_name = 'version') AS versioned
          FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const parts = tables.map(({ t, versioned }) => `'${t}:' || (SELECT count(*) FROM "${t}") || ':' || ${versioned ? `(SELECT coalesce(sum(version), 0) FROM "${t}")` : "'-'"}`);
  snapshotQuery = sql.raw(`SELECT ${parts.join(" || ' ' || ")} AS s`);
});
afterAll(() => handle.close());

// Row count and summed version of every table: any insert, delete or versioned update changes it.
async function snapshot(): Promise<string> {
  return (await queryRows<{ s: string }>(handle.db, snapshotQuery))[0].s;
}

const template: Record<string, unknown> = {
  ...organisationFormValues(),
  ...personFormValues(),
  ...personInOrganisationFormValues(),
  id: 1,
  version: 1,
  name: 'Fuzz',
  email: 'fuzz@example.test',
  role: 'user',
  password: 'lang-genoeg-1',
  active: true,
  locale: 'nl',
  list: 'organisations',
  cols: ['name'],
  label: 'Nieuw',
  listKey: 'industry',
  direction: 'up',
  parentId: null,
  targetId: 2,
};

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '2147483648', '99999999999', '-1', '0', '1e309', 'NaN', '[5]', 'true', '<script>x</script>', '31-02-2020', 'x'.repeat(5000)),
  fc.integer(),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY, -0, 1.5),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

const nearlyValid = fc
  .dictionary(fc.constantFrom(...Object.keys(template)), hostile, { maxKeys: 4 })
  .map((changes) => ({ ...template, ...changes }));
const anyInput = fc.oneof({ arbitrary: nearlyValid, weight: 3 }, { arbitrary: fc.anything(), weight: 1 });

describe.each(Object.keys(allActions).sort())('%s given any input', (name) => {
  it('answers ok or a refusal with field or form errors, and a refusal changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, async (input) => {
        const before = await snapshot();
        const result = await allActions[name](input as never);
        if (result.ok) return;
        const errors = Object.keys(result.fieldErrors ?? {}).length + (result.formError ? 1 : 0) + ('conflict' in result && result.conflict ? 1 : 0);
        expect(errors).toBeGreaterThan(0);
        expect(result.formError ?? '').not.toMatch(/^errors\.unexpected/);
        expect(await snapshot()).toBe(before);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 25) },
    );
  });
});

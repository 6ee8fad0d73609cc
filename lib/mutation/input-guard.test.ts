import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { createOrganisationAction } from '@/app/(app)/organisations/actions';
import { createUserAction } from '@/app/(app)/admin/users/actions';
import type { DbHandle } from '@/db/connect';
import { queryRows } from '@/db/rows';
import { openTestDatabase } from '@/db/testing';
import { getSessionUser } from '@/lib/auth/session';
import { logger } from '@/lib/log/logger';
import { organisationFormValues } from '@/lib/organisations/form-values';
import { makeUser } from '@/lib/testing/fixtures';
import { mutation } from './index';

jest.mock('@/lib/auth/session', () => ({ getSessionUser: jest.fn() }));

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  (getSessionUser as jest.Mock).mockResolvedValue(await makeUser(handle.db, 'admin'));
});
afterAll(() => handle.close());

const organisationCount = async () => (await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM organisations`))[0].n;

describe('input no form sends', () => {
  it.each([[undefined], [null], [[]], [[null]], ['x'], [42], [true]])('refuses %j with a form error and writes nothing', async (input) => {
    expect(await createOrganisationAction(input as never)).toEqual({ ok: false, formError: 'errors.invalidInput' });
    expect(await organisationCount()).toBe(0);
  });

  it('refuses text with a NUL character at its field, however deep, and writes nothing', async () => {
    const result = await createOrganisationAction({ ...organisationFormValues(), name: 'Acme\u0000 B.V.', description: 'ok' });
    expect(result).toEqual({ ok: false, fieldErrors: { name: ['validation.invalidCharacters'] }, formError: 'errors.checkFields' });
    const user = await createUserAction({ name: 'Nul\u0000', email: 'nul@example.test', role: 'user', password: 'lang-genoeg-1' });
    expect(user).toMatchObject({ ok: false, fieldErrors: { name: ['validation.invalidCharacters'] } });
    expect(await organisationCount()).toBe(0);
  });

  it('answers an id beyond the integer range with a form error, not an unexpected error', async () => {
    const result = await createOrganisationAction({ ...organisationFormValues(), name: 'Groot B.V.', accountManagerId: '99999999999' });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('errors.unexpected');
  });

  it('answers a schema that throws with a form error', async () => {
    const throwing = z.object({ a: z.string() }).superRefine(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    });
    const action = mutation({ role: 'user', schema: throwing, run: async () => 1 });
    expect(await action({ a: 'b' })).toEqual({ ok: false, formError: 'errors.checkFields' });
  });

  it('answers an unexpected failure with an error id that the log holds too', async () => {
    const spy = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    const action = mutation({
      role: 'user',
      schema: z.object({ a: z.string() }),
      run: async () => {
        throw new Error('Failed query: insert into users values ($1)\nparams: $argon2id$v=19$m=19456,t=2,p=1$abc$def,nina@example.test');
      },
    });
    const result = await action({ a: 'b' });
    const ref = /^errors\.unexpectedRef\|\{"ref":"([0-9A-F]{10})"\}$/.exec(result.ok ? '' : (result.formError ?? ''))?.[1];
    expect(ref).toBeDefined();
    expect(spy).toHaveBeenCalledWith(expect.objectContaining({ errorId: ref }), 'mutation failed');
    spy.mockRestore();
  });
});

import { describeConnectionError, openDatabase } from './connect';

describe('opening the database', () => {
  it('says in one line which server could not be reached', async () => {
    await expect(openDatabase({ url: 'postgres://nobody@127.0.0.1:1/nothing' })).rejects.toThrow(/^cannot use 127\.0\.0\.1:1\/nothing: ECONNREFUSED [^\n]*$/);
  });

  it('says so when DATABASE_URL is not a URL', () => {
    expect(describeConnectionError(new Error('x'), 'not a url')).toBe('DATABASE_URL is not a valid postgres:// URL');
  });
});

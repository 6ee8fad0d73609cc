import { Writable } from 'node:stream';
import { routeConsoleToLog } from './console';
import { createLogger, logError } from './logger';
import { redactText } from './redact';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  process.env.LOG_LEVEL = 'info';
  const log = createLogger(stream);
  delete process.env.LOG_LEVEL;
  return { log, lines, text: () => JSON.stringify(lines) };
}

const hash = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo';
const failedQuery = () => {
  const error = new Error(`Failed query: insert into "users" ("name", "email", "password_hash") values ($1, $2, $3)\nparams: Ni\u0000na,nina@example.test,${hash}`);
  Object.assign(error, { query: 'insert into "users" …', params: ['Nina', 'nina@example.test', hash] });
  return Object.assign(new Error('wrapper', { cause: Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' }) }), { message: error.message, params: ['Nina', 'nina@example.test', hash] });
};

describe('the server log', () => {
  it('writes one JSON line per error with an error id, without parameters, hashes, e-mail addresses or tokens', () => {
    const { log, lines, text } = capture();
    const id = logError('mutation failed', failedQuery(), { userId: 3, input: { name: 'Nina', password: 'geheim-wachtwoord' } }, log);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, msg: 'mutation failed', errorId: id, userId: 3, input: '[redacted]' });
    expect((lines[0].err as { cause: { code: string } }).cause.code).toBe('22021');
    for (const secret of ['$argon2id', 'nina@example.test', 'Nina', 'geheim-wachtwoord', 'Ni\\u0000na']) expect(text()).not.toContain(secret);
    expect(text()).toContain('Failed query: insert into');
  });

  it('redacts the fields that hold secrets or personal data at any of the first two levels', () => {
    const { log, text } = capture();
    log.info({ password: 'a', user: { email: 'b@c.nl', passwordHash: hash, phone: '+31 6' }, token: 'eyJabc' }, 'x');
    for (const secret of ['b@c.nl', hash, '+31 6', 'eyJabc']) expect(text()).not.toContain(secret);
  });

  it('takes parameters and secrets out of any text', () => {
    expect(redactText(`Failed query: select 1\nparams: 2147483648,a\nb\n    at run (x.js:1:1)`)).toBe('Failed query: select 1 params: [redacted]\n    at run (x.js:1:1)');
    expect(redactText(`hash ${hash} of jan.de.vries@voorbeeld.nl`)).toBe('hash [hash] of [e-mail]');
    expect(redactText('cookie eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..abc.def.ghi')).toBe('cookie [token]');
  });

  it('routes console errors (as Next.js prints them) through the redacting logger, with Next’s digest as error id', () => {
    const { log, lines, text } = capture();
    const target = { error: () => undefined, warn: () => undefined } as unknown as Console;
    routeConsoleToLog(log, target);
    target.error(Object.assign(failedQuery(), { digest: '3816640575' }));
    expect(lines[0]).toMatchObject({ level: 50, errorId: '3816640575' });
    expect(text()).not.toContain('nina@example.test');
    expect(text()).not.toContain('$argon2id');
  });
});

import os from 'node:os';
import { serverProcesses } from './serve';

describe('the number of server processes', () => {
  it('is one on the embedded database, which allows a single process', () => {
    expect(serverProcesses({ WEB_CONCURRENCY: '4' })).toBe(1);
  });

  it('follows WEB_CONCURRENCY on PostgreSQL, else one per CPU', () => {
    expect(serverProcesses({ DATABASE_URL: 'postgres://db/relatio', WEB_CONCURRENCY: '3' })).toBe(3);
    expect(serverProcesses({ DATABASE_URL: 'postgres://db/relatio' })).toBe(os.availableParallelism());
    expect(serverProcesses({ DATABASE_URL: 'postgres://db/relatio', WEB_CONCURRENCY: 'many' })).toBe(os.availableParallelism());
  });
});

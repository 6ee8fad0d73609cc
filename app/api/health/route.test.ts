import { getDb } from '@/db';
import { GET } from './route';

jest.mock('@/db', () => ({ getDb: jest.fn() }));

describe('GET /api/health', () => {
  it('answers 200 while the database answers', async () => {
    (getDb as jest.Mock).mockResolvedValue({ execute: jest.fn().mockResolvedValue({ rows: [{ '?column?': 1 }] }) });
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers 503 when the database cannot be reached', async () => {
    (getDb as jest.Mock).mockRejectedValue(new Error('cannot use 127.0.0.1:5432/relatio: ECONNREFUSED'));
    const res = await GET();
    expect(res.status).toBe(503);
  });
});

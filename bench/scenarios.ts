// Benchmark scenarios: a page or endpoint to load, and the SQL behind it run straight on pg as the floor.
export type FloorQuery = { text: string; values?: unknown[] };

export type Scenario = {
  name: string;
  description: string;
  path: string;
  floor: FloorQuery[];
  // Targets from the product's speed goals (ms at p95; ratio to the floor's p95).
  target?: { p95?: number; ratio?: number };
};

export const scenarios: Scenario[] = [
  {
    name: 'health',
    description: 'GET /api/health',
    path: '/api/health',
    floor: [{ text: 'SELECT 1' }],
  },
  {
    name: 'dashboard',
    description: 'dashboard: counts, recently created/updated, my activities',
    path: '/',
    floor: [
      {
        text: `SELECT (SELECT count(*) FROM organisations WHERE deleted_at IS NULL)::int,
                      (SELECT count(*) FROM persons WHERE deleted_at IS NULL)::int,
                      (SELECT count(*) FROM persons_in_organisation WHERE deleted_at IS NULL)::int,
                      (SELECT count(*) FROM segments WHERE deleted_at IS NULL)::int`,
      },
      { text: 'SELECT id, name, created_at FROM organisations WHERE deleted_at IS NULL ORDER BY created_at DESC LIMIT 8' },
      { text: 'SELECT id, name, updated_at FROM organisations WHERE deleted_at IS NULL ORDER BY updated_at DESC LIMIT 8' },
    ],
  },
];

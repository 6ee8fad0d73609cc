// Unit and integration tests (PGlite in memory, or Postgres when DATABASE_URL is set).
const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: './' });

const config = createJestConfig({
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.test.ts', '<rootDir>/**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/.next/', '/e2e/', '/.data/'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1', '^server-only$': '<rootDir>/lib/testing/empty.js' },
  setupFiles: ['<rootDir>/lib/testing/setup.js'],
  testTimeout: 60000,
  maxWorkers: 2,
});

// ESM-only packages (faker) are compiled for jest like the project's own files.
module.exports = async () => {
  const resolved = await config();
  resolved.transformIgnorePatterns = ['/node_modules/(?!@faker-js/)', ...resolved.transformIgnorePatterns.filter((p) => !p.includes('node_modules'))];
  return resolved;
};

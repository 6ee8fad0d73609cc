// Browser tests: a production server on a fresh embedded database, driven by Debian's Chromium.
const nextJest = require('next/jest');

module.exports = nextJest({ dir: './' })({
  rootDir: '..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
  testTimeout: 90000,
});

// Lint: the Next.js rules (core web vitals and TypeScript), every drizzle UPDATE and DELETE with a WHERE, and lib/
// never importing from the layers above it.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

// The names the drizzle client and its transactions go by in this codebase (db, tx, handle.db).
const drizzleObjectName = ['db', 'tx'];
const below = 'lib/ sits below components/ and app/: move what it needs into lib/.';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    plugins: { drizzle },
    rules: {
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName }],
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName }],
      // `const { id: _id, ...rest } = row` leaves a field out on purpose.
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // CommonJS files (configs read by Node and Jest, the cluster worker).
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@/components/*', '@/app/*'], message: below }] }] },
  },
  {
    // Integration tests (and their support in lib/testing) drive the server actions the pages use.
    files: ['lib/**/*.test.ts', 'lib/**/*.test.tsx', 'lib/testing/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@/components/*'], message: below }] }] },
  },
  globalIgnores(['.next/**', 'node_modules/**', 'db/migrations/**', 'bench/results/**', '.data/**', 'e2e/artifacts/**', 'test-results/**', 'next-env.d.ts']),
]);

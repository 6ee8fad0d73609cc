import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// Every schema module of an entity (lib/<entity>/validations.ts).
const lib = path.join(__dirname, '..');
const schemaModules = fs
  .readdirSync(lib)
  .filter((dir) => fs.existsSync(path.join(lib, dir, 'validations.ts')))
  .map((dir) => `@/lib/${dir}/validations`);

describe('the translated zod messages', () => {
  it.each(schemaModules)('are installed by %s on its own', async (modulePath) => {
    z.config({ customError: undefined });
    await jest.isolateModulesAsync(async () => {
      await import(modulePath);
    });
    expect(z.config().customError).toEqual(expect.any(Function));
  });
});

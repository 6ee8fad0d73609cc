import type { z } from 'zod';

// In tests: the parsed value of `input`, failing the test (with the message) when the schema refuses it.
export function ok(schema: z.ZodType, input: unknown): unknown {
  const r = schema.safeParse(input);
  if (!r.success) throw new Error(`expected ${JSON.stringify(input)} to pass: ${r.error.issues[0].message}`);
  return r.data;
}

// In tests: the first message the schema gives for `input`, or null when it accepts it.
export function fails(schema: z.ZodType, input: unknown): string | null {
  const r = schema.safeParse(input);
  return r.success ? null : r.error.issues[0].message;
}

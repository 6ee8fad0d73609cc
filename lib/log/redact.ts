// What may go into the server log of an error: its kind, database code and constraint, and its text with the
// query parameters, password hashes, e-mail addresses and tokens taken out. Values of records never get there.

const maxText = 2000;

// Removes query parameters and secrets from a message or stack text.
export function redactText(text: string): string {
  return text
    .replace(/\n?\s*params: [\s\S]*?(?=\n\s+at |\n\s*\{|$)/g, ' params: [redacted]')
    .replace(/\$argon2(?:id|i|d)\$(?:v=\d+\$)?[\w=,]+\$[\w+/]+(?:\$[\w+/]+)?/g, '[hash]')
    .replace(/[^\s'",;:<>()[\]]+@[^\s'",;:<>()[\]]+\.[a-z]{2,}/gi, '[e-mail]')
    .replace(/eyJ[\w-]{10,}(?:\.[\w-]*){1,4}/g, '[token]')
    .slice(0, maxText);
}

// A plain object describing an error for the log, without the values it was given.
export type LoggedError = { type: string; message: string; code?: string; constraint?: string; stack?: string; cause?: LoggedError };

// Describes an error (and up to three causes) for the log.
export function describeError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: redactText(String(error)) };
  const e = error as Error & { code?: unknown; constraint?: unknown; cause?: unknown };
  const out: LoggedError = { type: e.name, message: redactText(e.message) };
  if (typeof e.code === 'string') out.code = e.code;
  if (typeof e.constraint === 'string') out.constraint = e.constraint;
  if (e.stack) out.stack = e.stack.split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 12).join('\n');
  if (e.cause !== undefined && depth < 3) out.cause = describeError(e.cause, depth + 1);
  return out;
}

// Field names whose values never reach the log, at the top level and one level down.
const sensitive = ['password', 'passwordHash', 'password_hash', 'hash', 'token', 'sessionToken', 'cookie', 'authorization', 'params', 'input', 'values', 'email', 'name', 'firstName', 'lastName', 'phone', 'mobile', 'iban', 'privateEmail', 'dateOfBirth'];

// pino's redact paths for those fields.
export const redactPaths = [...sensitive, ...sensitive.map((key) => `*.${key}`)];

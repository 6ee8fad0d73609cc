import type { Logger } from 'pino';
import { describeError, redactText } from './redact';

type Level = 'error' | 'warn';

function describeArg(arg: unknown): unknown {
  if (arg instanceof Error) return describeError(arg);
  if (typeof arg === 'string') return redactText(arg);
  if (arg && typeof arg === 'object') return redactText(JSON.stringify(arg, (_k, v) => (typeof v === 'bigint' ? String(v) : v)) ?? '');
  return arg;
}

// Sends what Next.js and libraries write with console.error / console.warn through the structured logger, redacted
// like everything else (Next prints a failed query with its parameters otherwise). An error Next gave a digest is
// logged with that digest as its error id, the reference the error page shows.
export function routeConsoleToLog(log: Logger, target: Pick<Console, Level> = console): void {
  for (const level of ['error', 'warn'] as const) {
    target[level] = (...args: unknown[]) => {
      const error = args.find((a): a is Error & { digest?: unknown } => a instanceof Error);
      const digest = typeof error?.digest === 'string' ? error.digest : undefined;
      const message = typeof args[0] === 'string' ? redactText(args[0]) : (error?.name ?? 'console');
      log[level]({ ...(digest ? { errorId: digest } : {}), args: args.map(describeArg) }, message);
    };
  }
}

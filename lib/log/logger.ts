import { randomBytes } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';
import { describeError, redactPaths } from './redact';

// A structured (JSON lines) logger with the sensitive fields redacted; tests pass their own destination.
export function createLogger(destination?: DestinationStream): Logger {
  const options = {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { app: 'relatio' },
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: { err: describeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

// The server's logger.
export const logger = createLogger();

// A short id for an error, shown to the user and written with the error, so that one can be found from the other.
export function newErrorId(): string {
  return randomBytes(5).toString('hex').toUpperCase();
}

// Logs an unexpected error (redacted) with a new error id, and returns that id.
export function logError(message: string, error: unknown, context: Record<string, unknown> = {}, log: Logger = logger): string {
  const errorId = newErrorId();
  log.error({ ...context, errorId, err: error }, message);
  return errorId;
}

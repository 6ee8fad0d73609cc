// Server start-up: every console error and warning goes through the structured, redacting logger (lib/log).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ routeConsoleToLog }, { logger }] = await Promise.all([import('./lib/log/console'), import('./lib/log/logger')]);
  routeConsoleToLog(logger);
}

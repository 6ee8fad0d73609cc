import fs from 'node:fs';

// Stops the server that global-setup started and removes its data directory.
export default async function globalTeardown() {
  const server = (globalThis as Record<string, unknown>).__relatioServer as { pid: number; dataDir: string } | undefined;
  if (!server) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  await new Promise((r) => setTimeout(r, 1000));
  fs.rmSync(server.dataDir, { recursive: true, force: true });
}

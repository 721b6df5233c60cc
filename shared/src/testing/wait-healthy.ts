import type { ChildProcess } from 'node:child_process';

/**
 * Waits until a service started as `child` answers `path` (e.g. /health) at `url`: fails at once if
 * the process exits first, or once `timeoutMs` has passed.
 */
export const waitHealthy = async (url: string, path: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> => {
  const health = new URL(path, url).toString();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited (${child.exitCode}) before it was healthy at ${health}`);
    try {
      if ((await fetch(health)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not healthy at ${health}`);
};

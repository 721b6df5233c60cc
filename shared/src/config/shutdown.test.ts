import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SHUTDOWN = fileURLToPath(new URL('./shutdown.ts', import.meta.url));

/** A process that registers two shutdown steps (the second slower than the first) and says when it is ready. */
const service = () =>
  spawn(
    process.execPath,
    [
      '--experimental-strip-types',
      '--no-warnings',
      '--input-type=module',
      '-e',
      `const { exitOnSignal } = await import(${JSON.stringify(SHUTDOWN)});
       exitOnSignal(async () => { await new Promise((r) => setTimeout(r, 50)); console.log('stopped'); }, async () => console.log('flushed'));
       setInterval(() => undefined, 1000);
       console.log('ready');`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );

describe('exitOnSignal', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`runs the steps in order on ${signal}, each awaited, then exits 0`, async () => {
      const child = service();
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output === 'ready\n') child.kill(signal);
      });
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(output.split('\n').filter(Boolean)).toEqual(['ready', 'stopped', 'flushed']);
      expect(code).toBe(0);
    });
  }
});

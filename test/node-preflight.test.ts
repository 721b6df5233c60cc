import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const script = fileURLToPath(new URL('../scripts/check-node.cjs', import.meta.url));
const { nodeProblem } = require(script) as { nodeProblem: (version: string, range: string) => string | null };
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { engines: { node: string }; scripts: Record<string, string> };
const range = packageJson.engines.node;

/** A Node older than the engines range on this machine (Debian's, say), to run the preflight for real. */
const olderNode = ['/usr/bin/node', '/usr/local/bin/node'].find((candidate) => {
  try {
    const version = execFileSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
    return nodeProblem(version, range) !== null;
  } catch {
    return false;
  }
});

describe('older Node preflight (scripts/check-node.cjs)', () => {
  it('explains what to install to a Node older than package.json engines, and lets a recent one through', () => {
    expect(nodeProblem('20.11.1', range)).toMatch(new RegExp(`needs Node\\.js ${range.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\\n.*Node\\.js 20\\.11\\.1`));
    expect(nodeProblem('22.16.0', '>=22.17')).not.toBeNull();
    expect(nodeProblem('22.17.0', '>=22.17')).toBeNull();
    expect(nodeProblem(process.versions.node, range)).toBeNull();
  });

  it('runs before start, test and build, and npm refuses to install on an older engine', () => {
    for (const name of ['start', 'test', 'build']) expect(packageJson.scripts[`pre${name}`]).toBe('node scripts/check-node.cjs');
    expect(readFileSync(new URL('../.npmrc', import.meta.url), 'utf8')).toMatch(/^engine-strict=true$/m);
  });

  it.skipIf(olderNode === undefined)('prints the message and exits 1 under a real older Node, where --experimental-strip-types is a bad option', () => {
    const run = spawnSync(olderNode ?? 'node', [script], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`needs Node.js ${range}`);
    expect(run.stderr).not.toContain('bad option');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

// The portal bundles this folder for the browser: only relative imports and these packages.
const BROWSER_PACKAGES = ['intl-messageformat', '@formatjs/intl-pluralrules'];

it('imports nothing Node-only (the portal bundles it for the browser)', () => {
  const here = import.meta.dirname;
  const sources = readdirSync(here, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const offending: string[] = [];
  for (const file of sources) {
    const text = readFileSync(join(here, file), 'utf8');
    for (const [, from, bare] of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm)) {
      const specifier = from ?? bare ?? '';
      if (!specifier.startsWith('.') && !BROWSER_PACKAGES.some((p) => specifier === p || specifier.startsWith(`${p}/`))) offending.push(`${relative(here, join(here, file))}: ${specifier}`);
    }
  }
  expect(offending).toEqual([]);
  expect(sources.length).toBeGreaterThan(4);
});

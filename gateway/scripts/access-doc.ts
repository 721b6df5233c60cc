// `npm run access-doc` writes ACCESS.md from the supergraph; `--check` fails when it is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { accessDocument } from '../src/access-document.ts';
import { readSupergraph } from '../src/compose.ts';

const path = fileURLToPath(new URL('../../ACCESS.md', import.meta.url));
const document = accessDocument(readSupergraph());
if (process.argv.includes('--check')) {
  if (!existsSync(path) || readFileSync(path, 'utf8') !== document) {
    console.error('ACCESS.md is stale: run `npm run access-doc` and commit it.');
    process.exit(1);
  }
  console.log('ACCESS.md is current');
} else {
  writeFileSync(path, document);
  console.log(`wrote ${path}`);
}

// `npm run compose` writes schema/supergraph.graphql; `npm run compose:check` fails when it is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { composeSupergraph, supergraphPath } from '../src/compose.ts';

const result = composeSupergraph();
if (!result.ok) {
  console.error(`Composition failed:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
const path = supergraphPath();
if (process.argv.includes('--check')) {
  const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (committed !== result.supergraphSdl) {
    console.error('schema/supergraph.graphql is stale: run `npm run compose` and commit it.');
    process.exit(1);
  }
  console.log('supergraph is current');
} else {
  writeFileSync(path, result.supergraphSdl);
  console.log(`wrote ${path}`);
}

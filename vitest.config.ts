import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Node loads graphql 16 as CommonJS (its package has no `exports`), Vite would pick its ESM build:
// two instances of graphql break `instanceof` between our code and Apollo's. Use Node's choice.
const graphqlMain = createRequire(import.meta.url).resolve('graphql');

// One runner for the whole monorepo: each workspace keeps its tests beside its code
// (`<ws>/test/*.test.ts`), cross-subgraph tests live in the top-level `test/`.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
  test: {
    include: ['{shared,gateway,subgraphs/*,population,identity,engine,test,portal}/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});

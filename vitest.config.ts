import { defineConfig } from 'vitest/config';

// One runner for the whole monorepo: each workspace keeps its tests beside its code
// (`<ws>/test/*.test.ts`), cross-subgraph tests live in the top-level `test/`.
export default defineConfig({
  test: {
    include: ['{shared,gateway,subgraphs/*,population,identity,engine,test}/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});

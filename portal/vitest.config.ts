import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import rootConfig from '../vitest.config.ts';

// The portal's browser test on the monorepo's runner (same global setup, same graphql alias):
// `npm run test:e2e -w portal`, or from the root `npx vitest run --config portal/vitest.config.ts`.
export default defineConfig({
  ...rootConfig,
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: { ...rootConfig.test, include: ['portal/test/**/*.test.ts'], testTimeout: 120_000 },
});

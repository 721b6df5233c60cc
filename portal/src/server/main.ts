import { startTracing } from '@usr/shared';
import { environment } from './environment.ts';
import { startPortal } from './serve.ts';

/** `node portal/src/server/main.ts`: serves the built portal (run `npm run build -w portal` first); see environment.ts. */
const env = environment();
startTracing('portal', { otlpEndpoint: env.otlpEndpoint });
const portal = await startPortal(env);
console.log(`portal listening on ${portal.url}`);

const shutdown = () => {
  portal.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

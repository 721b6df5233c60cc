import { environment } from './environment.ts';
import { startPortal } from './serve.ts';

/** `node portal/src/server/main.ts`: serves the built portal (run `npm run build -w portal` first); see environment.ts. */
const portal = await startPortal(environment());
console.log(`portal listening on ${portal.url}`);

const shutdown = () => {
  portal.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

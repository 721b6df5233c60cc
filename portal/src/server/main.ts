import { startPortal } from './serve.ts';

/**
 * `node portal/src/server/main.ts`: serves the built portal (run `npm run build -w portal` first).
 * PORT (default 3000), HOST (default 127.0.0.1), GATEWAY_URL (default http://localhost:4000/graphql),
 * KEYCLOAK_URL (default http://localhost:8080).
 */
const env = process.env;
const portal = await startPortal({
  port: Number(env['PORT'] ?? 3000),
  host: env['HOST'] ?? '127.0.0.1',
  gatewayUrl: env['GATEWAY_URL'] ?? 'http://localhost:4000/graphql',
  keycloakUrl: env['KEYCLOAK_URL'] ?? 'http://localhost:8080',
});
console.log(`portal listening on ${portal.url}`);

const shutdown = () => {
  portal.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

// `EMBEDDED_ISSUER=dev node identity/src/main.ts`: the embedded issuer on its own (port ISSUER_PORT,
// default 8080). Prints its URL; services take it as KEYCLOAK_URL.
import { DEMO_USERS } from './realm/demo-users.ts';
import { EmbeddedIssuerRefusedError, startEmbeddedIssuer } from './issuer/server.ts';

const port = Number(process.env['ISSUER_PORT'] ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('ISSUER_PORT must be a port number');
  process.exit(78);
}

try {
  const issuer = await startEmbeddedIssuer({
    port,
    ...(process.env['ISSUER_HOST'] ? { host: process.env['ISSUER_HOST'] } : {}),
    ...(process.env['ISSUER_PUBLIC_URL'] ? { publicUrl: process.env['ISSUER_PUBLIC_URL'] } : {}),
  });
  console.log(`Embedded issuer (development only) for realm registry: ${issuer.issuerUrl}`);
  console.log(`KEYCLOAK_URL=${issuer.baseUrl}`);
  console.log(`Demo users (password "demo"): ${DEMO_USERS.map((u) => u.username).join(', ')}`);
  const stop = () => void issuer.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (error instanceof EmbeddedIssuerRefusedError) {
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}

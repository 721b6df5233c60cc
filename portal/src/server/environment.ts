import { z } from 'zod';
import { devDefault, identityEnvironmentShape, loadEnvironment, nodeEnv, port, telemetryEnvironmentShape } from '@usr/shared';

/**
 * The portal server's configuration: PORT (3000), HOST, GATEWAY_URL, KEYCLOAK_URL, NODE_ENV. Parsed
 * once at boot by the shared loader, so production refuses the development defaults (the embedded
 * issuer, a gateway on localhost) like every other service.
 */
export const portalEnvironmentSchema = z
  .object({
    NODE_ENV: nodeEnv(),
    HOST: z.string().default('127.0.0.1'),
    PORT: port(3000),
    GATEWAY_URL: devDefault(z.string().url(), 'http://localhost:4000/graphql', "GATEWAY_URL to the gateway's /graphql"),
    KEYCLOAK_URL: identityEnvironmentShape.KEYCLOAK_URL,
    ...telemetryEnvironmentShape,
  })
  .transform((env) => ({ host: env.HOST, port: env.PORT, gatewayUrl: env.GATEWAY_URL, keycloakUrl: env.KEYCLOAK_URL, otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT }));

export const environment = () => loadEnvironment('portal', portalEnvironmentSchema);

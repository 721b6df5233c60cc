import { z } from 'zod';
import { devDefault, devOnly } from './environment.ts';

/** Where `npm start` runs the embedded issuer: production refuses it as KEYCLOAK_URL. */
export const EMBEDDED_ISSUER_URL = 'http://localhost:8080';

/**
 * Where tokens come from and how services trust each other; read by the gateway and every
 * subgraph. In development KEYCLOAK_URL defaults to the embedded issuer `npm start` runs.
 */
export const identityEnvironmentShape = {
  KEYCLOAK_URL: devOnly(z.string().url(), EMBEDDED_ISSUER_URL, 'KEYCLOAK_URL to your Keycloak (the embedded issuer is for development only)'),
  KEYCLOAK_REALM: z.string().min(1).default('registry'),
  /** When services reach the identity provider by another address than the token's `iss`. */
  OIDC_JWKS_URL: z.string().url().optional(),
  GATEWAY_SHARED_SECRET: devDefault(z.string().min(16), 'dev-only-gateway-shared-secret', 'GATEWAY_SHARED_SECRET to a random secret (16+ characters) shared by the gateway and the subgraphs'),
};

export interface IdentityEnvironment {
  readonly issuer: string;
  readonly jwksUrl: string | undefined;
  readonly gatewaySecret: string;
}

export const identityFrom = (env: { KEYCLOAK_URL: string; KEYCLOAK_REALM: string; OIDC_JWKS_URL?: string | undefined; GATEWAY_SHARED_SECRET: string }): IdentityEnvironment => ({
  issuer: `${env.KEYCLOAK_URL.replace(/\/+$/, '')}/realms/${env.KEYCLOAK_REALM}`,
  jwksUrl: env.OIDC_JWKS_URL,
  gatewaySecret: env.GATEWAY_SHARED_SECRET,
});

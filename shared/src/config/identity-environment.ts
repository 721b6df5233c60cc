import { z } from 'zod';
import { devDefault } from './environment.ts';

/**
 * Where tokens come from and how services trust each other; read by the gateway and every
 * subgraph. In development KEYCLOAK_URL defaults to the embedded issuer `npm start` runs.
 */
export const identityEnvironmentShape = {
  KEYCLOAK_URL: devDefault(z.string().url(), 'http://localhost:8080'),
  KEYCLOAK_REALM: z.string().min(1).default('registry'),
  /** When services reach the identity provider by another address than the token's `iss`. */
  OIDC_JWKS_URL: z.string().url().optional(),
  GATEWAY_SHARED_SECRET: devDefault(z.string().min(16), 'dev-only-gateway-shared-secret'),
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

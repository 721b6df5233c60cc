import type { IssuerContext } from './context.ts';

/**
 * The discovery document: Keycloak's paths and names, listing only what this issuer implements
 * (a client that reads it is never promised a grant or endpoint that is not there).
 */
export const discoveryDocument = (context: IssuerContext): Record<string, unknown> => {
  const oidc = `${context.issuerUrl}/protocol/openid-connect`;
  return {
    issuer: context.issuerUrl,
    authorization_endpoint: `${oidc}/auth`,
    token_endpoint: `${oidc}/token`,
    userinfo_endpoint: `${oidc}/userinfo`,
    end_session_endpoint: `${oidc}/logout`,
    jwks_uri: `${oidc}/certs`,
    grant_types_supported: ['authorization_code', 'client_credentials', 'password', 'refresh_token'],
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    subject_types_supported: ['public'],
    prompt_values_supported: ['none', 'login'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: ['openid', ...context.realm.clientScopes().map((s) => s.name)],
    claims_supported: ['iss', 'sub', 'aud', 'exp', 'iat', 'auth_time', 'name', 'given_name', 'family_name', 'preferred_username', 'email', 'azp', 'nonce'],
    claims_parameter_supported: false,
    request_parameter_supported: false,
    authorization_response_iss_parameter_supported: true,
    backchannel_logout_supported: false,
    frontchannel_logout_supported: false,
  };
};

/** GET /realms/<realm>: Keycloak's realm information document. */
export const realmInfo = (context: IssuerContext): Record<string, unknown> => ({
  realm: context.realm.name,
  public_key: context.keys.publicKeyBase64,
  'token-service': `${context.issuerUrl}/protocol/openid-connect`,
  'account-service': `${context.issuerUrl}/account`,
  'tokens-not-before': 0,
});

export const jwks = (context: IssuerContext): Record<string, unknown> => ({ keys: [context.keys.publicJwk] });

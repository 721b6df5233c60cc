import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadRealmFile, REALM_FILE, type Environment } from '../realm/realm-file.ts';
import { RealmModel } from '../realm/realm-model.ts';
import { handleAuthorize, handleLoginAction } from './authorize.ts';
import type { AuthorizationCode, IssuerContext, PendingLogin, PendingLogout } from './context.ts';
import { discoveryDocument, jwks, realmInfo } from './discovery.ts';
import { HttpError, sendJson } from './http.ts';
import { generateSigningKeys } from './keys.ts';
import { handleLogout } from './logout.ts';
import { webOriginsOf } from './mappers.ts';
import { ExpiringMap, SessionStore } from './sessions.ts';
import { handleToken } from './token-endpoint.ts';
import { TokenMinter } from './tokens.ts';
import { BruteForceGuard, bruteForceSettings } from './brute-force.ts';
import { handleUserinfo } from './userinfo.ts';

export interface EmbeddedIssuerOptions {
  /** 0 picks a free port. Default 8080 (real Keycloak uses 8180 here, so both can run). */
  readonly port?: number;
  /** Interface to bind. Default 127.0.0.1: the issuer is not meant to be reachable from elsewhere. */
  readonly host?: string;
  /** Public base URL (what browsers and services use), e.g. http://localhost:8080. */
  readonly publicUrl?: string;
  /** Explicit development opt-in (or EMBEDDED_ISSUER=dev in the environment). */
  readonly dev?: boolean;
  /** Another realm file (tests); default identity/realm/registry-realm.json. */
  readonly realmFile?: string;
  /** Environment for the realm's ${...} placeholders and the production check; default process.env. */
  readonly env?: Environment;
}

export interface EmbeddedIssuer {
  /** `<baseUrl>/realms/<realm>`: the `iss` claim and the verifier's issuer. */
  readonly issuerUrl: string;
  /** Base URL, as KEYCLOAK_URL would be for real Keycloak. */
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/** The embedded issuer was asked to start where it must not. */
export class EmbeddedIssuerRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedIssuerRefusedError';
  }
}

/**
 * Signs tokens for demo users with published dev passwords: it must be impossible to run by
 * accident where real people are. NODE_ENV=production always refuses, and even in development it
 * takes an explicit opt-in.
 */
export const assertDevelopmentOnly = (options: Pick<EmbeddedIssuerOptions, 'dev'>, env: Environment = process.env): void => {
  if (env['NODE_ENV'] === 'production') {
    throw new EmbeddedIssuerRefusedError('The embedded issuer never runs with NODE_ENV=production: use Keycloak (KEYCLOAK_URL).');
  }
  if (options.dev !== true && env['EMBEDDED_ISSUER'] !== 'dev') {
    throw new EmbeddedIssuerRefusedError('The embedded issuer is for development only: pass { dev: true } or set EMBEDDED_ISSUER=dev.');
  }
};

const LOOPBACK_OR_ANY = new Set(['127.0.0.1', 'localhost', '::1', '0.0.0.0', '::']);

type Handler = (context: IssuerContext, req: IncomingMessage, res: ServerResponse, url: URL, cors: Record<string, string>) => Promise<void> | void;
interface Route {
  readonly methods: readonly string[];
  readonly handle: Handler;
  /** Who may call it from a browser: public documents anyone, the rest registered web origins. */
  readonly cors: 'any' | 'clients' | 'none';
}

const routesOf = (realmPath: string): Map<string, Route> => {
  const oidc = `${realmPath}/protocol/openid-connect`;
  return new Map<string, Route>([
    [realmPath, { methods: ['GET'], cors: 'any', handle: (c, _q, res, _u, cors) => sendJson(res, 200, realmInfo(c), cors) }],
    [`${realmPath}/.well-known/openid-configuration`, { methods: ['GET'], cors: 'any', handle: (c, _q, res, _u, cors) => sendJson(res, 200, discoveryDocument(c), cors) }],
    [`${oidc}/certs`, { methods: ['GET'], cors: 'any', handle: (c, _q, res, _u, cors) => sendJson(res, 200, jwks(c), cors) }],
    [`${oidc}/auth`, { methods: ['GET', 'POST'], cors: 'none', handle: (c, req, res, url) => handleAuthorize(c, req, res, url) }],
    [`${realmPath}/login-actions/authenticate`, { methods: ['POST'], cors: 'none', handle: (c, req, res, url) => handleLoginAction(c, req, res, url) }],
    [`${oidc}/token`, { methods: ['POST'], cors: 'clients', handle: (c, req, res, _u, cors) => handleToken(c, req, res, cors) }],
    [`${oidc}/userinfo`, { methods: ['GET', 'POST'], cors: 'clients', handle: (c, req, res, _u, cors) => handleUserinfo(c, req, res, cors) }],
    [`${oidc}/logout`, { methods: ['GET', 'POST'], cors: 'clients', handle: (c, req, res, url, cors) => handleLogout(c, req, res, url, cors) }],
    ['/health/ready', { methods: ['GET'], cors: 'none', handle: (_c, _q, res) => sendJson(res, 200, { status: 'UP' }) }],
  ]);
};

const corsHeaders = (route: Route, origin: string | undefined, clientOrigins: ReadonlySet<string>): Record<string, string> => {
  if (!origin || route.cors === 'none') return {};
  if (route.cors === 'any') return { 'access-control-allow-origin': '*' };
  if (!clientOrigins.has(origin) && !clientOrigins.has('*')) return { vary: 'Origin' };
  return { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' };
};

/**
 * A Keycloak-compatible issuer for zero-setup runs: serves identity/realm/registry-realm.json at
 * Keycloak's paths with the same token claims, so nothing else changes between the two.
 */
export const startEmbeddedIssuer = async (options: EmbeddedIssuerOptions = {}): Promise<EmbeddedIssuer> => {
  const env = options.env ?? process.env;
  assertDevelopmentOnly(options, env);
  const realm = new RealmModel(loadRealmFile(options.realmFile ?? REALM_FILE, env));
  const keys = await generateSigningKeys();
  const realmPath = `/realms/${encodeURIComponent(realm.name)}`;
  const routes = routesOf(realmPath);
  const clientOrigins = new Set(realm.clients().flatMap(webOriginsOf));
  let context: IssuerContext | undefined;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://issuer.invalid');
    const route = routes.get(url.pathname.replace(/\/+$/, '') || '/');
    if (!route || !context) return sendJson(res, 404, { error: 'Not found' });
    const cors = corsHeaders(route, req.headers.origin, clientOrigins);
    if (req.method === 'OPTIONS' && route.cors !== 'none') {
      res.writeHead(204, { ...cors, 'access-control-allow-methods': [...route.methods, 'OPTIONS'].join(', '), 'access-control-allow-headers': 'Authorization, Content-Type', 'access-control-max-age': '3600' }).end();
      return;
    }
    if (!route.methods.includes(req.method ?? '')) return sendJson(res, 405, { error: 'Method not allowed' }, { allow: route.methods.join(', ') });
    Promise.resolve(route.handle(context, req, res, url, cors)).catch((error: unknown) => {
      if (error instanceof HttpError) return sendJson(res, error.status, { error: 'invalid_request', error_description: error.message }, cors);
      // The path only: query strings carry codes and tokens.
      console.error(`[embedded-issuer] ${req.method} ${url.pathname} failed:`, error);
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error' }, cors);
      else res.destroy();
    });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const stop = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  const { port } = server.address() as AddressInfo;
  const baseUrl = (options.publicUrl ?? `http://${LOOPBACK_OR_ANY.has(host) ? 'localhost' : host}:${port}`).replace(/\/+$/, '');
  const issuerUrl = `${baseUrl}${realmPath}`;
  try {
    context = {
      realm,
      issuerUrl,
      realmPath,
      keys,
      // Compiles every protocol mapper: an unsupported one fails the start, not a token request.
      minter: new TokenMinter(realm, keys, issuerUrl),
      sessions: new SessionStore(realm.lifespans),
      codes: new ExpiringMap<AuthorizationCode>(),
      logins: new ExpiringMap<PendingLogin>(),
      logouts: new ExpiringMap<PendingLogout>(),
      ssoCookies: new ExpiringMap<string>(),
      secureCookies: baseUrl.startsWith('https:'),
      bruteForce: new BruteForceGuard(bruteForceSettings(realm.representation)),
    };
  } catch (error) {
    await stop();
    throw error;
  }
  return { issuerUrl, baseUrl, stop };
};

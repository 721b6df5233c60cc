import { createAccessLogRecorder, createLogger, createTokenVerifier, NO_ACCESS_RECORDING, startSubgraph, type AccessRecorder, type DirectoryEndpoints, type RunningService } from '@usr/shared';
import { clientToken, passwordToken, startEmbeddedIssuer, type EmbeddedIssuer } from '@usr/identity';
import { composeSupergraph, DEFAULT_LIMITS, DEFAULT_MAX_BODY_BYTES, startGateway, SUBGRAPHS, type RunningGateway } from '@usr/gateway';
import { personsSubgraph } from '@usr/persons';
import { householdsSubgraph } from '@usr/households';
import { factsSubgraph } from '@usr/agency-facts';
import { benefitsSubgraph } from '@usr/benefits';
import { paymentsSubgraph } from '@usr/payments';
import { auditSubgraph } from '@usr/audit';

/** Every subgraph module by its catalogue name. */
export const SUBGRAPH_MODULES = {
  persons: personsSubgraph,
  households: householdsSubgraph,
  'agency-facts': factsSubgraph,
  benefits: benefitsSubgraph,
  payments: paymentsSubgraph,
  audit: auditSubgraph,
} as const;

export interface RunningRegistry {
  readonly gatewayUrl: string;
  /** KEYCLOAK_URL-style base of the identity provider the registry trusts. */
  readonly identityUrl: string;
  /** An access token for a demo user of the realm (password grant on the test-only client). */
  userToken(username: string, scope?: string): Promise<string>;
  /** An access token for a service-account client of the realm (client credentials). */
  serviceToken(clientId: string): Promise<string>;
  readonly subgraphs: Readonly<Record<string, RunningService>>;
  /** The access log writer the gateway and all subgraphs share; flush it before reading the log. */
  readonly recorder: AccessRecorder;
  stop(): Promise<void>;
}

/**
 * The whole graph in this process on free ports (each subgraph still its own HTTP service), for
 * cross-subgraph tests. The supergraph is composed from schema/ as it is now.
 */
export const GATEWAY_SECRET = 'test-only-gateway-shared-secret';

/**
 * With `keycloakUrl` (real Keycloak, CI) the registry trusts that server; otherwise it starts the
 * embedded issuer serving the same realm file.
 */
export interface RegistryOptions {
  /** The audit subgraph's and the access log's own database (default: `databaseUrl`), to take it down alone. */
  readonly auditDatabaseUrl?: string;
  /** The embedded issuer's realm file (default identity/realm/registry-realm.json). */
  readonly realmFile?: string;
  /**
   * false: subgraphs log no reads (NO_ACCESS_RECORDING). For bench/support/full-record-cpu.ts
   * `--no-access-log` only, to measure what the access log costs per record; never in a test.
   */
  readonly accessLog?: boolean;
  /**
   * false: the gateway leaves the access log to the subgraphs (no `x-access-log: gateway`), as every
   * caller other than the gateway gets it; for tests comparing the two writers.
   */
  readonly gatewayWritesAccessLog?: boolean;
  /**
   * true: the subgraphs also serve callers in this process without a socket, as in the subgraph host,
   * so the gateway's calls and the record rules' look-ups between subgraphs skip HTTP (http/in-process.ts).
   */
  readonly callInProcess?: boolean;
}

export const startRegistry = async (databaseUrl: string, keycloakUrl?: string, options: RegistryOptions = {}): Promise<RunningRegistry> => {
  const auditDatabaseUrl = options.auditDatabaseUrl ?? databaseUrl;
  const composed = composeSupergraph();
  if (!composed.ok) throw new Error(`composition failed: ${composed.errors.join('; ')}`);
  const logger = createLogger('test', 'silent');
  const subgraphs: Record<string, RunningService> = {};
  let gateway: RunningGateway | undefined;
  let issuer: EmbeddedIssuer | undefined;
  const stop = async () => {
    await gateway?.stop();
    await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
    await issuer?.stop();
    await recorder.close();
  };
  if (!keycloakUrl) issuer = await startEmbeddedIssuer({ port: 0, dev: true, ...(options.realmFile ? { realmFile: options.realmFile } : {}) });
  const identityUrl = keycloakUrl ?? issuer?.baseUrl ?? '';
  const verifier = createTokenVerifier({ issuer: `${identityUrl}/realms/registry` });
  const recorder = createAccessLogRecorder({ databaseUrl: auditDatabaseUrl, logger });
  // Filled in as persons and households come up; look-ups happen only once requests arrive.
  const directory: DirectoryEndpoints = {};
  const auth = { verifier, gatewaySecret: GATEWAY_SECRET, directory, recorder: options.accessLog === false ? NO_ACCESS_RECORDING : recorder };
  try {
    for (const entry of SUBGRAPHS) {
      const module = SUBGRAPH_MODULES[entry.name as keyof typeof SUBGRAPH_MODULES];
      // Sequential: each applies its own migrations under its own advisory lock.
      const running = await startSubgraph(module as unknown as Parameters<typeof startSubgraph>[0], { databaseUrl: entry.name === 'audit' ? auditDatabaseUrl : databaseUrl, port: 0, logger, poolMax: 4, auth, callInProcess: options.callInProcess ?? false });
      subgraphs[entry.name] = running;
      if (entry.name === 'persons') directory.personsUrl = running.url;
      if (entry.name === 'households') directory.householdsUrl = running.url;
    }
    gateway = await startGateway(
      {
        supergraphSdl: composed.supergraphSdl,
        subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])),
        limits: DEFAULT_LIMITS,
        maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
        production: false,
        logger,
        verifier,
        gatewaySecret: GATEWAY_SECRET,
        ...(options.accessLog === false || options.gatewayWritesAccessLog === false ? {} : { recorder }),
      },
      0,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    gatewayUrl: gateway.url,
    identityUrl,
    subgraphs,
    recorder,
    stop,
    userToken: (username, scope) => passwordToken(identityUrl, username, 'demo', scope),
    serviceToken: (clientId) => clientToken(identityUrl, clientId),
  };
};

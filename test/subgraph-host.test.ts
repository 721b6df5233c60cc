import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccessLogRecorder, createLogger, createTokenVerifier, type AccessRecorder } from '@usr/shared';
import { createTestDatabase, errorCodes, freePort, postGraphQL, waitHealthy, type TestDatabase } from '@usr/shared/testing';
import { composeSupergraph, DEFAULT_LIMITS, DEFAULT_MAX_BODY_BYTES, startGateway, SUBGRAPHS, type RunningGateway } from '@usr/gateway';
import { clientToken, passwordToken, startEmbeddedIssuer, type EmbeddedIssuer } from '@usr/identity';
import { FULL_RECORD } from './support/full-record-query.ts';
import { GATEWAY_SECRET } from './support/registry.ts';
import { seeder, type SeededHousehold } from './support/seed.ts';

/**
 * Two hosts, each checked the same way. scripts/subgraph-host.ts runs every subgraph in one Node
 * process, behind a gateway of its own (here, the test's). scripts/graph-host.ts (`npm start --
 * --one-process`) runs them and the gateway in one, the gateway calling them in process. Each
 * subgraph listens on the port its URL variable names and applies its own migrations. A full record
 * through the gateway carries the same data and rules as over six processes, and SIGTERM stops
 * everything and exits 0.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const listening = (url: string): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe.each([
  { script: 'scripts/subgraph-host.ts', what: 'every subgraph in one process, behind a gateway of its own', gatewayInHost: false },
  { script: 'scripts/graph-host.ts', what: 'the whole graph in one process, the gateway calling the subgraphs in process', gatewayInHost: true },
])('$script: $what', ({ script, gatewayInHost }) => {
  let db: TestDatabase;
  let issuer: EmbeddedIssuer | undefined;
  let host: ChildProcess;
  let hostLog = '';
  let gateway: RunningGateway | undefined;
  let gatewayUrl = '';
  let recorder: AccessRecorder | undefined;
  let household: SeededHousehold;
  const urls: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase(inject('adminDatabaseUrl'));
    const keycloakUrl = inject('keycloakUrl') || undefined;
    if (!keycloakUrl) issuer = await startEmbeddedIssuer({ port: 0, dev: true });
    const identityUrl = keycloakUrl ?? issuer?.baseUrl ?? '';
    for (const entry of SUBGRAPHS) urls[entry.name] = `http://127.0.0.1:${await freePort()}/graphql`;
    const gatewayPort = await freePort();
    host = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', script], {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        DATABASE_URL: db.url,
        KEYCLOAK_URL: identityUrl,
        GATEWAY_SHARED_SECRET: GATEWAY_SECRET,
        LOG_LEVEL: 'info',
        PORT: String(gatewayPort),
        ...Object.fromEntries(SUBGRAPHS.map((entry) => [entry.urlVariable, urls[entry.name]])),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    host.stdout?.on('data', (chunk: Buffer) => (hostLog += chunk.toString()));
    host.stderr?.on('data', (chunk: Buffer) => (hostLog += chunk.toString()));
    const deadline = Date.now() + 90_000;
    const served = [...SUBGRAPHS.map((entry) => ({ name: entry.name, url: urls[entry.name] ?? '' })), ...(gatewayInHost ? [{ name: 'the gateway', url: `http://127.0.0.1:${gatewayPort}/graphql` }] : [])];
    for (const { name, url } of served) {
      await waitHealthy(url, '/health', host, deadline - Date.now()).catch((error: unknown) => {
        throw new Error(`${script} did not serve ${name} (${String(error)}):\n${hostLog}`);
      });
    }
    if (gatewayInHost) gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    else {
      const logger = createLogger('test', 'silent');
      recorder = createAccessLogRecorder({ databaseUrl: db.url, logger });
      const composed = composeSupergraph();
      if (!composed.ok) throw new Error(composed.errors.join('; '));
      gateway = await startGateway(
        {
          supergraphSdl: composed.supergraphSdl,
          subgraphUrls: urls,
          limits: DEFAULT_LIMITS,
          maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
          production: false,
          logger,
          verifier: createTokenVerifier({ issuer: `${identityUrl}/realms/registry` }),
          gatewaySecret: GATEWAY_SECRET,
          recorder,
        },
        0,
      );
      gatewayUrl = gateway.url;
    }
    const seed = seeder(db.url);
    household = await seed.household(3).withFacts(5).withBenefit('TSA', '120.00').withPayments(2).save();
    await seed.close();
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await recorder?.close();
    if (host?.exitCode === null) host.kill('SIGKILL');
    await issuer?.stop();
    await db?.drop();
  });

  it('serves each subgraph where its URL variable says, after applying its migrations', () => {
    for (const entry of SUBGRAPHS) expect(hostLog).toContain(urls[entry.name]?.replace('/graphql', ''));
  });

  it('answers a full record through the gateway: every subgraph, its rules and the access log', async () => {
    const token = await clientToken(issuer?.baseUrl ?? inject('keycloakUrl'), 'decision-engine');
    const { data, errors } = await postGraphQL<{
      person: { pin: string; household: { members: Array<{ person: { pin: string } }> }; facts: { items: unknown[] }; benefits: Array<{ payments: unknown[] }> };
    }>(gatewayUrl, FULL_RECORD, { pin: household.head }, { authorization: `Bearer ${token}` });
    expect(errors).toBeUndefined();
    expect(data?.person.pin).toBe(household.head);
    expect(data?.person.household.members.map((m) => m.person.pin).sort()).toEqual([...household.pins].sort());
    expect(data?.person.facts.items).toHaveLength(5);
    expect(data?.person.benefits.map((b) => b.payments.length)).toEqual([2]);
    // Records of another person read by a service account are logged before they are answered.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>('select count(*)::int as n from audit.access_log where subject_pin = $1', [household.head]);
      expect(rows[0]?.n).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });

  it('refuses a caller the rules refuse: a citizen reading another person', async () => {
    const token = await passwordToken(issuer?.baseUrl ?? inject('keycloakUrl'), 'aysel', 'demo');
    const res = await postGraphQL(gatewayUrl, `{ person(pin: "${household.head}") { firstName } }`, {}, { authorization: `Bearer ${token}` });
    expect(errorCodes(res)).toContain('FORBIDDEN');
    expect(JSON.stringify(res.data ?? null)).not.toContain('firstName":"');
  });

  it('stops everything on SIGTERM and exits 0', async () => {
    const exited = new Promise<number | null>((resolve) => host.once('exit', (code) => resolve(code)));
    host.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const entry of SUBGRAPHS) expect(await listening(urls[entry.name] ?? '')).toBe(false);
    if (gatewayInHost) expect(await listening(gatewayUrl)).toBe(false);
  });
});

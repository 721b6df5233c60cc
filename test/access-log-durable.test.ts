import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, errorCodes, postGraphQL, type GraphQLResponse, type TestDatabase } from '@usr/shared/testing';
import { GATEWAY_SECRET, startRegistry, type RunningRegistry } from './support/registry.ts';
import { seeder } from './support/seed.ts';

/**
 * Issue #11, item 2: no read of another person's data is answered before its access entry is
 * committed, and when the audit database is down such reads are refused (ACCESS_LOG_UNAVAILABLE)
 * while a citizen's own reads, which are not logged, still work. Through the gateway the entries of
 * a query are written by the gateway (one group per request); a subgraph called without the
 * gateway's `x-access-log` header writes its own, with the same guarantees.
 */
const AYSEL = '5AZK7P2';
const RASHAD = '4BXM2R8';
const PURPOSE = { 'x-purpose-of-use': 'BENEFIT_REVIEW' };

let db: TestDatabase;
let auditDb: TestDatabase;
let registry: RunningRegistry;
let audit: pg.Pool;
let admin: pg.Client;
const auditDbName = () => new URL(auditDb.url).pathname.slice(1);

const as = async (who: string, query: string, headers: Record<string, string> = {}): Promise<GraphQLResponse> =>
  postGraphQL(registry.gatewayUrl, query, {}, { authorization: `Bearer ${who.startsWith('client:') ? await registry.serviceToken(who.slice(7)) : await registry.userToken(who)}`, ...headers });

const entriesFor = async (requestIdLike: string) =>
  (await audit.query<{ n: string }>(`select count(*)::text as n from audit.access_log where subject_pin = $1`, [requestIdLike])).rows[0]?.n;

/** The audit database refuses every connection and loses the ones it had: an outage, as the subgraphs see it. */
const takeAuditDatabaseDown = async () => {
  await admin.query(`alter database "${auditDbName()}" allow_connections false`);
  await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [auditDbName()]);
};
const bringAuditDatabaseBack = () => admin.query(`alter database "${auditDbName()}" allow_connections true`);

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  auditDb = await createTestDatabase(inject('adminDatabaseUrl'), 'audit');
  registry = await startRegistry(db.url, inject('keycloakUrl') || undefined, { auditDatabaseUrl: auditDb.url });
  const seed = seeder(db.url);
  await seed.household(2).withPins(RASHAD, AYSEL).withFacts(2).save();
  await seed.close();
  audit = new pg.Pool({ connectionString: auditDb.url, max: 1 });
  // Its idle connection is among those the outage ends.
  audit.on('error', () => undefined);
  admin = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await admin.connect();
});

afterAll(async () => {
  await admin?.query(`alter database "${auditDbName()}" allow_connections true`).catch(() => undefined);
  await admin?.end();
  await audit?.end();
  await registry?.stop();
  await auditDb?.drop();
  await db?.drop();
});

describe('a read of another person’s data', () => {
  it('is answered only once its access entry is committed (no flush, no wait)', async () => {
    const before = Number(await entriesFor(AYSEL));
    const res = await as('caseworker.baku', `{ person(pin: "${AYSEL}") { firstName facts { items { kind } } } }`, PURPOSE);
    expect(res.errors).toBeUndefined();
    // Read the moment the answer arrives: persons and agency-facts each committed theirs already.
    const { rows } = await audit.query<{ service: string }>(`select service from audit.access_log where subject_pin = $1 order by seq offset $2`, [AYSEL, before]);
    expect(rows.map((r) => r.service).sort()).toEqual(['agency-facts', 'persons']);
  });

  it('shares one transaction among concurrent entries (group commit), and the chain stays whole', async () => {
    const reads = await Promise.all(Array.from({ length: 12 }, () => as('client:decision-engine', `{ person(pin: "${RASHAD}") { firstName facts { items { kind } } } }`)));
    for (const res of reads) expect(res.errors).toBeUndefined();
    const { rows } = await audit.query<{ tx: string }>(`select count(distinct xmin::text)::text as tx from audit.access_log where subject_pin = $1`, [RASHAD]);
    expect(Number(rows[0]?.tx)).toBeLessThan(24);
    const chain = await as('auditor', `{ accessLogChain { verified } }`, PURPOSE);
    expect(chain.data).toMatchObject({ accessLogChain: { verified: true } });
  });
});

describe('when the audit database is down', () => {
  it('refuses staff reads with ACCESS_LOG_UNAVAILABLE and answers nothing of the record; a citizen still reads her own', async () => {
    await takeAuditDatabaseDown();
    try {
      for (const who of ['caseworker.baku', 'client:decision-engine']) {
        const res = await as(who, `{ person(pin: "${AYSEL}") { firstName facts { items { kind } } } }`, PURPOSE);
        // The gateway could not append the request's group: no data at all, one error, nothing else.
        expect(res).toEqual({ status: 200, data: null, errors: [{ message: expect.any(String), extensions: { code: 'ACCESS_LOG_UNAVAILABLE' } }] });
        expect(JSON.stringify(res)).not.toContain('Member');
      }
      // A subgraph called without the gateway's header writes, and so refuses, by itself.
      const direct = await postGraphQL(registry.subgraphs['persons']?.url ?? '', `{ person(pin: "${AYSEL}") { firstName } }`, {}, {
        'x-gateway-secret': GATEWAY_SECRET,
        authorization: `Bearer ${await registry.userToken('caseworker.baku')}`,
        ...PURPOSE,
      });
      expect(direct.data?.['person'] ?? null).toBeNull();
      expect(errorCodes(direct)).toEqual(['ACCESS_LOG_UNAVAILABLE']);
      expect(JSON.stringify(direct)).not.toContain('Member');
      const own = await as('aysel', `{ person(pin: "${AYSEL}") { firstName facts { items { kind } } } }`);
      expect(own.errors).toBeUndefined();
      expect(own.data).toMatchObject({ person: { firstName: expect.any(String) } });
    } finally {
      await bringAuditDatabaseBack();
    }
  });

  it('serves and logs staff reads again once it is back, with nothing from the outage half-written', async () => {
    const res = await as('caseworker.baku', `{ person(pin: "${AYSEL}") { firstName } }`, PURPOSE);
    expect(res.errors).toBeUndefined();
    const chain = await as('auditor', `{ accessLogChain { verified } }`, PURPOSE);
    expect(chain.data).toMatchObject({ accessLogChain: { verified: true } });
  });
});

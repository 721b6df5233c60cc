import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ACCESS_LOG_HEADER } from '@usr/shared';
import { createTestDatabase, errorCodes, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import { GATEWAY_SECRET, startRegistry, type RunningRegistry } from './support/registry.ts';
import { FULL_RECORD } from './support/full-record-query.ts';
import { seeder, type SeededHousehold } from './support/seed.ts';

/**
 * Issue #14: the gateway writes the access entries of the subgraph calls it makes for a client's
 * query, as one group per request (`x-access-log: gateway`, `extensions.accessLog`). The log holds
 * exactly what it held when each subgraph wrote its own; only the gateway may ask; every other
 * caller of a subgraph still gets a subgraph that writes before it answers.
 */
const PURPOSE = { 'x-purpose-of-use': 'BENEFIT_REVIEW' };
const PERSON = `query($pin: String!) { person(pin: $pin) { firstName facts { items { kind } } } }`;

let db: TestDatabase;
let auditDb: TestDatabase;
/** The gateway writes the entries (as `npm start` runs it). */
let registry: RunningRegistry;
/** Same databases, the subgraphs write their own: the log as it was before. */
let subgraphsWrite: RunningRegistry;
let audit: pg.Pool;
let family: SeededHousehold;
/** A Baku household with one member registered in Ganja: a caseworker of Baku reads all but that member. */
let split: SeededHousehold;
let movedAway = '';

interface Row {
  readonly seq: string;
  readonly service: string;
  readonly fields: string[];
  readonly subject_pin: string;
  readonly purpose: string;
  readonly accessor_kind: string;
  readonly accessor_subject: string;
  readonly client_id: string;
  readonly request_id: string;
  readonly tx: string;
}

const lastSeq = async () => (await audit.query<{ seq: string }>(`select coalesce(max(seq), 0)::text as seq from audit.access_log`)).rows[0]?.seq ?? '0';
const entriesSince = async (seq: string) =>
  (
    await audit.query<Row>(
      `select seq::text, service, fields, subject_pin, purpose, accessor_kind, accessor_subject, client_id, request_id, xmin::text as tx from audit.access_log where seq > $1 order by seq`,
      [seq],
    )
  ).rows;
/** What an entry says, without when, in which request and in which transaction it was written. */
const content = (rows: readonly Row[]) =>
  rows.map((r) => [r.service, r.fields.join(','), r.subject_pin, r.purpose, r.accessor_kind, r.accessor_subject, r.client_id].join(' | ')).sort();

const bearer = async (on: RunningRegistry, who: string) => ({ authorization: `Bearer ${who.startsWith('client:') ? await on.serviceToken(who.slice(7)) : await on.userToken(who)}` });

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  auditDb = await createTestDatabase(inject('adminDatabaseUrl'), 'audit');
  registry = await startRegistry(db.url, inject('keycloakUrl') || undefined, { auditDatabaseUrl: auditDb.url });
  subgraphsWrite = await startRegistry(db.url, inject('keycloakUrl') || undefined, { auditDatabaseUrl: auditDb.url, gatewayWritesAccessLog: false });
  const seed = seeder(db.url);
  family = await seed.household(3).withFacts(3).withBenefit('TSA', '120.00').withPayments(2).save();
  split = await seed.household(2).save();
  await seed.close();
  movedAway = split.pins.find((pin) => pin !== split.head) ?? '';
  const sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  await sql.query(`update persons.person set region_code = 'ganja-dashkasan', district_code = 'AZ-GA' where pin = $1`, [movedAway]);
  await sql.end();
  audit = new pg.Pool({ connectionString: auditDb.url, max: 1 });
});

afterAll(async () => {
  await audit?.end();
  await subgraphsWrite?.stop();
  await registry?.stop();
  await auditDb?.drop();
  await db?.drop();
});

describe('the gateway writes the access entries of a query', () => {
  it('logs a full record exactly as the subgraphs did (service, fields, subject, purpose, caller), in one request id and one group, committed before the answer', async () => {
    const before = await lastSeq();
    const old = await postGraphQL(subgraphsWrite.gatewayUrl, FULL_RECORD, { pin: family.head }, await bearer(subgraphsWrite, 'client:decision-engine'));
    expect(old.errors).toBeUndefined();
    const middle = await lastSeq();
    const res = await postGraphQL(registry.gatewayUrl, FULL_RECORD, { pin: family.head }, await bearer(registry, 'client:decision-engine'));
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual(old.data);
    // Read the moment the answer arrives: no flush, no wait.
    const written = await entriesSince(middle);
    const previously = (await entriesSince(before)).filter((r) => BigInt(r.seq) <= BigInt(middle));
    expect(content(written)).toEqual(content(previously));
    expect(new Set(written.map((r) => r.service))).toEqual(new Set(['persons', 'households', 'agency-facts', 'benefits', 'payments']));
    expect(new Set(written.map((r) => r.request_id)).size).toBe(1);
    expect(new Set(written.map((r) => r.tx)).size).toBe(1);
    // Before: one group per subgraph call.
    expect(new Set(previously.map((r) => r.tx)).size).toBeGreaterThan(1);
  });

  it('never passes the entries on to the client', async () => {
    const response = await fetch(registry.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await bearer(registry, 'caseworker.baku')), ...PURPOSE },
      body: JSON.stringify({ query: PERSON, variables: { pin: family.head } }),
    });
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ data: { person: { firstName: expect.any(String) } } });
    expect(text).not.toContain('accessLog');
    expect(text).not.toContain('subjectPin');
  });

  it('logs what a partial answer revealed, as the subgraphs did: the record granted, not the member refused', async () => {
    const query = `query($pin: String!) { person(pin: $pin) { firstName household { members { person { firstName } } } } }`;
    const read = async (on: RunningRegistry) => {
      const before = await lastSeq();
      const res = await postGraphQL<{ person: { firstName: string; household: unknown } }>(on.gatewayUrl, query, { pin: split.head }, { ...(await bearer(on, 'caseworker.baku')), ...PURPOSE });
      return { res, written: await entriesSince(before) };
    };
    const old = await read(subgraphsWrite);
    const now = await read(registry);
    // The member registered in Ganja is refused: the household is null, the head's name is answered.
    expect(now.res.data?.person).toEqual({ firstName: expect.any(String), household: null });
    expect(errorCodes(now.res)).toEqual(['FORBIDDEN']);
    expect(now.res).toEqual(old.res);
    expect(content(now.written)).toEqual(content(old.written));
    expect(now.written.filter((r) => r.service === 'persons').map((r) => r.subject_pin)).toContain(split.head);
    expect(now.written.filter((r) => r.service === 'persons').map((r) => r.subject_pin)).not.toContain(movedAway);
  });
});

describe('a subgraph called directly', () => {
  const persons = () => registry.subgraphs['persons']?.url ?? '';

  it('with the gateway secret but without the header writes its entries itself before it answers, and reports none', async () => {
    const before = await lastSeq();
    const res = await postGraphQL(persons(), `query($pin: String!) { person(pin: $pin) { firstName } }`, { pin: family.head }, { 'x-gateway-secret': GATEWAY_SECRET, ...(await bearer(registry, 'caseworker.baku')), ...PURPOSE });
    expect(res.data).toMatchObject({ person: { firstName: expect.any(String) } });
    expect(JSON.stringify(res)).not.toContain('accessLog');
    expect((await entriesSince(before)).map((r) => [r.subject_pin, r.service])).toEqual([[family.head, 'persons']]);
  });

  it('with the header and the gateway secret returns the entries and writes none (the gateway does)', async () => {
    const before = await lastSeq();
    const res = await postGraphQL(
      persons(),
      `query($pin: String!) { person(pin: $pin) { firstName } }`,
      { pin: family.head },
      { 'x-gateway-secret': GATEWAY_SECRET, [ACCESS_LOG_HEADER]: 'gateway', ...(await bearer(registry, 'caseworker.baku')), ...PURPOSE },
    );
    expect(res.data).toMatchObject({ person: { firstName: expect.any(String) } });
    expect((res as { extensions?: Record<string, unknown> }).extensions?.['accessLog']).toEqual([
      { subjectPin: family.head, service: 'persons', fields: expect.any(Array), purpose: 'BENEFIT_REVIEW', requestId: expect.any(String), at: expect.any(String) },
    ]);
    await registry.recorder.flush();
    expect(await entriesSince(before)).toEqual([]);
  });

  it('refuses the header without the gateway secret: nobody else can skip the log', async () => {
    const before = await lastSeq();
    for (const secret of [{}, { 'x-gateway-secret': 'not-the-secret' }] as Array<Record<string, string>>) {
      const res = await postGraphQL(
        persons(),
        `query($pin: String!) { person(pin: $pin) { firstName } }`,
        { pin: family.head },
        { ...secret, [ACCESS_LOG_HEADER]: 'gateway', ...(await bearer(registry, 'caseworker.baku')), ...PURPOSE },
      );
      expect(res.status).toBe(403);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(res)).not.toContain('Member');
    }
    await registry.recorder.flush();
    expect(await entriesSince(before)).toEqual([]);
  });
});

import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createTestDatabase, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import { startRegistry, type RunningRegistry } from '../../../test/support/registry.ts';
import { createEngineRuntime, type EngineRuntime } from '../../src/engine.ts';
import { parseEngineEnvironment, type EngineEnvironment } from '../../src/environment.ts';

/** The engine as the tests run it: against the real gateway and issuer of a started registry. */
export const engineFor = async (registry: RunningRegistry, databaseUrl: string): Promise<{ env: EngineEnvironment; runtime: EngineRuntime }> => {
  const env = parseEngineEnvironment({ GATEWAY_URL: registry.gatewayUrl, KEYCLOAK_URL: registry.identityUrl, DATABASE_URL: databaseUrl, LOG_LEVEL: process.env['ENGINE_TEST_LOG'] ?? 'silent', SWEEP_CRON: 'off', PAYROLL_CRON: 'off' });
  return { env, runtime: await createEngineRuntime(env) };
};

/** A fresh database, the whole registry on it (real Keycloak when `keycloakUrl` is set), the engine, and a small SQL pool for assertions. */
export interface EngineTestbed {
  readonly db: TestDatabase;
  readonly registry: RunningRegistry;
  readonly env: EngineEnvironment;
  readonly runtime: EngineRuntime;
  readonly sql: pg.Pool;
  stop(): Promise<void>;
}

export const startEngineTestbed = async (name: string, adminDatabaseUrl: string, keycloakUrl: string): Promise<EngineTestbed> => {
  const db = await createTestDatabase(adminDatabaseUrl, name);
  const registry = await startRegistry(db.url, keycloakUrl || undefined);
  const { env, runtime } = await engineFor(registry, db.url);
  const sql = new pg.Pool({ connectionString: db.url, max: 2 });
  sql.on('error', () => undefined);
  return {
    db,
    registry,
    env,
    runtime,
    sql,
    async stop() {
      await sql.end();
      await runtime.close();
      await registry.stop();
      await db.drop();
    },
  };
};

/** A GraphQL call through the gateway with the engine's token; any error throws (codes and paths only). */
export const engineRequest =
  (registry: RunningRegistry) =>
  async <D>(query: string, variables: Record<string, unknown> = {}): Promise<D> => {
    const res = await postGraphQL<D>(registry.gatewayUrl, query, variables, { authorization: `Bearer ${await registry.serviceToken('decision-engine')}` });
    if (res.errors) throw new Error(JSON.stringify(res.errors.map((e) => [e.extensions?.['code'], e.path])));
    if (!res.data) throw new Error('no data');
    return res.data;
  };

export interface SeedPerson {
  readonly pin: string;
  readonly birthDate: string;
  readonly sex?: 'MALE' | 'FEMALE';
  readonly relation?: string;
  readonly phone?: string | null;
  readonly language?: 'az' | 'ru' | 'en';
}

let counter = 0;
/** Test PINs start with 'E' so they never collide with demo or generated ones. */
export const enginePin = (): string => `E${String(++counter).padStart(6, '0')}`;

/**
 * Registers people and their household straight in the population and household registers (what
 * the civil registry already holds); facts then come through submitFacts like any agency's.
 */
export const seedHousehold = async (databaseUrl: string, members: readonly SeedPerson[], memberFrom = '2010-01-01', region = { region: 'baku', district: 'AZ-BA' }): Promise<string> => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    const householdId = randomUUID();
    await client.query(`insert into households.household (id, address_line, district_code, region_code) values ($1, 'Nizami küç. 5', $2, $3)`, [householdId, region.district, region.region]);
    for (const [i, m] of members.entries()) {
      await client.query(
        `insert into persons.person (pin, first_name, last_name, birth_date, sex, citizenship, address_line, district_code, region_code, phone, language)
         values ($1, $2, 'Mühərrikov', $3, $4, 'AZE', 'Nizami küç. 5', $5, $6, $7, $8) on conflict (pin) do nothing`,
        [m.pin, `Person${i}`, m.birthDate, m.sex ?? (i % 2 === 0 ? 'MALE' : 'FEMALE'), region.district, region.region, m.phone === undefined ? `+9945021${String(counter).padStart(5, '0')}${i}`.slice(0, 13) : m.phone, m.language ?? 'en'],
      );
      await client.query(`insert into households.membership (id, household_id, person_pin, relation, valid_from) values ($1, $2, $3, $4, $5)`, [
        randomUUID(),
        householdId,
        m.pin,
        m.relation ?? (i === 0 ? 'HEAD' : 'SPOUSE'),
        memberFrom,
      ]);
    }
    await client.query('commit');
    return householdId;
  } finally {
    await client.end();
  }
};

export interface FactSpec {
  readonly subjectPin: string;
  readonly kind: string;
  readonly value: Record<string, unknown>;
  readonly validFrom: string;
  readonly validTo?: string | null;
  readonly sourceReference?: string;
}

/** An agency feed submits facts through the gateway with its own service-account token. */
export const submitFacts = async (registry: RunningRegistry, agency: string, facts: readonly FactSpec[]): Promise<string[]> => {
  const token = await registry.serviceToken(`agency-${agency}`);
  const res = await postGraphQL<{ submitFacts: { results: { outcome: string; fact: { id: string } | null; rejection: { code: string } | null }[] } }>(
    registry.gatewayUrl,
    `mutation($facts: [FactInput!]!) { submitFacts(facts: $facts) { results { outcome fact { id } rejection { code } } } }`,
    { facts: facts.map((f) => ({ validTo: null, sourceReference: `${agency.toUpperCase()}-${randomUUID()}`, ...f })) },
    { authorization: `Bearer ${token}` },
  );
  if (res.errors) throw new Error(`submitFacts failed: ${JSON.stringify(res.errors.map((e) => e.extensions?.['code']))}`);
  const results = res.data?.submitFacts.results ?? [];
  const rejected = results.filter((r) => !r.fact);
  if (rejected.length) throw new Error(`facts rejected: ${rejected.map((r) => r.rejection?.code).join(',')}`);
  return results.map((r) => r.fact?.id ?? '');
};

/** Twelve monthly INCOME facts ending with the month before `beforeMonth`. */
export const incomeFacts = (pin: string, beforeMonth: string, amount: number): FactSpec[] => {
  const out: FactSpec[] = [];
  let [y, m] = beforeMonth.split('-').map(Number) as [number, number];
  for (let i = 0; i < 12; i++) {
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
    const month = `${y}-${String(m).padStart(2, '0')}`;
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    out.push({ subjectPin: pin, kind: 'INCOME', value: { amount, month, source: 'SALARY' }, validFrom: `${month}-01`, validTo: last, sourceReference: `TAX-${pin}-${month}` });
  }
  return out;
};

/** Polls until `check` returns a value (jobs run asynchronously in the worker). */
export const eventually = async <T>(check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
};

import { createServer, type ServerResponse } from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUES } from '@usr/shared';
import { errorCodes, postGraphQL } from '@usr/shared/testing';
import { startProcessRegistry, type ProcessRegistry, type ServiceName } from './support/process-registry.ts';
import { seeder, type SeededHousehold } from './support/seed.ts';

/**
 * Issue #11, item 4: faults injected into the registry as it runs in production, each service its
 * own process (its main.ts) on its own PostgreSQL server. After each fault and recovery: no read
 * answered without its access entry, no accepted fact without its job, nothing lost.
 */
const AYSEL = '5AZK7P2';
const RASHAD = '4BXM2R8';

let registry: ProcessRegistry;
let sql: pg.Pool;
let audit: pg.Pool;
let feedFamily: SeededHousehold;
let caseworker = '';
let caseworkerSince = 0;

beforeAll(async () => {
  registry = await startProcessRegistry();
  const seed = seeder(registry.databaseUrl);
  await seed.household(2).withPins(RASHAD, AYSEL).withFacts(2).save();
  feedFamily = await seed.household(4).save();
  await seed.close();
  sql = new pg.Pool({ connectionString: registry.databaseUrl, max: 2 });
  audit = new pg.Pool({ connectionString: registry.auditDatabaseUrl, max: 2 });
  // Their connections are among those the faults cut.
  sql.on('error', () => undefined);
  audit.on('error', () => undefined);
  caseworker = await registry.userToken('caseworker.baku');
  caseworkerSince = Date.now();
}, 180_000);

afterAll(async () => {
  await sql?.end();
  await audit?.end();
  await registry?.stop();
});

const QUERY = `query($pin: String!) { person(pin: $pin) { firstName phone facts { items { kind } } } }`;

interface Read {
  readonly answered: boolean;
  readonly codes: readonly unknown[];
}

/** A caseworker's read of Aysel's record (coded purpose); a cut connection is an unanswered read. */
const staffRead = async (_label?: string): Promise<Read> => {
  // The suite outlasts a token on a loaded machine: a fresh one each minute (the issuer needs no database).
  if (Date.now() - caseworkerSince > 60_000) {
    caseworker = await registry.userToken('caseworker.baku');
    caseworkerSince = Date.now();
  }
  try {
    const res = await postGraphQL<{ person: { firstName: string } | null }>(registry.gatewayUrl, QUERY, { pin: AYSEL }, { authorization: `Bearer ${caseworker}`, 'x-purpose-of-use': 'BENEFIT_REVIEW' });
    return { answered: Boolean(res.data?.person?.firstName), codes: errorCodes(res) };
  } catch {
    return { answered: false, codes: ['CONNECTION_LOST'] };
  }
};

const lastSeq = async () => Number((await audit.query<{ seq: string }>(`select coalesce(max(seq), 0)::text as seq from audit.access_log`)).rows[0]?.seq);

/**
 * How many answered reads have no access entry: the caseworker's persons entries for Aysel written
 * since `mark` must be at least the reads that came back with her data (purposes are codes, so
 * reads are matched by count, not one by one). Must be 0.
 */
const answeredWithoutEntry = async (mark: number, reads: readonly Read[]): Promise<number> => {
  const answered = reads.filter((r) => r.answered).length;
  const { rows } = await audit.query<{ n: string }>(
    `select count(*)::text as n from audit.access_log where seq > $1 and subject_pin = $2 and service = 'persons' and accessor_kind = 'caseworker'`,
    [mark, AYSEL],
  );
  return Math.max(0, answered - Number(rows[0]?.n));
};

const eventually = async <T>(check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting for recovery');
    await new Promise((r) => setTimeout(r, 200));
  }
};

const chainVerified = async () => {
  const auditor = await registry.userToken('auditor');
  const res = await postGraphQL<{ accessLogChain: { verified: boolean } }>(registry.gatewayUrl, `{ accessLogChain(fullScan: true) { verified } }`, {}, { authorization: `Bearer ${auditor}`, 'x-purpose-of-use': 'ACCESS_AUDIT' });
  return res.data?.accessLogChain.verified;
};

/** `n` concurrent reads; `fault` strikes once they are in flight; then the service comes back. */
const readsThrough = async (n: number, fault: () => Promise<void>): Promise<{ mark: number; reads: Read[] }> => {
  const mark = await lastSeq();
  const inFlight = Promise.all(Array.from({ length: n }, () => staffRead()));
  await new Promise((r) => setTimeout(r, 40));
  await fault();
  return { mark, reads: await inFlight };
};

describe.each<ServiceName>(['gateway', 'persons', 'audit'])('kill -9 of %s mid-request', (service) => {
  it('answers no read without its entry, and serves reads again once restarted', async () => {
    const { mark, reads } = await readsThrough(24, () => registry.kill(service));
    await registry.start(service);
    expect(await answeredWithoutEntry(mark, reads)).toBe(0);
    const after = await eventually(async () => ((await staffRead(`after kill ${service}`)).answered ? true : undefined));
    expect(after).toBe(true);
  });
});

describe('the audit database down', () => {
  it('refuses staff reads with ACCESS_LOG_UNAVAILABLE while a citizen still reads her own record; reads resume when it is back', async () => {
    const admin = new pg.Client({ connectionString: registry.adminUrl });
    await admin.connect();
    try {
      await admin.query(`alter database audit_log allow_connections false`);
      await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = 'audit_log'`);
      const refused = await staffRead('while audit is down');
      expect(refused.answered).toBe(false);
      // The gateway could not append the request's entries: the whole answer is that one error.
      expect(refused.codes).toEqual(['ACCESS_LOG_UNAVAILABLE']);
      const own = await postGraphQL<{ person: { firstName: string } }>(registry.gatewayUrl, `{ person(pin: "${AYSEL}") { firstName } }`, {}, { authorization: `Bearer ${await registry.userToken('aysel')}` });
      expect(own.data?.person.firstName).toBeTruthy();
    } finally {
      await admin.query(`alter database audit_log allow_connections true`);
      await admin.end();
    }
    await eventually(async () => ((await staffRead('audit back')).answered ? true : undefined));
    expect(await chainVerified()).toBe(true);
  });
});

/** The engine as production runs it, its SMS going to `sms` (answers slower than the kill). */
const startEngineWithSms = (sms: { url: string }) => registry.start('engine', { SMS_PROVIDER: 'http', SMS_HTTP_URL: sms.url, SMS_HTTP_TIMEOUT_MS: '60000' });

/** The pg-boss job of a fact (its id is the fact's): where it stands and how often it was retried. */
const factJob = async (factId: string) =>
  (await sql.query<{ state: string; retry_count: number }>(`select state, retry_count from pgboss.job where name = 'facts.ingested' and id = $1::uuid`, [factId])).rows[0];

/**
 * What the registry holds about a person's benefits and the decision's messages, for "exactly once"
 * (the bank's "card ready" SMS, sent once the card account opens after the grant, is its own message).
 */
const outcomesOf = async (pin: string) =>
  (
    await sql.query<{ decisions: string; assignments: string; notifications: string; sent: string; keys: string[]; cardReady: string }>(
      `select (select count(*) from benefits.decision where subject_pin = $1)::text as decisions,
              (select count(*) from benefits.assignment where beneficiary_pin = $1)::text as assignments,
              (select count(*) from benefits.notification where recipient_pin = $1 and template <> 'CARD_READY')::text as notifications,
              (select count(*) from benefits.notification where recipient_pin = $1 and template <> 'CARD_READY' and status = 'SENT')::text as sent,
              (select coalesce(array_agg(id::text), '{}') from benefits.notification where recipient_pin = $1 and template <> 'CARD_READY') as keys,
              (select count(*) from benefits.notification where recipient_pin = $1 and template = 'CARD_READY')::text as "cardReady"`,
      [pin],
    )
  ).rows[0];

// Before the feed below: its chunk jobs (2,500 facts) would queue ahead of this test's one job.
describe('the engine worker killed -9 mid-job', () => {
  it('gets the fact’s job back within seconds (heartbeat) and decides, assigns and sends the SMS exactly once', async () => {
    const seed = seeder(registry.databaseUrl);
    const person = await seed.household(1).save();
    await seed.close();
    // The gateway holds the SMS without taking it: the job is at its last step when the engine dies.
    const sms = await startSmsGateway('hold');
    await startEngineWithSms(sms);
    try {
      const agency = await registry.serviceToken('agency-medical-expertise');
      const submitted = await postGraphQL<{ submitFacts: { results: Array<{ fact: { id: string } | null }> } }>(
        registry.gatewayUrl,
        `mutation($facts: [FactInput!]!) { submitFacts(facts: $facts) { results { fact { id } } } }`,
        { facts: [{ subjectPin: person.head, kind: 'DISABILITY', value: { group: 'II', cause: 'GENERAL' }, validFrom: '2026-01-10', validTo: null, sourceReference: `FAULT-MSE-${person.head}` }] },
        { authorization: `Bearer ${agency}` },
      );
      const factId = submitted.data?.submitFacts.results[0]?.fact?.id ?? '';
      expect(factId).not.toBe('');
      await eventually(async () => (sms.held() > 0 ? true : undefined), 60_000);
      expect((await factJob(factId))?.state).toBe('active');
      const killedAt = Date.now();
      await registry.kill('engine');
      expect(await outcomesOf(person.head)).toMatchObject({ decisions: '1', notifications: '1', sent: '0' });

      sms.setMode('up');
      await startEngineWithSms(sms);
      await eventually(async () => ((await factJob(factId))?.state === 'completed' && (await outcomesOf(person.head))?.sent === '1' ? true : undefined), 90_000).catch(async (error: unknown) => {
        const jobs = await sql.query(`select name, state, retry_count, heartbeat_seconds, heartbeat_on, start_after, now() as now from pgboss.job where id = $1::uuid or name = 'notifications.send'`, [factId]);
        throw new Error(`${String(error)}: ${JSON.stringify(jobs.rows)} ${JSON.stringify(await outcomesOf(person.head))}\n${registry.logs('engine').slice(-1500)}`);
      });
      // Bounded: the heartbeat (10 s), a supervision pass and a restart, not the 15 minutes of job expiry.
      expect(Date.now() - killedAt).toBeLessThan(90_000);
      expect((await factJob(factId))?.retry_count).toBeGreaterThanOrEqual(1);
      const after = await outcomesOf(person.head);
      expect(after).toMatchObject({ decisions: '1', assignments: '1', notifications: '1', sent: '1' });
      expect(Number(after?.cardReady)).toBeLessThanOrEqual(1);
      // One message, under one key, delivered once.
      expect([...sms.delivered.entries()].filter(([key]) => after?.keys.includes(key))).toEqual([[after?.keys[0], 1]]);
    } finally {
      await registry.kill('engine');
      await sms.close();
    }
  }, 180_000);
});

// Before the feed below, for the same reason.
describe('the engine worker killed -9 mid-chunk of the bulk feed', () => {
  it('gets the chunk job back, decides the rest of its facts, and each fact’s decision and SMS exist exactly once', async () => {
    const seed = seeder(registry.databaseUrl);
    const people = [await seed.household(1).save(), await seed.household(1).save(), await seed.household(1).save()];
    await seed.close();
    const pins = people.map((p) => p.head);
    const sms = await startSmsGateway('hold');
    await startEngineWithSms(sms);
    try {
      const agency = await registry.serviceToken('agency-medical-expertise');
      const body = pins.map((pin) => JSON.stringify({ subjectPin: pin, kind: 'DISABILITY', value: { group: 'II', cause: 'GENERAL' }, validFrom: '2026-01-10', sourceReference: `FAULT-CHUNK-${pin}` })).join('\n');
      const res = await fetch(new URL('/feeds/facts', registry.gatewayUrl), { method: 'POST', headers: { authorization: `Bearer ${agency}`, 'content-type': 'application/x-ndjson' }, body });
      const answers = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { outcome?: string; factId?: string });
      expect(answers.map((a) => a.outcome ?? 'summary')).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'summary']);
      const chunkJob = async () =>
        (await sql.query<{ state: string; retry_count: number }>(`select state, retry_count from pgboss.job where name = $1 and data->'factIds' ? $2`, [QUEUES.factsIngestedChunk, answers[0]?.factId])).rows[0];
      // The first fact's SMS is held: the chunk job is at the first fact's last step when the engine dies.
      await eventually(async () => (sms.held() > 0 ? true : undefined), 60_000);
      expect((await chunkJob())?.state).toBe('active');
      await registry.kill('engine');
      const decided = await Promise.all(pins.map(async (pin) => (await outcomesOf(pin))?.decisions));
      expect(decided.filter((n) => n === '1')).toHaveLength(1);
      expect(decided.filter((n) => n === '0')).toHaveLength(2);

      sms.setMode('up');
      await startEngineWithSms(sms);
      await eventually(async () => ((await chunkJob())?.state === 'completed' ? true : undefined), 120_000).catch(async (error: unknown) => {
        throw new Error(`${String(error)}: ${JSON.stringify(await chunkJob())}\n${registry.logs('engine').slice(-1500)}`);
      });
      expect((await chunkJob())?.retry_count).toBeGreaterThanOrEqual(1);
      for (const pin of pins) {
        const after = await outcomesOf(pin);
        expect(after).toMatchObject({ decisions: '1', assignments: '1', notifications: '1', sent: '1' });
        expect([...sms.delivered.entries()].filter(([key]) => after?.keys.includes(key))).toEqual([[after?.keys[0], 1]]);
      }
      expect(Number((await sql.query<{ n: string }>(`select count(*)::text as n from engine.fact_chunk_done`)).rows[0]?.n)).toBe(0);
    } finally {
      await registry.kill('engine');
      await sms.close();
    }
  }, 240_000);
});

describe('an SMS mid-send', () => {
  it('is delivered once when the engine dies after the provider accepted it and before the outbox is marked sent', async () => {
    const seed = seeder(registry.databaseUrl);
    const person = await seed.household(1).save();
    await seed.close();
    const sms = await startSmsGateway('accept-and-hold');
    await startEngineWithSms(sms);
    try {
      const engineToken = await registry.serviceToken('decision-engine');
      const queued = await postGraphQL<{ queueNotification: { notification: { id: string } } }>(
        registry.gatewayUrl,
        `mutation($input: QueueNotificationInput!) { queueNotification(input: $input) { notification { id } } }`,
        { input: { idempotencyKey: `fault-midsend-${person.head}`, recipientPin: person.head, template: 'GRANTED', language: 'AZ', text: 'Mid-send test' } },
        { authorization: `Bearer ${engineToken}` },
      );
      const id = queued.data?.queueNotification.notification.id ?? '';
      expect(id).not.toBe('');
      // Accepted by the provider, the answer never reaches the engine: it dies with the row QUEUED.
      await eventually(async () => (sms.delivered.get(id) === 1 ? true : undefined), 60_000);
      await registry.kill('engine');
      const status = async () => (await sql.query<{ status: string; provider_message_id: string | null }>(`select status, provider_message_id from benefits.notification where id = $1::uuid`, [id])).rows[0];
      expect((await status())?.status).toBe('QUEUED');

      sms.setMode('up');
      await startEngineWithSms(sms);
      await eventually(async () => ((await status())?.status === 'SENT' ? true : undefined), 90_000);
      // The retry carried the same key: the provider answered its first receipt and delivered nothing new.
      expect(sms.requests.get(id)).toBeGreaterThanOrEqual(2);
      expect(sms.delivered.get(id)).toBe(1);
      expect(await status()).toEqual({ status: 'SENT', provider_message_id: `op-${id}` });
    } finally {
      await registry.kill('engine');
      await sms.close();
    }
  }, 180_000);
});

describe('the agency-facts subgraph killed mid-feed', () => {
  const LINES = 2_500;
  /** Lines sent at once when the feed is to be cut: two whole chunks; the rest waits for the kill. */
  const BEFORE_CUT = 2_000;
  const feedLines = (): string[] => {
    const lines: string[] = [];
    for (let i = 0; i < LINES; i++) {
      const pin = feedFamily.pins[i % feedFamily.pins.length] ?? '';
      const m = Math.floor(i / feedFamily.pins.length);
      const month = `${1960 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      lines.push(`${JSON.stringify({ subjectPin: pin, kind: 'INCOME', value: { amount: 100 + (i % 7), month, source: 'SALARY' }, validFrom: `${month}-01`, sourceReference: `FAULT-FEED-${i}` })}\n`);
    }
    return lines;
  };
  /**
   * Posts the feed. With `cut`, the last lines are held back until `cut` (called on the first
   * result) has settled: however fast the subgraph ingests, the kill lands before the feed's end.
   */
  const post = async (token: string, cut?: () => Promise<void>) => {
    const lines = feedLines();
    let killed: Promise<void> | undefined;
    let resumed: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (resumed = resolve));
    const body = cut
      ? new ReadableStream<Uint8Array>({
          async start(controller) {
            controller.enqueue(new TextEncoder().encode(lines.slice(0, BEFORE_CUT).join('')));
            await held;
            try {
              controller.enqueue(new TextEncoder().encode(lines.slice(BEFORE_CUT).join('')));
              controller.close();
            } catch {
              // the request was cut with the process
            }
          },
        })
      : lines.join('');
    const res = await fetch(new URL('/feeds/facts', registry.gatewayUrl), { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' }, body, duplex: 'half' });
    let text = '';
    try {
      for await (const chunk of res.body ?? []) {
        text += Buffer.from(chunk as Uint8Array).toString();
        if (cut) killed ??= cut().finally(resumed);
      }
    } catch {
      // the connection was cut with the process
    }
    resumed();
    await killed;
    return text;
  };
  const factsWithoutJob = async () =>
    Number(
      (
        await sql.query<{ n: string }>(
          `select count(*)::text as n from facts.fact f where f.source_reference like 'FAULT-FEED-%'
           and not exists (select 1 from pgboss.job j where j.name = $1 and j.data->'factIds' ? f.id::text)`,
          [QUEUES.factsIngestedChunk],
        )
      ).rows[0]?.n,
    );

  it('keeps its complete chunks, each fact with its job; the replayed feed completes it, nothing twice', async () => {
    const token = await registry.serviceToken('agency-taxes');
    const cut = await post(token, () => registry.kill('agency-facts'));
    expect(cut).not.toContain('"summary"');
    await registry.start('agency-facts');
    expect(await factsWithoutJob()).toBe(0);
    const kept = Number((await sql.query<{ n: string }>(`select count(*)::text as n from facts.fact where source_reference like 'FAULT-FEED-%'`)).rows[0]?.n);
    expect(kept).toBeLessThan(LINES);

    const replay = (await post(token)).trim().split('\n');
    expect(replay[replay.length - 1]).toContain('summary');
    const summary = JSON.parse(replay[replay.length - 1] ?? '{}') as { summary?: { accepted: number; duplicate: number; rejected: number } };
    expect(summary.summary).toMatchObject({ accepted: LINES - kept, duplicate: kept, rejected: 0 });
    const stored = await sql.query<{ n: string; refs: string }>(`select count(*)::text as n, count(distinct source_reference)::text as refs from facts.fact where source_reference like 'FAULT-FEED-%'`);
    expect(stored.rows[0]).toEqual({ n: String(LINES), refs: String(LINES) });
    expect(await factsWithoutJob()).toBe(0);
  });
});

/** Runs `npm run engine -- args` to its end; its printed JSON summary. */
const runEngineCli = async (args: string[]): Promise<{ code: number | null; summary: Record<string, unknown> }> => {
  const child = registry.engineCli(args);
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  return { code, summary: code === 0 ? (JSON.parse(out) as Record<string, unknown>) : {} };
};

/** Starts `npm run engine -- args` and SIGKILLs it once `progress` reports work done (or it ended by itself). */
const killEngineCliWhen = async (args: string[], progress: () => Promise<number>): Promise<number> => {
  const run = registry.engineCli(args);
  const exited = new Promise<void>((resolve) => run.once('exit', () => resolve()));
  let done = 0;
  await eventually(async () => {
    done = await progress();
    return done > 0 || run.exitCode !== null ? true : undefined;
  }, 60_000);
  run.kill('SIGKILL');
  await exited;
  return done;
};

describe('the engine killed mid-sweep', () => {
  const N = 40;
  const ENDED_ON = '2025-12-31';

  it('ends every expired term once and sends each family its SMS exactly once after the sweep is killed and run again', async () => {
    // N TSA families whose term ended on ENDED_ON, each head with a phone (the recertification SMS).
    await sql.query(`
      with g as (select i, 'S' || lpad(i::text, 6, '0') as pin, md5('sh' || i)::uuid as household, md5('sd' || i)::uuid as decision from generate_series(1, ${N}) i),
      h as (insert into households.household (id, address_line, district_code, region_code) select household, 'Nizami küç. 9', 'AZ-BA', 'baku' from g),
      p as (insert into persons.person (pin, first_name, last_name, birth_date, sex, citizenship, address_line, district_code, region_code, phone, language)
            select pin, 'Sweep', 'Testov', date '1980-01-01', 'FEMALE', 'AZE', 'Nizami küç. 9', 'AZ-BA', 'baku', '+99450' || lpad(i::text, 7, '0'), 'az' from g),
      m as (insert into households.membership (id, household_id, person_pin, relation, valid_from) select gen_random_uuid(), household, pin, 'HEAD', '2020-01-01' from g),
      d as (insert into benefits.decision (id, benefit_code, subject_pin, household_id, effective_date, outcome, monthly_amount, rule_version, reason_code)
            select decision, 'TSA', pin, household, '2025-01-01', 'GRANTED', 150, 'test-1', 'ELIGIBLE' from g)
      insert into benefits.assignment (id, decision_id, benefit_code, beneficiary_pin, household_id, period_from, period_to, monthly_amount, status)
      select gen_random_uuid(), decision, 'TSA', pin, household, '2025-01-01', '${ENDED_ON}', 150, 'ACTIVE' from g`);
    const ended = async () => Number((await sql.query<{ n: string }>(`select count(*)::text as n from benefits.assignment where beneficiary_pin like 'S%' and status <> 'ACTIVE'`)).rows[0]?.n);

    const endedAtKill = await killEngineCliWhen(['sweep', '--date', '2026-01-01'], ended);
    expect(endedAtKill).toBeLessThan(N);
    const rerun = await runEngineCli(['sweep', '--date', '2026-01-01']);
    expect(rerun.code).toBe(0);

    expect(await ended()).toBe(N);
    const notes = await sql.query<{ n: string; keys: string; sent: string }>(
      `select count(*)::text as n, count(distinct idempotency_key)::text as keys, count(*) filter (where status = 'SENT')::text as sent
       from benefits.notification where recipient_pin like 'S%'`,
    );
    expect(notes.rows[0]).toEqual({ n: String(N), keys: String(N), sent: String(N) });
    const sms = await sql.query<{ n: string; notifications: string }>(
      `select count(*)::text as n, count(distinct m.notification_id)::text as notifications
       from engine.sms_message m join benefits.notification n on n.id = m.notification_id where n.recipient_pin like 'S%'`,
    );
    expect(sms.rows[0]).toEqual({ n: String(N), notifications: String(N) });
  });
});

describe('the engine killed mid-payroll', () => {
  const MONTH = '2025-06';
  const N = 5_000;

  /** N beneficiaries with an active assignment and an open account, in bulk (what earlier decisions left). */
  const seedBeneficiaries = async () => {
    await sql.query(`
      with g as (select i, 'P' || lpad(i::text, 6, '0') as pin, md5('h' || i)::uuid as household, md5('d' || i)::uuid as decision from generate_series(1, ${N}) i),
      h as (insert into households.household (id, address_line, district_code, region_code) select household, 'Nizami küç. 9', 'AZ-BA', 'baku' from g),
      p as (insert into persons.person (pin, first_name, last_name, birth_date, sex, citizenship, address_line, district_code, region_code, phone, language)
            select pin, 'Payee', 'Testov', date '1980-01-01', 'MALE', 'AZE', 'Nizami küç. 9', 'AZ-BA', 'baku', null, 'az' from g),
      m as (insert into households.membership (id, household_id, person_pin, relation, valid_from) select gen_random_uuid(), household, pin, 'HEAD', '2020-01-01' from g),
      d as (insert into benefits.decision (id, benefit_code, subject_pin, household_id, effective_date, outcome, monthly_amount, rule_version, reason_code)
            select decision, 'TSA', pin, household, '2025-01-01', 'GRANTED', 150, 'test-1', 'ELIGIBLE' from g),
      a as (insert into payments.payment_account (id, holder_pin, bank, branch_address, card_pickup_date, card_number_masked, iban, status)
            select gen_random_uuid(), pin, 'Kapital Bank', 'Baku, Fuzuli küç. 71', '2025-01-15', '4169 **** **** 1234', 'AZ21NABZ00000000137010001944', 'OPEN' from g)
      insert into benefits.assignment (id, decision_id, benefit_code, beneficiary_pin, household_id, period_from, period_to, monthly_amount, status)
      select gen_random_uuid(), decision, 'TSA', pin, household, '2025-01-01', '2025-12-31', 150, 'ACTIVE' from g`);
  };
  const payments = async () =>
    (await sql.query<{ n: string; assignments: string }>(`select count(*)::text as n, count(distinct assignment_id)::text as assignments from payments.payment where month = $1 and beneficiary_pin like 'P%'`, [MONTH])).rows[0];

  it('pays every beneficiary exactly once after the run is killed and run again', async () => {
    await seedBeneficiaries();
    // The last assignment the payroll pays (it pages by id) has its payment held in a transaction
    // left open: the run's last write waits on it, so the kill lands mid-run however fast the run
    // is (it finished all 5,000 between two polls once the gateway wrote the access log).
    const hold = await sql.connect();
    let paidAtKill: number;
    try {
      await hold.query('begin');
      await hold.query(
        `insert into payments.payment (id, assignment_id, beneficiary_pin, account_id, month, amount, benefit_code, status)
         select gen_random_uuid(), a.id, a.beneficiary_pin, acc.id, $1, 150, 'TSA', 'SCHEDULED'
         from benefits.assignment a join payments.payment_account acc on acc.holder_pin = a.beneficiary_pin
         where a.beneficiary_pin like 'P%' order by a.id desc limit 1`,
        [MONTH],
      );
      paidAtKill = await killEngineCliWhen(['payroll', '--month', MONTH], async () => Number((await payments())?.n));
      expect(paidAtKill).toBeGreaterThan(0);
      expect(paidAtKill).toBeLessThan(N);
      await hold.query('rollback');
    } finally {
      hold.release(true);
    }
    const rerun = await runEngineCli(['payroll', '--month', MONTH]);
    expect(rerun.code).toBe(0);
    const summary = rerun.summary as { created: number; existing: number };
    const after = await payments();
    expect(after).toEqual({ n: String(N), assignments: String(N) });
    expect(summary.created + summary.existing).toBeGreaterThanOrEqual(N);
    expect(summary.existing).toBeGreaterThanOrEqual(paidAtKill);
  });
});

/**
 * The operator's SMS gateway (a boundary we do not own), honouring `Idempotency-Key` as real
 * gateways do: a key it already accepted is answered with the first receipt and not delivered again.
 * `delivered` counts deliveries per key, `requests` every request per key. Modes: `down` answers 503;
 * `hold` keeps the request open without accepting it (the sender dies before the gateway took it);
 * `accept-and-hold` delivers, then never answers (the sender dies before it learns of the receipt);
 * `up` delivers (once per key) and answers.
 */
type SmsGatewayMode = 'down' | 'hold' | 'accept-and-hold' | 'up';
const startSmsGateway = async (initial: SmsGatewayMode) => {
  const delivered = new Map<string, number>();
  const requests = new Map<string, number>();
  let attemptsWhileDown = 0;
  let mode = initial;
  const held = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const key = String(req.headers['idempotency-key'] ?? '');
    req.resume();
    req.on('end', () => {
      requests.set(key, (requests.get(key) ?? 0) + 1);
      if (mode === 'down') {
        attemptsWhileDown += 1;
        res.writeHead(503).end();
        return;
      }
      if (mode !== 'hold' && !delivered.has(key)) delivered.set(key, 1);
      if (mode === 'hold' || mode === 'accept-and-hold') {
        held.add(res);
        res.on('close', () => held.delete(res));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `op-${key}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/sms`,
    delivered,
    requests,
    held: () => held.size,
    attemptsWhileDown: () => attemptsWhileDown,
    setMode: (next: SmsGatewayMode) => {
      mode = next;
    },
    bringUp: () => {
      mode = 'up';
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.close(() => resolve());
      }),
  };
};

describe('the SMS provider down', () => {
  it('queues the messages, retries them until the provider is back, and delivers each exactly once', async () => {
    const sms = await startSmsGateway('down');
    await registry.start('engine', { SMS_PROVIDER: 'http', SMS_HTTP_URL: sms.url, SMS_HTTP_TIMEOUT_MS: '2000' });
    try {
      const engineToken = await registry.serviceToken('decision-engine');
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await postGraphQL<{ queueNotification: { notification: { id: string } } }>(
          registry.gatewayUrl,
          `mutation($input: QueueNotificationInput!) { queueNotification(input: $input) { notification { id } } }`,
          { input: { idempotencyKey: `fault-sms-${i}`, recipientPin: AYSEL, template: 'TSA_GRANTED', language: 'AZ', text: `Test ${i}` } },
          { authorization: `Bearer ${engineToken}` },
        );
        expect(res.errors).toBeUndefined();
        ids.push(res.data?.queueNotification.notification.id ?? '');
      }
      await eventually(async () => (sms.attemptsWhileDown() >= ids.length ? true : undefined), 30_000);
      sms.bringUp();
      const statuses = async () => (await sql.query<{ status: string }>(`select status from benefits.notification where id = any($1::uuid[])`, [ids])).rows.map((r) => r.status);
      await eventually(async () => ((await statuses()).every((s) => s === 'SENT') ? true : undefined), 60_000);
      expect(ids.map((id) => sms.delivered.get(id))).toEqual(ids.map(() => 1));
    } finally {
      await registry.kill('engine');
      await sms.close();
    }
  });
});

describe('PostgreSQL restarted mid-flow', () => {
  it('cuts every connection; the services reconnect by themselves and no read was answered without its entry', async () => {
    const { mark, reads } = await readsThrough(24, () => registry.restartPostgres(300));
    let last: Read | undefined;
    await eventually(async () => {
      last = await staffRead('after pg restart');
      return last.answered ? true : undefined;
    }).catch((error: unknown) => {
      throw new Error(`${String(error)}: ${JSON.stringify(last?.codes)}\n${(['gateway', 'persons', 'agency-facts', 'audit'] as const).map((n) => `${n}: ${registry.logs(n).slice(-1200)}`).join('\n')}`);
    });
    expect(await answeredWithoutEntry(mark, reads)).toBe(0);
    expect(await chainVerified()).toBe(true);
  });
});

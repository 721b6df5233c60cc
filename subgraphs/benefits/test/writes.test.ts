import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addWorkingDays, QUEUES, registryToday, startSubgraph, type AccessEntry, type RunningService } from '@usr/shared';
import {
  createTestDatabase,
  createTestTokens,
  ENGINE,
  errorCodes,
  memoryRecorder,
  postGraphQL,
  startDirectoryStub,
  type DirectoryStub,
  type GraphQLResponse,
  type TestDatabase,
  type TestTokenClaims,
  type TestTokens,
} from '@usr/shared/testing';
import { LANGUAGES, translate, type MessageKey } from '@usr/shared/i18n';
import { factInput } from '../../../engine/src/rules/explain.ts';
import { benefitsSubgraph } from '../src/index.ts';
import { insertAssignment, insertDecision } from './fixtures.ts';

/**
 * The write side of benefits through its GraphQL API with real signed tokens on a real PostgreSQL:
 * for every mutation the role matrix (refused AND allowed), replays that write nothing, and an
 * injected failure that leaves nothing behind.
 */
const A = '5AZK7P2'; // citizen, lives in H1 (Baku)
const B = '6CGT3N5'; // A's spouse, lives in H1
const C = '4BXM2R8'; // citizen of H2 (Ganja)
const D = '7DXM001'; // citizen of H3 (Baku), for the injected failures
const H1 = randomUUID();
const H2 = randomUUID();
const H3 = randomUUID();

const citizenA: TestTokenClaims = { roles: ['citizen'], pin: A };
const citizenB: TestTokenClaims = { roles: ['citizen'], pin: B };
const citizenC: TestTokenClaims = { roles: ['citizen'], pin: C };
const citizenD: TestTokenClaims = { roles: ['citizen'], pin: D };
const bakuCaseworker: TestTokenClaims = { roles: ['caseworker'], region: 'baku' };
const ganjaCaseworker: TestTokenClaims = { roles: ['caseworker'], region: 'ganja-dashkasan' };
const auditor: TestTokenClaims = { roles: ['auditor'] };
const admin: TestTokenClaims = { roles: ['registry-admin'] };
const agency: TestTokenClaims = { roles: ['agency-feed'], agency: 'taxes', serviceAccount: true };
/** A person (not a service account) who holds the engine role by mistake: passes the SDL's scope, not the service's rule. */
const humanWithEngineRole: TestTokenClaims = { roles: ['decision-engine'] };
const purpose = { 'x-purpose-of-use': 'DECISION_AUDIT' };

let db: TestDatabase;
let tokens: TestTokens;
let service: RunningService;
let directory: DirectoryStub;
let pool: pg.Pool;
const logged: AccessEntry[] = [];

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  directory = await startDirectoryStub({
    regions: { [A]: 'baku', [B]: 'baku', [C]: 'ganja-dashkasan', [D]: 'baku' },
    households: { [A]: [A, B], [B]: [A, B], [C]: [C], [D]: [D] },
    householdIds: { [A]: H1, [B]: H1, [C]: H2, [D]: H3 },
  });
  service = await startSubgraph(benefitsSubgraph, {
    databaseUrl: db.url,
    port: 0,
    auth: { verifier: tokens.verifier, recorder: memoryRecorder(logged), directory: { personsUrl: directory.personsUrl, householdsUrl: directory.householdsUrl } },
  });
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
});

afterAll(async () => {
  await pool?.end();
  await service?.stop();
  await directory?.close();
  await db?.drop();
});

const gql = async <T = Record<string, unknown>>(query: string, claims: TestTokenClaims | null, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  postGraphQL<T>(service.url, query, variables, { ...(claims ? { authorization: await tokens.bearer(claims) } : {}), ...headers });

const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await pool.query<{ n: string }>(`select count(*) as n from (${sql}) t`, params)).rows[0]?.n);
const jobs = (queue: string) => pool.query<{ id: string; data: Record<string, unknown> }>(`select id, data from pgboss.job where name = $1 order by created_on`, [queue]).then((r) => r.rows);
const tables = async () => ({
  applications: await count('select * from benefits.application'),
  decisions: await count('select * from benefits.decision'),
  assignments: await count('select * from benefits.assignment'),
  notifications: await count('select * from benefits.notification'),
  log: await count('select * from benefits.decision_log'),
});

const expectRefused = (res: GraphQLResponse<unknown>, code: string) => {
  expect(res.data ?? null).toBeNull();
  expect(errorCodes(res)).toEqual([code]);
};

const APPLY = `mutation($input: ApplyForAssistanceInput!) {
  applyForAssistance(input: $input) { application { id status deadline applicant { pin } household { id } } created error { code } }
}`;
interface ApplyData {
  applyForAssistance: { application: { id: string; status: string; deadline: string; applicant: { pin: string }; household: { id: string } }; created: boolean; error: { code: string } | null };
}

const RECORD = `mutation($input: RecordDecisionInput!) {
  recordDecision(input: $input) { created decision { id outcome monthlyAmount application { id status } } assignment { id status periodFrom periodTo monthlyAmount } }
}`;
interface RecordData {
  recordDecision: {
    created: boolean;
    decision: { id: string; outcome: string; monthlyAmount: string | null; application: { id: string; status: string } | null };
    assignment: { id: string; status: string; periodFrom: string; periodTo: string | null; monthlyAmount: string } | null;
  };
}

const tsaDecision = (key: string, pin: string, householdId: string, applicationId: string | null, extra: Record<string, unknown> = {}) => ({
  idempotencyKey: key,
  benefitCode: 'TSA',
  subjectPin: pin,
  householdId,
  applicationId,
  effectiveDate: '2026-12-01',
  outcome: 'GRANTED',
  monthlyAmount: '540.00',
  ruleVersion: 'TSA@2020.1',
  reasonCode: 'ELIGIBLE',
  inputs: [{ factId: randomUUID(), kind: 'INCOME', subjectPin: pin, summary: 'INCOME 2026-10: 600.00 AZN', recordedAt: '2026-11-02T10:00:00Z' }],
  steps: [
    { code: 'TSA_NEED', description: 'Need criterion of the family', formula: '285 × 4', result: '1140.00', values: { criterion: '285.00', need: '1140.00' } },
    { code: 'TSA_AMOUNT', description: 'Monthly assistance', formula: '1140.00 − 600.00', result: '540.00', values: { need: '1140.00', average: '600.00', amount: '540.00' } },
  ],
  parameters: [{ name: 'needCriterion', value: 285, effectiveFrom: '2025-01-01' }],
  assignment: { beneficiaryPin: pin, householdId, periodFrom: '2026-12-01', periodTo: '2027-11-30', monthlyAmount: '540.00' },
  ...extra,
});

let applicationA = '';
let decisionA = '';
let assignmentA = '';

describe('applyForAssistance', () => {
  it('is refused to anyone but a citizen of the household, and writes nothing', async () => {
    const input = { input: { householdId: H1 } };
    expectRefused(await gql(APPLY, null, input), 'UNAUTHENTICATED');
    for (const claims of [bakuCaseworker, auditor, admin, ENGINE, agency]) expectRefused(await gql(APPLY, claims, input, purpose), 'FORBIDDEN');
    // Another household's citizen: the SDL lets citizens in, the record rule refuses.
    const stranger = await gql(APPLY, citizenC, input);
    expectRefused(stranger, 'FORBIDDEN');
    expect(stranger.errors?.[0]?.message).not.toContain(C);
    expect(await tables()).toMatchObject({ applications: 0 });
  });

  it('lets a current member apply: SUBMITTED, deadline 15 working days ahead, one applications.submitted job in the same transaction', async () => {
    const res = await gql<ApplyData>(APPLY, citizenA, { input: { householdId: H1, idempotencyKey: 'portal-1' } });
    expect(res.errors).toBeUndefined();
    const payload = res.data?.applyForAssistance;
    expect(payload).toMatchObject({ created: true, error: null, application: { status: 'SUBMITTED', applicant: { pin: A }, household: { id: H1 } } });
    expect(payload?.application.deadline).toBe(addWorkingDays(registryToday(), 15));
    applicationA = payload?.application.id ?? '';
    expect(await jobs(QUEUES.applicationsSubmitted)).toEqual([{ id: applicationA, data: { applicationId: applicationA } }]);
  });

  it('answers a replay of the key with the same application and writes nothing', async () => {
    const before = await tables();
    const res = await gql<ApplyData>(APPLY, citizenA, { input: { householdId: H1, idempotencyKey: 'portal-1' } });
    expect(res.data?.applyForAssistance).toMatchObject({ created: false, error: null, application: { id: applicationA } });
    expect(await tables()).toEqual(before);
    expect(await jobs(QUEUES.applicationsSubmitted)).toHaveLength(1);
  });

  it('answers ALREADY_PENDING with the pending application while one waits, whoever of the household applies', async () => {
    const before = await tables();
    for (const claims of [citizenB, citizenA]) {
      const res = await gql<ApplyData>(APPLY, claims, { input: { householdId: H1 } });
      expect(res.errors).toBeUndefined();
      expect(res.data?.applyForAssistance).toMatchObject({ created: false, error: { code: 'ALREADY_PENDING' }, application: { id: applicationA } });
    }
    expect(await tables()).toEqual(before);
  });

  it('rejects a malformed household id or key as BAD_USER_INPUT', async () => {
    expect(errorCodes(await gql(APPLY, citizenA, { input: { householdId: 'not-a-uuid' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(APPLY, citizenA, { input: { householdId: H1, idempotencyKey: ' ' } }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('recordDecision', () => {
  it('is refused to everyone but the decision engine, and writes nothing', async () => {
    const before = await tables();
    const input = { input: tsaDecision('TSA:application:refused', A, H1, applicationA) };
    for (const claims of [citizenA, bakuCaseworker, auditor, admin, agency]) expectRefused(await gql(RECORD, claims, input, purpose), 'FORBIDDEN');
    expectRefused(await gql(RECORD, humanWithEngineRole, input), 'FORBIDDEN');
    expectRefused(await gql(RECORD, null, input), 'UNAUTHENTICATED');
    expect(await tables()).toEqual(before);
  });

  it('records decision, assignment, DECIDED application and two chained log entries in one call', async () => {
    const before = await tables();
    const res = await gql<RecordData>(RECORD, ENGINE, { input: tsaDecision(`TSA:application:${applicationA}`, A, H1, applicationA) });
    expect(res.errors).toBeUndefined();
    const payload = res.data?.recordDecision;
    expect(payload).toMatchObject({
      created: true,
      decision: { outcome: 'GRANTED', monthlyAmount: '540.00', application: { id: applicationA, status: 'DECIDED' } },
      assignment: { status: 'ACTIVE', periodFrom: '2026-12-01', periodTo: '2027-11-30', monthlyAmount: '540.00' },
    });
    decisionA = payload?.decision.id ?? '';
    assignmentA = payload?.assignment?.id ?? '';
    expect(await tables()).toEqual({ ...before, decisions: before.decisions + 1, assignments: before.assignments + 1, log: before.log + 2 });
    const log = await pool.query(`select entry_type, record_id from benefits.decision_log order by seq`);
    expect(log.rows).toEqual([
      { entry_type: 'DECISION', record_id: decisionA },
      { entry_type: 'ASSIGNMENT', record_id: assignmentA },
    ]);
    const application = await pool.query(`select status, decision_id from benefits.application where id = $1`, [applicationA]);
    expect(application.rows).toEqual([{ status: 'DECIDED', decision_id: decisionA }]);
  });

  it('answers a replay of the key with the recorded decision, created: false, and writes nothing', async () => {
    const before = await tables();
    const res = await gql<RecordData>(RECORD, ENGINE, { input: tsaDecision(`TSA:application:${applicationA}`, A, H1, applicationA, { monthlyAmount: '999.00' }) });
    expect(res.data?.recordDecision).toMatchObject({ created: false, decision: { id: decisionA, monthlyAmount: '540.00' }, assignment: { id: assignmentA } });
    expect(await tables()).toEqual(before);
  });

  it('refuses invalid inputs as BAD_USER_INPUT naming the field, never the value', async () => {
    const before = await tables();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ outcome: 'REFUSED', reasonCode: 'INCOME_ABOVE_NEED_CRITERION', assignment: null }, 'input.monthlyAmount'],
      [{ outcome: 'REFUSED', monthlyAmount: null, reasonCode: 'INCOME_ABOVE_NEED_CRITERION' }, 'input.assignment'],
      [{ benefitCode: 'NO_SUCH_BENEFIT' }, 'input.benefitCode'],
      [{ subjectPin: 'IO12345' }, 'input.subjectPin'],
      [{ assignment: { beneficiaryPin: A, householdId: H1, periodFrom: '2026-12-01', periodTo: '2026-11-30', monthlyAmount: '540.00' } }, 'input.assignment.periodTo'],
      [{ replacesId: randomUUID() }, 'input.replacesId'],
      [{ applicationId: randomUUID() }, 'input.applicationId'],
      // The application is decided already and this decision replaces nothing.
      [{}, 'input.applicationId'],
      [{ steps: [{ code: 'TSA_AMOUNT', description: 'x', result: '1', values: { amount: 540 } }] }, 'input.steps.0.values'],
    ];
    for (const [extra, field] of cases) {
      const res = await gql(RECORD, ENGINE, { input: tsaDecision(`bad:${field}:${randomUUID()}`, A, H1, applicationA, extra) });
      expect(errorCodes(res), field).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.extensions?.['field']).toBe(field);
      expect(res.errors?.[0]?.message).not.toContain(A);
    }
    expect(await tables()).toEqual(before);
  });

  it('records a replacing decision on a decided application, and a refusal with no assignment', async () => {
    const replacing = await gql<RecordData>(RECORD, ENGINE, {
      input: tsaDecision(`TSA:application:${applicationA}:rerun`, A, H1, applicationA, { replacesId: decisionA, outcome: 'REFUSED', monthlyAmount: null, reasonCode: 'INCOME_ABOVE_NEED_CRITERION', assignment: null }),
    });
    expect(replacing.errors).toBeUndefined();
    expect(replacing.data?.recordDecision).toMatchObject({ created: true, assignment: null, decision: { outcome: 'REFUSED', monthlyAmount: null } });
    const application = await pool.query(`select decision_id from benefits.application where id = $1`, [applicationA]);
    expect(application.rows[0]?.decision_id).toBe(replacing.data?.recordDecision.decision.id);
  });

  it('answers a re-decision replayed concurrently under its key with the one decision, and refuses a different re-decision of a replaced decision with CONFLICT', async () => {
    const inForce = (await pool.query<{ decision_id: string }>(`select decision_id from benefits.application where id = $1`, [applicationA])).rows[0]?.decision_id ?? '';
    const again = (key: string) =>
      gql<RecordData>(RECORD, ENGINE, { input: tsaDecision(key, A, H1, applicationA, { replacesId: inForce, outcome: 'REFUSED', monthlyAmount: null, reasonCode: 'INCOME_ABOVE_NEED_CRITERION', assignment: null }) });
    const key = `TSA:application:${applicationA}:rerun:${randomUUID()}`;
    const answers = await Promise.all([again(key), again(key), again(key)]);
    for (const res of answers) expect(res.errors).toBeUndefined();
    expect(new Set(answers.map((res) => res.data?.recordDecision.decision.id)).size).toBe(1);
    expect(answers.filter((res) => res.data?.recordDecision.created).length).toBe(1);
    const other = await again(`TSA:application:${applicationA}:rerun:${randomUUID()}`);
    expect(errorCodes(other)).toEqual(['CONFLICT']);
  });

  describe('when the decision log append fails after everything else was written', () => {
    beforeAll(async () => {
      await pool.query(`create function benefits.doom_log() returns trigger language plpgsql as $$
        begin
          if new.payload->>'idempotencyKey' like 'DOOMED%' then raise exception 'injected log failure'; end if;
          return new;
        end $$`);
      await pool.query(`create trigger doom_log before insert on benefits.decision_log for each row execute function benefits.doom_log()`);
    });
    afterAll(async () => {
      await pool.query(`drop trigger if exists doom_log on benefits.decision_log`);
    });

    it('keeps neither the decision, nor the assignment, nor the application change', async () => {
      const applied = await gql<ApplyData>(APPLY, citizenD, { input: { householdId: H3 } });
      const applicationD = applied.data?.applyForAssistance.application.id ?? '';
      expect(applicationD).not.toBe('');
      const before = await tables();
      const res = await gql(RECORD, ENGINE, { input: tsaDecision('DOOMED:1', D, H3, applicationD) });
      expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(JSON.stringify(res.errors)).not.toContain('injected');
      expect(await tables()).toEqual(before);
      expect((await pool.query(`select status, decision_id from benefits.application where id = $1`, [applicationD])).rows).toEqual([{ status: 'SUBMITTED', decision_id: null }]);
      expect(await count(`select * from benefits.decision where idempotency_key = 'DOOMED:1'`)).toBe(0);
    });
  });
});

describe('applyForAssistance when the job insert fails', () => {
  beforeAll(async () => {
    await pool.query(`create function pgboss.doom_application() returns trigger language plpgsql as $$
      begin
        if new.name = '${QUEUES.applicationsSubmitted}' then raise exception 'injected job failure'; end if;
        return new;
      end $$`);
    await pool.query(`create trigger doom_application after insert on pgboss.job for each row execute function pgboss.doom_application()`);
  });
  afterAll(async () => {
    await pool.query(`drop trigger if exists doom_application on pgboss.job`);
  });

  it('keeps neither the application nor the job', async () => {
    const before = await tables();
    const jobsBefore = (await jobs(QUEUES.applicationsSubmitted)).length;
    const res = await gql(APPLY, citizenC, { input: { householdId: H2 } });
    expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(await tables()).toEqual(before);
    expect(await count(`select * from benefits.application where household_id = $1`, [H2])).toBe(0);
    expect(await jobs(QUEUES.applicationsSubmitted)).toHaveLength(jobsBefore);
  });
});

const END = `mutation($input: EndAssignmentInput!) { endAssignment(input: $input) { changed assignment { id status periodTo endedReason } } }`;

describe('endAssignment', () => {
  it('is refused to everyone but the engine', async () => {
    const input = { input: { assignmentId: assignmentA, reason: 'TERM_EXPIRED', effectiveDate: '2027-01-31' } };
    for (const claims of [citizenA, bakuCaseworker, auditor, admin, agency, humanWithEngineRole]) expectRefused(await gql(END, claims, input, purpose), 'FORBIDDEN');
    expect((await pool.query(`select status from benefits.assignment where id = $1`, [assignmentA])).rows[0]?.status).toBe('ACTIVE');
  });

  it('ends an active assignment once (chained); a replay changes nothing', async () => {
    const before = await tables();
    const input = { input: { assignmentId: assignmentA, reason: 'NOT_WITHDRAWN', effectiveDate: '2027-01-31' } };
    const first = await gql(END, ENGINE, input);
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({ endAssignment: { changed: true, assignment: { id: assignmentA, status: 'ENDED', periodTo: '2027-01-31', endedReason: 'NOT_WITHDRAWN' } } });
    expect(await tables()).toEqual({ ...before, log: before.log + 1 });
    const replay = await gql(END, ENGINE, { input: { ...input.input, reason: 'DEATH', effectiveDate: '2027-01-15' } });
    expect(replay.data).toEqual({ endAssignment: { changed: false, assignment: { id: assignmentA, status: 'ENDED', periodTo: '2027-01-31', endedReason: 'NOT_WITHDRAWN' } } });
    expect(await tables()).toEqual({ ...before, log: before.log + 1 });
  });

  it('never ends before the period starts; an unknown assignment is NOT_FOUND', async () => {
    const decisionId = await insertDecision(pool, { subjectPin: C });
    const id = await insertAssignment(pool, { decisionId, beneficiaryPin: C, periodFrom: '2026-06-01', periodTo: null });
    const res = await gql(END, ENGINE, { input: { assignmentId: id, reason: 'DEATH', effectiveDate: '2026-05-31' } });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions?.['field']).toBe('input.effectiveDate');
    expect(errorCodes(await gql(END, ENGINE, { input: { assignmentId: randomUUID(), reason: 'DEATH', effectiveDate: '2026-05-31' } }))).toEqual(['NOT_FOUND']);
  });
});

const QUEUE = `mutation($input: QueueNotificationInput!) { queueNotification(input: $input) { created notification { id status language template text recipient { pin } decision { id } } } }`;
const SENT = `mutation($input: MarkNotificationSentInput!) { markNotificationSent(input: $input) { changed notification { id status sentAt } } }`;
const FAILED = `mutation($input: MarkNotificationFailedInput!) { markNotificationFailed(input: $input) { changed notification { id status } } }`;
const READ = `query($id: ID!) { notification(id: $id) { id text status recipient { pin } } }`;

describe('notifications', () => {
  let notificationId = '';
  const sms = () => ({ idempotencyKey: `decision:${decisionA}:sms`, recipientPin: A, decisionId: decisionA, template: 'TSA_GRANTED', language: 'AZ', text: 'ÜSY təyin edildi: ayda 540.00 AZN.' });

  it('queueNotification is refused to everyone but the engine', async () => {
    for (const claims of [citizenA, bakuCaseworker, auditor, admin, agency, humanWithEngineRole]) expectRefused(await gql(QUEUE, claims, { input: sms() }, purpose), 'FORBIDDEN');
    expect(await tables()).toMatchObject({ notifications: 0 });
  });

  it('queues once, with one notifications.send job in the same transaction; a replay writes nothing', async () => {
    const res = await gql<{ queueNotification: { created: boolean; notification: { id: string } } }>(QUEUE, ENGINE, { input: sms() });
    expect(res.errors).toBeUndefined();
    expect(res.data?.queueNotification).toMatchObject({ created: true, notification: { status: 'QUEUED', language: 'AZ', template: 'TSA_GRANTED', recipient: { pin: A }, decision: { id: decisionA } } });
    notificationId = res.data?.queueNotification.notification.id ?? '';
    expect(await jobs(QUEUES.notificationsSend)).toEqual([{ id: notificationId, data: { notificationId } }]);
    const replay = await gql(QUEUE, ENGINE, { input: { ...sms(), text: 'another text' } });
    expect(replay.data).toMatchObject({ queueNotification: { created: false, notification: { id: notificationId, text: sms().text } } });
    expect(await tables()).toMatchObject({ notifications: 1 });
    expect(await jobs(QUEUES.notificationsSend)).toHaveLength(1);
  });

  it('marks sent once (engine only); later marks change nothing', async () => {
    const input = { input: { notificationId, providerMessageId: 'sms-provider-1' } };
    for (const claims of [citizenA, auditor, agency]) expectRefused(await gql(SENT, claims, input, purpose), 'FORBIDDEN');
    for (const claims of [citizenA, auditor, agency]) expectRefused(await gql(FAILED, claims, { input: { notificationId, errorCode: 'TIMEOUT' } }, purpose), 'FORBIDDEN');
    const sent = await gql(SENT, ENGINE, input);
    expect(sent.data).toMatchObject({ markNotificationSent: { changed: true, notification: { status: 'SENT' } } });
    expect(await gql(SENT, ENGINE, input)).toMatchObject({ data: { markNotificationSent: { changed: false, notification: { status: 'SENT' } } } });
    expect(await gql(FAILED, ENGINE, { input: { notificationId, errorCode: 'TIMEOUT' } })).toMatchObject({ data: { markNotificationFailed: { changed: false, notification: { status: 'SENT' } } } });
    const row = await pool.query(`select attempts, provider_message_id, last_error from benefits.notification where id = $1`, [notificationId]);
    expect(row.rows).toEqual([{ attempts: 1, provider_message_id: 'sms-provider-1', last_error: null }]);
  });

  it('marks a queued notification failed with a code only; an error code with text is BAD_USER_INPUT', async () => {
    const queued = await gql<{ queueNotification: { notification: { id: string } } }>(QUEUE, ENGINE, { input: { ...sms(), idempotencyKey: 'second', decisionId: null } });
    const id = queued.data?.queueNotification.notification.id ?? '';
    expect(errorCodes(await gql(FAILED, ENGINE, { input: { notificationId: id, errorCode: 'number 0501234567 unknown' } }))).toEqual(['BAD_USER_INPUT']);
    expect(await gql(FAILED, ENGINE, { input: { notificationId: id, errorCode: 'UNKNOWN_NUMBER' } })).toMatchObject({ data: { markNotificationFailed: { changed: true, notification: { status: 'FAILED' } } } });
    expect(await gql(FAILED, ENGINE, { input: { notificationId: id, errorCode: 'UNKNOWN_NUMBER' } })).toMatchObject({ data: { markNotificationFailed: { changed: false } } });
    expect(errorCodes(await gql(SENT, ENGINE, { input: { notificationId: randomUUID(), providerMessageId: 'x' } }))).toEqual(['NOT_FOUND']);
  });

  it('is read by the person, caseworkers of their region, auditors and the engine; refused to others', async () => {
    for (const [claims, headers] of [[citizenA, {}], [bakuCaseworker, purpose], [auditor, purpose], [admin, purpose], [ENGINE, {}]] as const) {
      const res = await gql(READ, claims, { id: notificationId }, headers);
      expect(res.errors, JSON.stringify(claims)).toBeUndefined();
      expect(res.data).toEqual({ notification: { id: notificationId, text: sms().text, status: 'SENT', recipient: { pin: A } } });
    }
    for (const [claims, headers] of [[citizenB, {}], [citizenC, {}], [ganjaCaseworker, purpose], [auditor, {}], [agency, {}]] as const) {
      expect(errorCodes(await gql(READ, claims, { id: notificationId }, headers)), JSON.stringify(claims)).toEqual(['FORBIDDEN']);
    }
  });

  it('Person.notifications lists the person’s messages newest first, for themself and refused to another citizen', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { notifications { template status } } } }`;
    const own = await gql(query, citizenA, { r: [{ __typename: 'Person', pin: A }] });
    expect(own.data).toEqual({ _entities: [{ notifications: [{ template: 'TSA_GRANTED', status: 'FAILED' }, { template: 'TSA_GRANTED', status: 'SENT' }] }] });
    expect(errorCodes(await gql(query, citizenC, { r: [{ __typename: 'Person', pin: A }] }))).toEqual(['FORBIDDEN']);
  });
});

const ACTIVE = `query($on: Date!, $page: AssignmentPageInput) { activeAssignments(on: $on, page: $page) { items { id beneficiary { pin } } nextAfter hasMore } }`;
const EXPIRING = `query($on: Date!, $page: AssignmentPageInput) { expiringAssignments(on: $on, page: $page) { items { id } nextAfter hasMore } }`;

describe('engine reads', () => {
  const ids: string[] = [];
  beforeAll(async () => {
    const decisionId = await insertDecision(pool, { subjectPin: C });
    for (let i = 0; i < 5; i++) ids.push(await insertAssignment(pool, { decisionId, beneficiaryPin: C, periodFrom: '2030-01-01', periodTo: '2030-12-31' }));
    ids.push(await insertAssignment(pool, { decisionId, beneficiaryPin: C, periodFrom: '2029-01-01', periodTo: '2029-12-31' }));
    ids.sort();
  });

  it('pages through the assignments active on a date by id, for the engine and auditors (logged)', async () => {
    const first = await gql<{ activeAssignments: { items: Array<{ id: string }>; nextAfter: string | null; hasMore: boolean } }>(ACTIVE, ENGINE, { on: '2030-06-01', page: { limit: 3 } });
    expect(first.errors).toBeUndefined();
    const page1 = first.data?.activeAssignments;
    expect(page1?.hasMore).toBe(true);
    const second = await gql<{ activeAssignments: { items: Array<{ id: string }>; nextAfter: string | null; hasMore: boolean } }>(ACTIVE, ENGINE, { on: '2030-06-01', page: { limit: 5000, after: page1?.nextAfter } });
    const page2 = second.data?.activeAssignments;
    expect(page2).toMatchObject({ hasMore: false, nextAfter: null });
    const seen = [...(page1?.items ?? []), ...(page2?.items ?? [])].map((a) => a.id);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    // Ours in force on that day: the five of 2030, not the one of 2029.
    expect(seen.filter((id) => ids.includes(id))).toHaveLength(5);
    expect(page1?.items.every((a) => page2?.items.every((b) => a.id < b.id))).toBe(true);

    logged.length = 0;
    const audited = await gql(ACTIVE, auditor, { on: '2030-06-01', page: { limit: 5000 } }, purpose);
    expect(audited.errors).toBeUndefined();
    expect(logged.some((e) => e.subjectPin === C && e.viewer.kind === 'auditor')).toBe(true);
  });

  it('lists what the sweep ends: ACTIVE assignments whose period ended before the date', async () => {
    const res = await gql<{ expiringAssignments: { items: Array<{ id: string }> } }>(EXPIRING, ENGINE, { on: '2030-01-01' });
    const found = res.data?.expiringAssignments.items.map((a) => a.id) ?? [];
    expect(found.filter((id) => ids.includes(id))).toHaveLength(1);
    expect(found).not.toContain(assignmentA); // ENDED already
  });

  it('is refused to citizens, caseworkers, agencies and staff without purpose; limits out of range are BAD_USER_INPUT', async () => {
    for (const [claims, headers] of [[citizenC, {}], [bakuCaseworker, purpose], [agency, {}]] as const) {
      expectRefused(await gql(ACTIVE, claims, { on: '2030-06-01' }, headers), 'FORBIDDEN');
      expectRefused(await gql(EXPIRING, claims, { on: '2030-06-01' }, headers), 'FORBIDDEN');
    }
    expectRefused(await gql(ACTIVE, auditor, { on: '2030-06-01' }), 'FORBIDDEN');
    expect(errorCodes(await gql(ACTIVE, ENGINE, { on: '2030-06-01', page: { limit: 5001 } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(ACTIVE, ENGINE, { on: '2030-06-01', page: { after: 'x' } }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('concurrent retries', () => {
  it('records one decision when the same key arrives five times at once, and the chain stays whole', async () => {
    const before = await tables();
    const householdId = randomUUID();
    const input = { input: tsaDecision('CONCURRENT:1', C, householdId, null, { assignment: { beneficiaryPin: C, householdId, periodFrom: '2026-12-01', periodTo: null, monthlyAmount: '100.00' } }) };
    const results = await Promise.all(Array.from({ length: 5 }, () => gql<RecordData>(RECORD, ENGINE, input)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(results.filter((r) => r.data?.recordDecision.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.data?.recordDecision.decision.id)).size).toBe(1);
    expect(new Set(results.map((r) => r.data?.recordDecision.assignment?.id)).size).toBe(1);
    expect(await tables()).toEqual({ ...before, decisions: before.decisions + 1, assignments: before.assignments + 1, log: before.log + 2 });
    // Different keys at once: every append lands in one unbroken chain.
    await Promise.all(Array.from({ length: 5 }, (_, i) => gql(RECORD, ENGINE, { input: tsaDecision(`CONCURRENT:many:${i}`, C, randomUUID(), null, { assignment: null, monthlyAmount: '10.00' }) })));
    expect((await gql(`{ decisionLogChain { verified } }`, auditor, {}, purpose)).data).toEqual({ decisionLogChain: { verified: true } });
  });

  it('creates one application when two members of a household apply at once', async () => {
    const householdOf = await count(`select * from benefits.application where household_id = $1 and status = 'SUBMITTED'`, [H1]);
    expect(householdOf).toBe(0); // A's was decided above
    const [a, b] = await Promise.all([gql<ApplyData>(APPLY, citizenA, { input: { householdId: H1 } }), gql<ApplyData>(APPLY, citizenB, { input: { householdId: H1 } })]);
    const payloads = [a.data?.applyForAssistance, b.data?.applyForAssistance];
    expect(payloads.filter((p) => p?.created)).toHaveLength(1);
    expect(payloads.filter((p) => p?.error?.code === 'ALREADY_PENDING')).toHaveLength(1);
    expect(payloads[0]?.application.id).toBe(payloads[1]?.application.id);
    expect(await count(`select * from benefits.application where household_id = $1 and status = 'SUBMITTED'`, [H1])).toBe(1);
  });
});

describe('decision inputs in the reader language (issue #12, item 5)', () => {
  it('says each income by member and month in the reader language, a fellow member without the fact record', async () => {
    const fact = (pin: string, month: string, amount: number) => ({ id: randomUUID(), kind: 'INCOME' as const, subjectPin: pin, value: { month, amount, source: 'SALARY' }, validFrom: `${month}-01`, validTo: null, recordedAt: '2026-11-02T10:00:00Z' });
    // Recorded exactly as the engine records them (its factInput), so the test follows the engine's values.
    const inputs = [factInput(fact(A, '2026-10', 600)), factInput(fact(B, '2026-11', 330))];
    const recorded = await gql<RecordData>(RECORD, ENGINE, { input: tsaDecision('INPUT-TEXT:1', A, randomUUID(), null, { assignment: null, inputs }) });
    expect(recorded.errors).toBeUndefined();
    const id = recorded.data?.recordDecision.decision.id;
    const read = `query($id: ID!, $language: Language) { decision(id: $id) { inputs { subject { pin } factId summary(language: $language) } } }`;
    for (const language of LANGUAGES) {
      const res = await gql<{ decision: { inputs: { subject: { pin: string } | null; factId: string | null; summary: string }[] } }>(read, citizenA, { id, language: language.toUpperCase() });
      expect(res.errors).toBeUndefined();
      expect(res.data?.decision.inputs).toEqual(
        inputs.map((input) => ({
          subject: { pin: input.subjectPin },
          // A fellow household member's figures, by member, never the fact record (policy module).
          factId: input.subjectPin === A ? input.factId : null,
          summary: translate(language, `input.${input.values?.['text'] ?? ''}` as MessageKey, input.values),
        })),
      );
      if (language !== 'en') for (const input of res.data?.decision.inputs ?? []) expect(input.summary).not.toMatch(/\d{4}-\d{2}|AZN|INCOME/);
    }
  });
});

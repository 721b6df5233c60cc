import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccessLogRecorder, createLogger, RECORDED_PURPOSES, startSubgraph, type AccessRecorder, type RunningService } from '@usr/shared';
import { createTestDatabase, createTestTokens, errorCodes, postGraphQL, type TestDatabase, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { auditSubgraph } from '../src/subgraph.ts';
import { EXPORTED_FIELDS } from '../src/services/own-data-export.ts';
import { categoriesOf } from '../src/services/visit-categories.ts';

/**
 * "Download all my data" is recorded as the person's own read (issue #12, item 9): the entry exists
 * after the download, a retry of the same download adds nothing, and nobody can record one for
 * another person, whatever their role.
 */
const PIN = '5AZK7P2';
const OTHER = '4BXM2R8';
const citizen: TestTokenClaims = { roles: ['citizen'], pin: PIN };
const auditor: TestTokenClaims = { roles: ['auditor'] };

let db: TestDatabase;
let tokens: TestTokens;
let service: RunningService;
let recorder: AccessRecorder;

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  recorder = createAccessLogRecorder({ databaseUrl: db.url, logger: createLogger('test', 'silent') });
  service = await startSubgraph(auditSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier, recorder } });
});

afterAll(async () => {
  await service?.stop();
  await recorder?.close();
  await db?.drop();
});

const gql = async <T>(query: string, claims: TestTokenClaims, variables: Record<string, unknown> = {}, purpose?: string) =>
  postGraphQL<T>(service.url, query, variables, { authorization: await tokens.bearer(claims), ...(purpose ? { 'x-purpose-of-use': purpose } : {}) });

const RECORD = `mutation($pin: String!, $exportId: ID!) { recordOwnDataExport(pin: $pin, exportId: $exportId) { exportId at seq } }`;
type Recorded = { recordOwnDataExport: { exportId: string; at: string; seq: string } };
const LOG = `query($filter: AccessLogFilter) { accessLog(filter: $filter, page: { limit: 200 }) { items { seq subject { pin } accessorKind purpose purposeCode fields service } } }`;
type Log = { accessLog: { items: { seq: string; subject: { pin: string }; accessorKind: string; purpose: string; purposeCode: string | null; fields: string[]; service: string }[] } };
const MINE = `query($pin: String!) { _entities(representations: [{ __typename: "Person", pin: $pin }]) { ... on Person { accessVisits { items { reader { role automated } purpose categories entries } } } } }`;
type Mine = { _entities: { accessVisits: { items: { reader: { role: string; automated: boolean }; purpose: string | null; categories: string[]; entries: number }[] } }[] };

const exportsOf = async (pin: string) => {
  const log = await gql<Log>(LOG, auditor, { filter: { subjectPin: pin, purpose: 'OWN_DATA_EXPORT' } }, 'ACCESS_AUDIT');
  expect(log.errors).toBeUndefined();
  return log.data?.accessLog.items ?? [];
};

describe('download all my data', () => {
  it('is recorded as the person own read, and shown to them as a visit by themself', async () => {
    const exportId = randomUUID();
    const res = await gql<Recorded>(RECORD, citizen, { pin: PIN, exportId });
    expect(res.errors).toBeUndefined();
    expect(res.data?.recordOwnDataExport.exportId).toBe(exportId);
    const entries = await exportsOf(PIN);
    expect(entries).toEqual([
      { seq: res.data?.recordOwnDataExport.seq, subject: { pin: PIN }, accessorKind: 'citizen', purpose: 'OWN_DATA_EXPORT', purposeCode: 'OWN_DATA_EXPORT', fields: [...EXPORTED_FIELDS], service: 'audit' },
    ]);
    const visits = await gql<Mine>(MINE, citizen, { pin: PIN });
    expect(visits.data?._entities[0]?.accessVisits.items).toEqual([
      { reader: { role: 'PERSON_THEMSELF', automated: false }, purpose: 'OWN_DATA_EXPORT', categories: categoriesOf(EXPORTED_FIELDS), entries: 1 },
    ]);
  });

  it('records a download once, however often it is retried, even at once', async () => {
    const exportId = randomUUID();
    const before = (await exportsOf(PIN)).length;
    const first = await gql<Recorded>(RECORD, citizen, { pin: PIN, exportId });
    const replays = await Promise.all([1, 2, 3].map(() => gql<Recorded>(RECORD, citizen, { pin: PIN, exportId: exportId.toUpperCase() })));
    for (const replay of replays) expect(replay.data?.recordOwnDataExport).toEqual(first.data?.recordOwnDataExport && { ...first.data.recordOwnDataExport, exportId: exportId.toUpperCase() });
    expect((await exportsOf(PIN)).length).toBe(before + 1);
    // Two new downloads sent at the same instant are two entries.
    await Promise.all([randomUUID(), randomUUID()].map((id) => gql<Recorded>(RECORD, citizen, { pin: PIN, exportId: id })));
    expect((await exportsOf(PIN)).length).toBe(before + 3);
  });

  it.each<[string, TestTokenClaims]>([
    ['another citizen', { roles: ['citizen'], pin: OTHER }],
    ['a caseworker of the region', { roles: ['caseworker'], region: 'baku' }],
    ['an auditor', auditor],
    ['a registry administrator', { roles: ['registry-admin'] }],
    ['the decision engine', { roles: ['decision-engine'], serviceAccount: true }],
    ['an agency feed', { roles: ['agency-feed'], agency: 'STS', serviceAccount: true }],
  ])('refuses %s recording a download of the person data, and writes nothing', async (_, claims) => {
    const before = (await exportsOf(PIN)).length;
    const res = await gql<Recorded>(RECORD, claims, { pin: PIN, exportId: randomUUID() }, claims.roles.includes('citizen') ? undefined : 'PERSON_ENQUIRY');
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.data ?? null).toBeNull();
    expect((await exportsOf(PIN)).length).toBe(before);
    expect(await exportsOf(OTHER)).toEqual([]);
  });

  it('refuses an export id that is not a UUID and a malformed PIN with typed errors', async () => {
    const badId = await gql<Recorded>(RECORD, citizen, { pin: PIN, exportId: 'again' });
    expect(errorCodes(badId)).toEqual(['BAD_USER_INPUT']);
    expect(badId.errors?.[0]?.extensions?.['field']).toBe('exportId');
    expect(errorCodes(await gql<Recorded>(RECORD, citizen, { pin: 'nope', exportId: randomUUID() }))).toEqual(['BAD_USER_INPUT']);
  });

  it.each(RECORDED_PURPOSES)('refuses staff declaring %s, which only the registry records', async (purpose) => {
    expect(errorCodes(await gql<Log>(LOG, auditor, {}, purpose))).toEqual(['BAD_USER_INPUT']);
  });
});

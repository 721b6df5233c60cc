import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccessLogRecorder, createLogger, startSubgraph, type AccessRecorder, type RunningService, type Viewer } from '@usr/shared';
import { createTestDatabase, createTestTokens, errorCodes, postGraphQL, type TestDatabase, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { auditSubgraph } from '../src/subgraph.ts';

/**
 * "Who looked at my data" as visits (issue #12, item 6): one caseworker request that read many
 * fields is one visit, with plain categories and a purpose code; the person sees roles, never who;
 * auditors see who and filter by reader, period and purpose; free-text purposes are refused.
 */
const PIN = '5AZK7P2';
const OTHER = '4BXM2R8';
const citizen: TestTokenClaims = { roles: ['citizen'], pin: PIN };
const otherCitizen: TestTokenClaims = { roles: ['citizen'], pin: OTHER };
const auditor: TestTokenClaims = { roles: ['auditor'] };

let db: TestDatabase;
let tokens: TestTokens;
let service: RunningService;
let recorder: AccessRecorder;

const viewer = (kind: 'caseworker' | 'engine' | 'auditor', subject: string): Viewer => ({
  kind,
  subject,
  clientId: kind === 'engine' ? 'decision-engine' : 'registry-portal',
  roles: new Set<string>([kind]),
  scopes: new Set<string>(),
  serviceAccount: kind === 'engine',
  region: 'baku',
  expiresAt: Date.now() + 60_000,
});

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  service = await startSubgraph(auditSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier } });
  recorder = createAccessLogRecorder({ databaseUrl: db.url, logger: createLogger('test', 'silent') });
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 8, minute));
  const read = (who: Viewer, requestId: string, service: string, fields: string[], purpose: string, minute: number, subjectPin = PIN) =>
    recorder.record({ subjectPin, viewer: who, service, fields, purpose, requestId, at: at(minute) });
  const caseworker = viewer('caseworker', 'cw-aysel');
  // One caseworker request: a search, the record and the decisions, over three subgraphs.
  await read(caseworker, 'req-1', 'persons', ['Person.firstName', 'Person.lastName', 'Person.phone'], 'BENEFIT_REVIEW', 1);
  await read(caseworker, 'req-1', 'households', ['Household.members', 'Membership.relation'], 'BENEFIT_REVIEW', 1);
  await read(caseworker, 'req-1', 'agency-facts', ['Person.facts', 'Fact.value'], 'BENEFIT_REVIEW', 1);
  await read(caseworker, 'req-1', 'benefits', ['Decision.steps', 'Decision.outcome'], 'BENEFIT_REVIEW', 1);
  // The decision engine, twice; an auditor; a read of another person.
  await read(viewer('engine', 'svc-engine'), 'req-2', 'agency-facts', ['Fact.value'], 'AUTOMATED_DECISION', 2);
  await read(viewer('engine', 'svc-engine'), 'req-3', 'benefits', ['Assignment.monthlyAmount'], 'AUTOMATED_DECISION', 3);
  await read(viewer('auditor', 'aud-rashad'), 'req-4', 'payments', ['Payment.amount'], 'PAYROLL_AUDIT', 4);
  await read(caseworker, 'req-5', 'persons', ['Person.firstName'], 'PERSON_ENQUIRY', 5, OTHER);
  await recorder.flush();
});

afterAll(async () => {
  await recorder?.close();
  await service?.stop();
  await db?.drop();
});

const gql = async <T>(query: string, claims: TestTokenClaims, variables: Record<string, unknown> = {}, purpose?: string) =>
  postGraphQL<T>(service.url, query, variables, { authorization: await tokens.bearer(claims), ...(purpose ? { 'x-purpose-of-use': purpose } : {}) });

interface VisitData {
  at: string;
  reader: { role: string; automated: boolean; identity: string | null; clientId: string | null };
  purpose: string | null;
  categories: string[];
  entries: number;
}
const VISIT = `at reader { role automated identity clientId } purpose categories entries`;
const MINE = `query($pin: String!, $filter: AccessVisitFilter) { _entities(representations: [{ __typename: "Person", pin: $pin }]) { ... on Person { accessVisits(filter: $filter) { items { ${VISIT} } hasMore } } } }`;
type Mine = { _entities: { accessVisits: { items: VisitData[]; hasMore: boolean } }[] };
const ALL = `query($filter: AccessVisitFilter) { accessVisits(filter: $filter) { items { subject { pin } ${VISIT} } } }`;
type All = { accessVisits: { items: (VisitData & { subject: { pin: string } })[] } };

describe('access visits', () => {
  it('shows a person one visit per reader and request, with plain categories and a purpose code, never who', async () => {
    const res = await gql<Mine>(MINE, citizen, { pin: PIN });
    expect(res.errors).toBeUndefined();
    const visits = res.data?._entities[0]?.accessVisits.items ?? [];
    expect(visits.map((v) => [v.reader.role, v.purpose, v.entries])).toEqual([
      ['AUDITOR', 'PAYROLL_AUDIT', 1],
      ['AUTOMATED_DECISION_SYSTEM', 'AUTOMATED_DECISION', 1],
      ['AUTOMATED_DECISION_SYSTEM', 'AUTOMATED_DECISION', 1],
      ['CASEWORKER', 'BENEFIT_REVIEW', 4],
    ]);
    expect(visits[3]?.categories).toEqual(['PERSONAL_DATA', 'CONTACT_DETAILS', 'HOUSEHOLD', 'AGENCY_FACTS', 'BENEFITS']);
    expect(visits.every((v) => v.reader.identity === null && v.reader.clientId === null)).toBe(true);
  });

  it('filters people or automated readers', async () => {
    const people = await gql<Mine>(MINE, citizen, { pin: PIN, filter: { readers: 'PEOPLE' } });
    expect(people.data?._entities[0]?.accessVisits.items.map((v) => v.reader.role)).toEqual(['AUDITOR', 'CASEWORKER']);
    const automated = await gql<Mine>(MINE, citizen, { pin: PIN, filter: { readers: 'AUTOMATED' } });
    expect(automated.data?._entities[0]?.accessVisits.items.every((v) => v.reader.automated)).toBe(true);
  });

  it('refuses another citizen', async () => {
    expect(errorCodes(await gql<Mine>(MINE, otherCitizen, { pin: PIN }))).toEqual(['FORBIDDEN']);
  });

  it('shows auditors who, and filters by reader, period and purpose', async () => {
    const byReader = await gql<All>(ALL, auditor, { filter: { accessorSubject: 'cw-aysel' } }, 'ACCESS_AUDIT');
    expect(byReader.errors).toBeUndefined();
    expect(byReader.data?.accessVisits.items.map((v) => [v.subject.pin, v.reader.identity, v.reader.clientId, v.purpose])).toEqual([
      [OTHER, 'cw-aysel', 'registry-portal', 'PERSON_ENQUIRY'],
      [PIN, 'cw-aysel', 'registry-portal', 'BENEFIT_REVIEW'],
    ]);
    const byPurpose = await gql<All>(ALL, auditor, { filter: { purpose: 'AUTOMATED_DECISION' } }, 'ACCESS_AUDIT');
    expect(byPurpose.data?.accessVisits.items.map((v) => v.reader.identity)).toEqual(['svc-engine', 'svc-engine']);
    const byPeriod = await gql<All>(ALL, auditor, { filter: { from: '2026-12-01T08:02:00Z', to: '2026-12-01T08:04:00Z' } }, 'ACCESS_AUDIT');
    expect(byPeriod.data?.accessVisits.items.map((v) => v.at)).toEqual(['2026-12-01T08:03:00.000Z', '2026-12-01T08:02:00.000Z']);
  });

  it('refuses citizens the all-visits query', async () => {
    expect(errorCodes(await gql<All>(ALL, citizen, {}))).toEqual(['FORBIDDEN']);
  });

  it('refuses a free-text purpose of use with a typed error naming the header, and accepts a code', async () => {
    const free = await gql<All>(ALL, auditor, {}, 'looking around');
    expect(errorCodes(free)).toEqual(['BAD_USER_INPUT']);
    expect(free.errors?.[0]?.extensions?.['field']).toBe('x-purpose-of-use');
    expect(free.data ?? null).toBeNull();
    expect(errorCodes(await gql<All>(ALL, auditor, {}, 'DECISION_AUDIT'))).toEqual([]);
  });
});

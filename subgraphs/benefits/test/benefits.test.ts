import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { formatDate } from '@usr/shared/i18n';
import { findBenefitType, needCriterionLaw, parameterOn, type LegalBasis, queryCounter, tsaTermFrom2020, startSubgraph, type RunningService } from '@usr/shared';
import { createTestDatabase, errorCodes, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import { entitiesQuery } from '@usr/shared/testing';
import { createTestTokens, ENGINE, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { benefitsSubgraph } from '../src/index.ts';
import { insertApplication, insertAssignment, insertDecision, insertGrantedHousehold } from './fixtures.ts';

let db: TestDatabase;
let service: RunningService;
let tokens: TestTokens;

const APPLICANT = '5AZK7P2';
const household = randomUUID();
const ids = { application: randomUUID(), refusal: randomUUID(), grant: randomUUID(), assignment: randomUUID(), ended: randomUUID(), broken: randomUUID() };
// Eight people with one granted TSA case each, for the batching tests.
const batch: Array<{ pin: string; householdId: string; decisionId: string; assignmentId: string; applicationId: string }> = [];

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  service = await startSubgraph(benefitsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier } });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await insertApplication(client, { id: ids.application, householdId: household, applicantPin: APPLICANT, status: 'DECIDED' });
  await insertDecision(client, {
    id: ids.refusal,
    subjectPin: APPLICANT,
    householdId: household,
    decidedAt: '2024-03-20T08:00:00Z',
    effectiveDate: '2024-03-01',
    outcome: 'REFUSED',
    monthlyAmount: null,
    ruleVersion: 'tsa-2024.1',
    reasonCode: 'INCOME_ABOVE_NEED_CRITERION',
    parameters: { needCriterion: 270 },
  });
  await insertDecision(client, {
    id: ids.grant,
    subjectPin: APPLICANT,
    householdId: household,
    applicationId: ids.application,
    replacesId: ids.refusal,
    parameters: { termMonths: 12, needCriterion: { value: 285, effectiveFrom: '2025-01-01' }, localTopUp: { value: 10, unit: 'AZN_PER_MONTH' } },
    inputs: [
      { factId: 'f-income-1', kind: 'INCOME', subjectPin: APPLICANT, summary: 'INCOME 2025-02: 600.00 AZN', recordedAt: '2025-03-01T10:00:00Z' },
      { kind: 'HOUSEHOLD_SIZE', value: { members: 4 } },
    ],
    steps: [
      { description: 'Need of the family', formula: '285.00 × 4', result: '1140.00' },
      { description: 'Assistance: need minus income', formula: '1140.00 − 600.00', result: 540 },
      { description: 'Income is below the need', result: true },
    ],
  });
  await client.query(`update benefits.application set decision_id = $1 where id = $2`, [ids.grant, ids.application]);
  await insertAssignment(client, { id: ids.assignment, decisionId: ids.grant, beneficiaryPin: APPLICANT, householdId: household });
  const oldGrant = await insertDecision(client, { subjectPin: APPLICANT, benefitCode: 'CHILD_UNDER_ONE', decidedAt: '2023-01-10T08:00:00Z', monthlyAmount: '140.00' });
  await insertAssignment(client, {
    id: ids.ended,
    decisionId: oldGrant,
    benefitCode: 'CHILD_UNDER_ONE',
    beneficiaryPin: APPLICANT,
    periodFrom: '2023-01-01',
    periodTo: '2023-12-31',
    monthlyAmount: '140.00',
    status: 'ENDED',
    endedReason: 'CHILD_TURNED_ONE',
  });
  await insertDecision(client, { id: ids.broken, subjectPin: '9BRK000', inputs: [{ factId: 'f1' }] });
  for (let i = 0; i < 8; i++) batch.push({ pin: `7BAT00${i}`, ...(await insertGrantedHousehold(client, `7BAT00${i}`)) });
  await client.end();
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

/** As the decision engine (sees everything) unless another caller is given. */
const gql = async (query: string, variables: Record<string, unknown> = {}, as: TestTokenClaims = ENGINE) =>
  postGraphQL(service.url, query, variables, { authorization: await tokens.bearer(as) });
const entities = entitiesQuery;

describe('benefit catalogue', () => {
  it('lists the benefit types with category and proactivity', async () => {
    const res = await gql(`{ benefitTypes { code name category proactive description } }`);
    const types = (res.data as { benefitTypes: Array<{ code: string; category: string; proactive: boolean }> }).benefitTypes;
    expect(types.map((t) => t.code)).toContain('TSA');
    expect(types.find((t) => t.code === 'TSA')).toMatchObject({ category: 'SOCIAL_ASSISTANCE', proactive: false });
    expect(types.find((t) => t.code === 'OLD_AGE_PENSION')).toMatchObject({ category: 'PENSION', proactive: true });
  });

  it('serves the parameter values in force on a date', async () => {
    const on = (date: string) => gql(`query($on: Date) { benefitType(code: "TSA") { parameters(on: $on) { name unit value effectiveFrom sourced legalBasis } } }`, { on: date });
    const criterion = async (date: string) =>
      (await on(date)).data as { benefitType: { parameters: Array<{ name: string; value: number; effectiveFrom: string }> } };
    expect((await criterion('2019-06-01')).benefitType.parameters.find((p) => p.name === 'needCriterion')).toMatchObject({ value: 130, effectiveFrom: '2018-01-01' });
    expect((await criterion('2026-03-01')).benefitType.parameters.find((p) => p.name === 'needCriterion')).toMatchObject({ value: 300, effectiveFrom: '2026-01-01' });
    // The infant supplement did not exist in 2019: left out, not zero.
    const inForce2019 = (findBenefitType('TSA')?.parameters ?? []).filter((p) => (p.values[0]?.from ?? '9999') <= '2019-06-01').map((p) => p.name);
    expect((await criterion('2019-06-01')).benefitType.parameters.map((p) => p.name)).toEqual(inForce2019);
    expect(inForce2019).toEqual(expect.arrayContaining(['needCriterion', 'termMonths']));
    expect(inForce2019).not.toContain('infantSupplement');
    expect((await criterion('2019-06-01')).benefitType.parameters.find((p) => p.name === 'termMonths')).toMatchObject({ value: 24 });
  });

  it('defaults to today and keeps the full history', async () => {
    const res = await gql(`{ benefitType(code: "TSA") { parameters { name value } parameterHistory { name value effectiveFrom } } }`);
    const tsa = (res.data as { benefitType: { parameters: Array<{ name: string; value: number }>; parameterHistory: Array<{ name: string; effectiveFrom: string }> } }).benefitType;
    expect(tsa.parameters.find((p) => p.name === 'needCriterion')?.value).toBeGreaterThanOrEqual(300);
    const history = tsa.parameterHistory.filter((p) => p.name === 'needCriterion').map((p) => p.effectiveFrom);
    expect(history[0]).toBe('2017-01-01');
    expect(history).toEqual([...history].sort());
    expect(history.length).toBeGreaterThanOrEqual(9);
  });

  it('marks unsourced placeholders as the catalogue holds them, and sourced values as sourced', async () => {
    const res = await gql(`{ benefitType(code: "OLD_AGE_PENSION") { parameters(on: "2025-06-01") { name sourced } } }`);
    const served = (res.data as { benefitType: { parameters: Array<{ name: string; sourced: boolean }> } }).benefitType.parameters;
    const expected = (findBenefitType('OLD_AGE_PENSION')?.parameters ?? [])
      .map((p) => ({ name: p.name, sourced: parameterOn(p, '2025-06-01')?.sourced }))
      .filter((p): p is { name: string; sourced: boolean } => p.sourced !== undefined);
    expect([...served].sort((a, b) => a.name.localeCompare(b.name))).toEqual([...expected].sort((a, b) => a.name.localeCompare(b.name)));
    // Both kinds exist, so the flag is really carried (the minimum pension is sourced, its parts are placeholders).
    expect(new Set(served.map((p) => p.sourced))).toEqual(new Set([true, false]));
  });

  it('answers malformed and unknown codes and dates with typed errors', async () => {
    expect(errorCodes(await gql(`{ benefitType(code: "tsa; drop") { code } }`))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(`{ benefitType(code: "NO_SUCH_BENEFIT") { code } }`))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(`{ benefitType(code: "TSA") { parameters(on: "2025-02-30") { name } } }`))).toEqual(['BAD_USER_INPUT']);
  });

  it('resolves BenefitType references from the catalogue', async () => {
    const res = await gql(entities(`... on BenefitType { code name }`), { r: [{ __typename: 'BenefitType', code: 'BIRTH_GRANT' }] });
    expect(res.data).toEqual({ _entities: [{ code: 'BIRTH_GRANT', name: 'One-time birth grant' }] });
  });
});

describe('applications, decisions and assignments', () => {
  it('serves an application with its household, applicant, deadline and decision', async () => {
    const res = await gql(`query($id: ID!) { application(id: $id) { id benefitType { code } household { id } applicant { pin } submittedAt deadline status decision { id outcome } } }`, { id: ids.application });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      application: {
        id: ids.application,
        benefitType: { code: 'TSA' },
        household: { id: household },
        applicant: { pin: APPLICANT },
        submittedAt: '2025-03-03T09:30:00.000Z',
        deadline: '2025-03-24',
        status: 'DECIDED',
        decision: { id: ids.grant, outcome: 'GRANTED' },
      },
    });
  });

  it('explains a decision from its own record: inputs, ordered steps, parameters used', async () => {
    const res = await gql(
      `query($id: ID!) { decision(id: $id) {
        id outcome monthlyAmount ruleVersion reasonCode effectiveDate decidedAt
        subject { pin } household { id } application { id } replaces { id outcome reasonCode replaces { id } } assignment { id }
        inputs { factId kind subject { pin } summary recordedAt }
        steps { position description formula result }
        parameters { name unit value effectiveFrom sourced basis { act(language: AZ) text(language: RU) } }
      } }`,
      { id: ids.grant },
    );
    expect(res.errors).toBeUndefined();
    const decision = (res.data as { decision: Record<string, unknown> }).decision;
    expect(decision).toMatchObject({
      outcome: 'GRANTED',
      monthlyAmount: '540.00',
      ruleVersion: 'tsa-2025.1',
      reasonCode: 'ELIGIBLE',
      effectiveDate: '2025-04-01',
      decidedAt: '2025-03-20T08:00:00.000Z',
      subject: { pin: APPLICANT },
      household: { id: household },
      application: { id: ids.application },
      replaces: { id: ids.refusal, outcome: 'REFUSED', reasonCode: 'INCOME_ABOVE_NEED_CRITERION', replaces: null },
      assignment: { id: ids.assignment },
    });
    expect(decision['inputs']).toEqual([
      { factId: 'f-income-1', kind: 'INCOME', subject: { pin: APPLICANT }, summary: 'INCOME 2025-02: 600.00 AZN', recordedAt: '2025-03-01T10:00:00.000Z' },
      { factId: null, kind: 'HOUSEHOLD_SIZE', subject: null, summary: 'members: 4', recordedAt: null },
    ]);
    expect(decision['steps']).toEqual([
      { position: 1, description: 'Need of the family', formula: '285.00 × 4', result: '1140.00' },
      { position: 2, description: 'Assistance: need minus income', formula: '1140.00 − 600.00', result: '540' },
      { position: 3, description: 'Income is below the need', formula: null, result: 'true' },
    ]);
    expect(decision['parameters']).toEqual([
      { name: 'needCriterion', unit: 'AZN_PER_PERSON_MONTH', value: 285, effectiveFrom: '2025-01-01', sourced: true, basis: { act: needCriterionLaw(2025).act.az, text: needCriterionLaw(2025).text.ru } },
      // Recorded as a bare number: its catalogue value on the effective date lends the source.
      { name: 'termMonths', unit: 'MONTHS', value: 12, effectiveFrom: '2020-01-01', sourced: true, basis: { act: tsaTermFrom2020.act.az, text: tsaTermFrom2020.text.ru } },
      { name: 'localTopUp', unit: 'AZN_PER_MONTH', value: 10, effectiveFrom: '2025-04-01', sourced: false, basis: null },
    ]);
    // The letter names the acts once each, in the reader's language, from the same bases.
    const acts = await gql(`query($id: ID!) { decision(id: $id) { az: legalActs(language: AZ) ru: legalActs(language: RU) } }`, { id: ids.grant });
    const actLine = (b: LegalBasis, language: 'az' | 'ru') => `${b.act[language]}${b.article ? `, ${b.article}` : ''}${b.date ? ` (${formatDate(b.date, language)})` : ''}`;
    for (const language of ['az', 'ru'] as const)
      expect((acts.data as Record<string, Record<string, string[]>>)['decision']?.[language]).toEqual([...new Set([actLine(needCriterionLaw(2025), language), actLine(tsaTermFrom2020, language)])]);
  });

  it('shows a refusal with no amount and no assignment', async () => {
    const res = await gql(`query($id: ID!) { decision(id: $id) { monthlyAmount application { id } assignment { id } parameters { name value effectiveFrom } } }`, { id: ids.refusal });
    expect(res.data).toEqual({
      decision: { monthlyAmount: null, application: null, assignment: null, parameters: [{ name: 'needCriterion', value: 270, effectiveFrom: '2024-01-01' }] },
    });
  });

  it('serves an assignment with its decision and period, whatever the case of its id', async () => {
    const res = await gql(`query($id: ID!) { assignment(id: $id) { id benefitType { code } beneficiary { pin } household { id } decision { id } periodFrom periodTo monthlyAmount status endedReason } }`, {
      id: ids.assignment.toUpperCase(),
    });
    expect(res.data).toEqual({
      assignment: {
        id: ids.assignment,
        benefitType: { code: 'TSA' },
        beneficiary: { pin: APPLICANT },
        household: { id: household },
        decision: { id: ids.grant },
        periodFrom: '2025-04-01',
        periodTo: '2026-03-31',
        monthlyAmount: '540.00',
        status: 'ACTIVE',
        endedReason: null,
      },
    });
  });

  it('answers malformed ids with BAD_USER_INPUT and unknown ones with NOT_FOUND, echoing neither', async () => {
    for (const field of ['application', 'decision', 'assignment']) {
      const malformed = await gql(`{ ${field}(id: "not-a-uuid") { id } }`);
      expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(malformed.errors)).not.toContain('not-a-uuid');
      const unknownId = randomUUID();
      const unknown = await gql(`{ ${field}(id: "${unknownId}") { id } }`);
      expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
      expect(JSON.stringify(unknown.errors)).not.toContain(unknownId);
    }
  });

  it('masks a decision record that breaks its contract instead of serving it half right', async () => {
    const res = await gql(`query($id: ID!) { decision(id: $id) { id inputs { kind } } }`, { id: ids.broken });
    expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(res.errors)).not.toMatch(/9BRK000|f1|stacktrace|Malformed/);
  });

  it('resolves Application, Decision and Assignment references', async () => {
    const res = await gql(entities(`... on Application { id applicationStatus: status } ... on Decision { id outcome } ... on Assignment { id assignmentStatus: status }`), {
      r: [
        { __typename: 'Application', id: ids.application },
        { __typename: 'Decision', id: ids.refusal },
        { __typename: 'Assignment', id: ids.ended },
      ],
    });
    expect(res.data).toEqual({
      _entities: [
        { id: ids.application, applicationStatus: 'DECIDED' },
        { id: ids.refusal, outcome: 'REFUSED' },
        { id: ids.ended, assignmentStatus: 'ENDED' },
      ],
    });
  });
});

describe('Person and Household extensions', () => {
  it("lists a person's benefits (filtered by status), decisions and applications, newest first", async () => {
    const res = await gql(
      entities(`... on Person { pin all: benefits { id status } active: benefits(status: ACTIVE) { id } ended: benefits(status: ENDED) { id endedReason } decisions { id } applications { id } }`),
      { r: [{ __typename: 'Person', pin: APPLICANT }, { __typename: 'Person', pin: '9NXNE00' }] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      _entities: [
        {
          pin: APPLICANT,
          all: [{ id: ids.assignment, status: 'ACTIVE' }, { id: ids.ended, status: 'ENDED' }],
          active: [{ id: ids.assignment }],
          ended: [{ id: ids.ended, endedReason: 'CHILD_TURNED_ONE' }],
          decisions: [{ id: ids.grant }, { id: ids.refusal }, { id: expect.any(String) }],
          applications: [{ id: ids.application }],
        },
        // Persons are owned elsewhere: an unknown PIN simply has no benefits here.
        { pin: '9NXNE00', all: [], active: [], ended: [], decisions: [], applications: [] },
      ],
    });
  });

  it("lists a household's assistance and applications", async () => {
    const res = await gql(entities(`... on Household { id assistance { id monthlyAmount } applications { id status } }`), {
      r: [{ __typename: 'Household', id: household.toUpperCase() }],
    });
    expect(res.data).toEqual({
      _entities: [{ id: household, assistance: [{ id: ids.assignment, monthlyAmount: '540.00' }], applications: [{ id: ids.application, status: 'DECIDED' }] }],
    });
  });

  it('refuses malformed reference keys with BAD_USER_INPUT', async () => {
    expect(errorCodes(await gql(entities(`... on Person { pin }`), { r: [{ __typename: 'Person', pin: 'IO12345' }] }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(entities(`... on Household { id }`), { r: [{ __typename: 'Household', id: '42' }] }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(entities(`... on Decision { id }`), { r: [{ __typename: 'Decision', id: '42' }] }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('batching: the SQL statements of a request do not grow with the number of entities', () => {
  const measure = async (query: string, representations: unknown[]) => {
    const { result, statements } = await queryCounter.during(() => gql(query, { r: representations }));
    expect(result.errors).toBeUndefined();
    expect((result.data as { _entities: unknown[] })._entities).toHaveLength(representations.length);
    return statements;
  };

  it('persons: benefits, decisions, applications and everything they link to', async () => {
    const query = entities(`... on Person {
      benefits { id benefitType { code } decision { id replaces { id } application { id } assignment { id } } }
      active: benefits(status: ACTIVE) { id }
      decisions { id inputs { kind } }
      applications { id decision { id } }
    }`);
    const persons = (n: number) => batch.slice(0, n).map(({ pin }) => ({ __typename: 'Person', pin }));
    const two = await measure(query, persons(2));
    const eight = await measure(query, persons(8));
    expect(eight).toBe(two);
    // benefits, active benefits, decisions, applications; then decisions of assignments (cached
    // by then or batched), applications and assignments of decisions: a handful, never N.
    expect(two).toBeLessThanOrEqual(8);
  });

  it('households, decisions, assignments and applications by reference', async () => {
    const query = entities(`
      ... on Household { assistance { id decision { id } } applications { id } }
      ... on Decision { id assignment { id } application { id } }
      ... on Assignment { id madeBy: decision { id } }
      ... on Application { id decidedBy: decision { id } }`);
    const reps = (n: number) =>
      batch.slice(0, n).flatMap((c) => [
        { __typename: 'Household', id: c.householdId },
        { __typename: 'Decision', id: c.decisionId },
        { __typename: 'Assignment', id: c.assignmentId },
        { __typename: 'Application', id: c.applicationId },
      ]);
    expect(await measure(query, reps(8))).toBe(await measure(query, reps(2)));
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSubgraph, type RunningService } from '@usr/shared';
import { createTestDatabase, createTestTokens, ENGINE, errorCodes, postGraphQL, startDirectoryStub, type DirectoryStub, type TestDatabase, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { factsSubgraph } from '../src/index.ts';
import { UNREGISTERED } from './fixtures.ts';

/** Issue 13, item 7: a person's facts include those naming them in another role; a corrected fact shows its history. */

let db: TestDatabase;
let service: RunningService;
let tokens: TestTokens;
let register: DirectoryStub;

const MOTHER = 'RELM001';
const FATHER = 'RELF001';
const CHILD = 'RELC001';
const WIFE = 'RELW001';
const HUSBAND = 'RELH001';
const citizen = (pin: string): TestTokenClaims => ({ roles: ['citizen'], pin });
const JUSTICE: TestTokenClaims = { roles: ['agency-feed'], agency: 'justice', serviceAccount: true };
const TAXES: TestTokenClaims = { roles: ['agency-feed'], agency: 'taxes', serviceAccount: true };
const AUDITOR: TestTokenClaims = { roles: ['auditor'] };
const PURPOSE = { 'x-purpose-of-use': 'DECISION_AUDIT' };

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  register = await startDirectoryStub({ regions: {}, households: {}, unregistered: UNREGISTERED });
  service = await startSubgraph(factsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier, directory: { personsUrl: register.personsUrl } } });
});

afterAll(async () => {
  await service?.stop();
  await register?.close();
  await db?.drop();
});

const gql = async <D = Record<string, unknown>>(query: string, variables: Record<string, unknown>, as: TestTokenClaims, headers: Record<string, string> = {}) =>
  postGraphQL<D>(service.url, query, variables, { authorization: await tokens.bearer(as), ...headers });
const submit = async (as: TestTokenClaims, facts: Record<string, unknown>[]) => {
  const res = await gql<{ submitFacts: { results: { outcome: string; fact: { id: string } | null }[] } }>(`mutation($facts: [FactInput!]!) { submitFacts(facts: $facts) { results { outcome fact { id } } } }`, { facts }, as);
  expect(res.errors).toBeUndefined();
  return res.data?.submitFacts.results.map((r) => r.fact?.id ?? '') ?? [];
};
const IN_ROLES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { factsInOtherRoles { role fact { id kind subject { pin } } } } } }`;
const inRoles = (pin: string, as: TestTokenClaims, headers: Record<string, string> = {}) =>
  gql<{ _entities: { factsInOtherRoles: { role: string; fact: { id: string; kind: string; subject: { pin: string } } }[] }[] }>(IN_ROLES, { r: [{ __typename: 'Person', pin }] }, as, headers);

describe('facts naming a person in another role', () => {
  let birth = '';
  let marriage = '';

  beforeAll(async () => {
    [birth = ''] = await submit(JUSTICE, [{ subjectPin: CHILD, kind: 'BIRTH', value: { motherPin: MOTHER, fatherPin: FATHER, districtCode: 'AZ-BA' }, validFrom: '2026-10-01', sourceReference: 'BIRTH-1' }]);
    [marriage = ''] = await submit(JUSTICE, [{ subjectPin: HUSBAND, kind: 'MARRIAGE', value: { spousePin: WIFE }, validFrom: '2020-05-05', sourceReference: 'MARR-1' }]);
  });

  it('shows the mother and the father the child’s birth, the wife her husband’s marriage', async () => {
    for (const [pin, role, id] of [[MOTHER, 'MOTHER', birth], [FATHER, 'FATHER', birth], [WIFE, 'SPOUSE', marriage]] as const) {
      const res = await inRoles(pin, citizen(pin));
      expect(res.errors, pin).toBeUndefined();
      expect(res.data?._entities[0]?.factsInOtherRoles).toEqual([{ role, fact: expect.objectContaining({ id }) }]);
    }
    // The subject of a fact is not "in another role" in it.
    expect((await inRoles(HUSBAND, citizen(HUSBAND))).data?._entities[0]?.factsInOtherRoles).toEqual([]);
  });

  it('is refused to other citizens and agency feeds; auditors see it with a declared purpose', async () => {
    expect(errorCodes(await inRoles(MOTHER, citizen(WIFE)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await inRoles(MOTHER, JUSTICE))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await inRoles(MOTHER, AUDITOR))).toEqual(['FORBIDDEN']);
    const audited = await inRoles(MOTHER, AUDITOR, PURPOSE);
    expect(audited.data?._entities[0]?.factsInOtherRoles.map((f) => f.role)).toEqual(['MOTHER']);
    expect((await inRoles(MOTHER, ENGINE)).errors).toBeUndefined();
  });
});

describe('a corrected fact shows its history', () => {
  const HISTORY = `query($id: ID!) { fact(id: $id) { id previousVersions { id value { ... on IncomeValue { amount } } supersededBy { id } } } }`;
  interface History { fact: { id: string; previousVersions: { id: string; value: { amount: string }; supersededBy: { id: string } | null }[] } }

  it('lists the earlier versions, latest first, to whoever may read the fact, and to no one else', async () => {
    const income = (amount: number) => ({ subjectPin: MOTHER, kind: 'INCOME', value: { amount, month: '2026-09', source: 'SALARY' }, validFrom: '2026-09-01', validTo: '2026-09-30', sourceReference: 'TAX-H-1' });
    const [first = ''] = await submit(TAXES, [income(300)]);
    const [second = ''] = await submit(TAXES, [income(250)]);
    const [third = ''] = await submit(TAXES, [income(0)]);
    const res = await gql<History>(HISTORY, { id: third }, citizen(MOTHER));
    expect(res.errors).toBeUndefined();
    expect(res.data?.fact.previousVersions).toEqual([
      { id: second, value: { amount: '250.00' }, supersededBy: { id: third } },
      { id: first, value: { amount: '300.00' }, supersededBy: { id: second } },
    ]);
    expect((await gql<History>(HISTORY, { id: first }, citizen(MOTHER))).data?.fact.previousVersions).toEqual([]);
    expect(errorCodes(await gql(HISTORY, { id: third }, citizen(WIFE)))).toEqual(['FORBIDDEN']);
    expect((await gql<History>(HISTORY, { id: third }, AUDITOR, PURPOSE)).data?.fact.previousVersions).toHaveLength(2);
    // A whole record at once (one batched statement): each fact gets its own chain, and only it.
    const other = { ...income(100), value: { amount: 100, month: '2026-08', source: 'SALARY' }, validFrom: '2026-08-01', validTo: '2026-08-31', sourceReference: 'TAX-H-2' };
    const [otherFirst = ''] = await submit(TAXES, [other]);
    const [otherSecond = ''] = await submit(TAXES, [{ ...other, value: { ...other.value, amount: 90 } }]);
    const both = await gql<{ a: History['fact']; b: History['fact']; c: History['fact'] }>(
      `query($a: ID!, $b: ID!, $c: ID!) { a: fact(id: $a) { id previousVersions { id } } b: fact(id: $b) { id previousVersions { id } } c: fact(id: $c) { id previousVersions { id } } }`,
      { a: third, b: otherSecond, c: first },
      citizen(MOTHER),
    );
    expect(both.errors).toBeUndefined();
    expect(both.data).toEqual({
      a: { id: third, previousVersions: [{ id: second }, { id: first }] },
      b: { id: otherSecond, previousVersions: [{ id: otherFirst }] },
      c: { id: first, previousVersions: [] },
    });
  });
});

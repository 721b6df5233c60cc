import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AGENCIES, FACT_KIND_NAMES, queryCounter, startSubgraph, type FactKind, type RunningService } from '@usr/shared';
import { createTestDatabase, errorCodes, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import { createTestTokens, ENGINE, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { factsSubgraph } from '../src/index.ts';
import { VALUE_TYPE_NAMES } from '../src/domain/fact-values.ts';
import { factSeeder, SAMPLE_VALUES } from './fixtures.ts';

let db: TestDatabase;
let service: RunningService;
let tokens: TestTokens;
const ids = { income: '', correctedIncome: '', employment: '', unemployment: '', disability: '' };
const EVERY_KIND = 'ALLKND1';
const HISTORY = 'HSTRY01';
const BATCH = Array.from({ length: 8 }, (_, i) => `BTCH00${i}`);

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  service = await startSubgraph(factsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier } });
  const seed = factSeeder(db.url);
  try {
    for (const [i, kind] of FACT_KIND_NAMES.entries())
      await seed.fact({ pin: EVERY_KIND, kind, value: SAMPLE_VALUES[kind], validFrom: `2001-01-${String(i + 1).padStart(2, '0')}` });
    ids.unemployment = await seed.fact({ pin: HISTORY, kind: 'UNEMPLOYMENT', value: { office: 'Bakı' }, validFrom: '2018-01-01', validTo: '2020-02-29' });
    ids.disability = await seed.fact({ pin: HISTORY, kind: 'DISABILITY', value: { group: 'III', cause: 'WORK_INJURY' }, validFrom: '2019-06-01' });
    ids.employment = await seed.fact({ pin: HISTORY, kind: 'EMPLOYMENT', value: { employer: 'SOCAR', position: 'Operator' }, validFrom: '2020-03-01' });
    const january = { pin: HISTORY, kind: 'INCOME', validFrom: '2025-01-01', validTo: '2025-01-31' } as const;
    ids.income = await seed.fact({ ...january, value: { amount: 100, month: '2025-01', source: 'SALARY' } });
    ids.correctedIncome = await seed.supersede(ids.income, { ...january, value: { amount: 150, month: '2025-01', source: 'SALARY' } });
    for (const pin of ['FEW0001', 'FEW0002']) await seed.monthlyIncome(pin, 5);
    for (const pin of ['MANY001', 'MANY002']) await seed.monthlyIncome(pin, 500);
    for (const pin of BATCH) await seed.monthlyIncome(pin, 3);
    await seed.fact({ pin: 'CRPT001', kind: 'INCOME', value: { amount: 'a secret', month: '2025-01' }, validFrom: '2025-01-01' });
  } finally {
    await seed.close();
  }
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

/** As the decision engine (sees everything) unless another caller is given. */
const gql = async <D = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, as: TestTokenClaims = ENGINE) =>
  postGraphQL<D>(service.url, query, variables, { authorization: await tokens.bearer(as) });

interface FactsOf {
  _entities: Array<{ facts: { items: Array<Record<string, unknown>>; hasMore: boolean; limit: number; offset: number } }>;
}
/** `Person.facts` of the given people, as the gateway asks for it. */
const factsOf = (pins: readonly string[], args: string, fields = 'id') =>
  gql<FactsOf>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { facts${args} { items { ${fields} } hasMore limit offset } } } }`, {
    r: pins.map((pin) => ({ __typename: 'Person', pin })),
  });
const itemIds = (res: { data?: FactsOf | null }) => res.data?._entities[0]?.facts.items.map((f) => f['id']);

describe('agency-facts catalogue', () => {
  it('lists the agencies with their fact kinds and finds one by code', async () => {
    const res = await gql<{ agencies: Array<{ code: string }>; agency: unknown }>(`{ agencies { code } agency(code: "justice") { code name category factKinds } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.agencies.map((a) => a.code)).toEqual(AGENCIES.map((a) => a.code));
    expect(res.data?.agency).toEqual({
      code: 'justice',
      name: 'Ministry of Justice (civil status registration)',
      category: 'MINISTRY',
      factKinds: ['BIRTH', 'DEATH', 'MARRIAGE', 'DIVORCE'],
    });
    expect(errorCodes(await gql(`{ agency(code: "atlantis") { code } }`))).toEqual(['NOT_FOUND']);
  });

  it('lists every fact kind with its agency and health flag, and the SDL enum matches the catalogue', async () => {
    const res = await gql<{ factKinds: Array<{ kind: string; agency: { code: string }; health: boolean; description: string }>; __type: { enumValues: Array<{ name: string }> } }>(
      `{ factKinds { kind agency { code } health description } __type(name: "FactKind") { enumValues { name } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.factKinds.map((k) => k.kind)).toEqual(FACT_KIND_NAMES);
    expect(res.data?.__type.enumValues.map((v) => v.name).sort()).toEqual([...FACT_KIND_NAMES].sort());
    expect(res.data?.factKinds.find((k) => k.kind === 'DISABILITY')).toMatchObject({ agency: { code: 'medical-expertise' }, health: true });
    expect(res.data?.factKinds.filter((k) => k.health).map((k) => k.kind)).toEqual(['DISABILITY', 'MEDICAL_CONDITION']);
  });

  it('resolves Agency references', async () => {
    const res = await gql(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { code factKinds } } }`, {
      r: [{ __typename: 'Agency', code: 'taxes' }, { __typename: 'Agency', code: 'nope' }],
    });
    expect((res.data as { _entities: unknown[] })._entities[0]).toEqual({ code: 'taxes', factKinds: ['INCOME'] });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
  });
});

describe('facts', () => {
  it('types the value of every kind with its own union member, enums, dates and money', async () => {
    const res = await factsOf(
      [EVERY_KIND],
      '',
      `kind agency { code } value { __typename
        ... on IncomeValue { amount month source payer }
        ... on DisabilityValue { group cause reviewDate }
        ... on WaterConsumptionValue { cubicMetres }
        ... on GasConsumptionValue { cubicMetres }
        ... on BankDepositValue { bank amount }
        ... on ImportDeclarationValue { valueAzn }
        ... on BirthValue { motherPin fatherPin districtCode }
        ... on VehicleValue { make year engineCc }
      }`,
    );
    expect(res.errors).toBeUndefined();
    const items = res.data?._entities[0]?.facts.items ?? [];
    expect(items).toHaveLength(FACT_KIND_NAMES.length);
    const byKind = new Map(items.map((f) => [f['kind'] as FactKind, f] as const));
    for (const kind of FACT_KIND_NAMES) {
      expect(byKind.get(kind)).toMatchObject({ value: { __typename: VALUE_TYPE_NAMES[kind] } });
    }
    expect(byKind.get('INCOME')).toMatchObject({ agency: { code: 'taxes' }, value: { amount: '250.50', month: '2025-03', source: 'SALARY', payer: 'Azərsun Holding' } });
    expect(byKind.get('DISABILITY')).toMatchObject({ value: { group: 'II', cause: 'GENERAL', reviewDate: '2026-04-01' } });
    expect(byKind.get('BANK_DEPOSIT')).toMatchObject({ value: { amount: '1200.00' } });
    expect(byKind.get('IMPORT_DECLARATION')).toMatchObject({ value: { valueAzn: '99.90' } });
    expect(byKind.get('BIRTH')).toMatchObject({ value: { motherPin: '5AZK7P2', fatherPin: null } });
    expect(byKind.get('GAS_CONSUMPTION')).toMatchObject({ value: { __typename: 'GasConsumptionValue', cubicMetres: 9 } });
  });

  it('looks a fact up by id, refusing a malformed id (BAD_USER_INPUT) and an unknown one (NOT_FOUND)', async () => {
    const res = await gql(`query($id: ID!) { fact(id: $id) { id kind subject { pin } validFrom validTo recordedAt sourceReference supersededBy { id } supersededAt } }`, {
      id: ids.unemployment,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({
      fact: { id: ids.unemployment, kind: 'UNEMPLOYMENT', subject: { pin: HISTORY }, validFrom: '2018-01-01', validTo: '2020-02-29', supersededBy: null, supersededAt: null },
    });
    expect(Date.parse((res.data as { fact: { recordedAt: string } }).fact.recordedAt)).not.toBeNaN();
    const malformed = await gql(`{ fact(id: "1234") { id } }`);
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(malformed.errors)).not.toContain('1234');
    const unknown = await gql(`{ fact(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(unknown.errors)).not.toContain('00000000-0000-4000-8000-000000000000');
  });

  it('resolves Fact references', async () => {
    const res = await gql(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Fact { id kind } } }`, {
      r: [{ __typename: 'Fact', id: ids.employment }],
    });
    expect(res.data).toEqual({ _entities: [{ id: ids.employment, kind: 'EMPLOYMENT' }] });
  });

  it('lists current facts latest first and hides superseded ones unless asked, linking them to their replacement', async () => {
    expect(itemIds(await factsOf([HISTORY], ''))).toEqual([ids.correctedIncome, ids.employment, ids.disability, ids.unemployment]);
    const all = await factsOf([HISTORY], '(filter: { includeSuperseded: true, kinds: [INCOME] })', 'id supersededBy { id value { ... on IncomeValue { amount } } } supersededAt');
    expect(all.errors).toBeUndefined();
    const items = all.data?._entities[0]?.facts.items ?? [];
    expect(items.map((f) => f['id']).sort()).toEqual([ids.income, ids.correctedIncome].sort());
    const old = items.find((f) => f['id'] === ids.income);
    expect(old).toMatchObject({ supersededBy: { id: ids.correctedIncome, value: { amount: '150.00' } } });
    expect(Date.parse(String(old?.['supersededAt']))).not.toBeNaN();
    expect(items.find((f) => f['id'] === ids.correctedIncome)).toMatchObject({ supersededBy: null, supersededAt: null });
  });

  it('filters by kinds, agencies and validity dates', async () => {
    const cases: Array<[string, string[]]> = [
      ['{ kinds: [EMPLOYMENT, UNEMPLOYMENT] }', [ids.employment, ids.unemployment]],
      ['{ agencies: ["labour", "medical-expertise"] }', [ids.employment, ids.disability, ids.unemployment]],
      ['{ validOn: "2019-01-01" }', [ids.unemployment]],
      ['{ validOn: "2019-07-01" }', [ids.disability, ids.unemployment]],
      ['{ validFrom: "2020-03-01" }', [ids.correctedIncome, ids.employment, ids.disability]],
      ['{ validTo: "2019-12-31" }', [ids.disability, ids.unemployment]],
      ['{ validFrom: "2025-02-01", validTo: "2025-12-31" }', [ids.employment, ids.disability]],
      ['{ kinds: [INCOME], validOn: "2025-02-01" }', []],
    ];
    for (const [filter, expected] of cases) expect(itemIds(await factsOf([HISTORY], `(filter: ${filter})`)), filter).toEqual(expected);
  });

  it('pages with limit and offset and tells whether more follow', async () => {
    const first = await factsOf([HISTORY], '(page: { limit: 2 })');
    expect(itemIds(first)).toEqual([ids.correctedIncome, ids.employment]);
    expect(first.data?._entities[0]?.facts).toMatchObject({ hasMore: true, limit: 2, offset: 0 });
    const second = await factsOf([HISTORY], '(page: { limit: 2, offset: 2 })');
    expect(itemIds(second)).toEqual([ids.disability, ids.unemployment]);
    expect(second.data?._entities[0]?.facts.hasMore).toBe(false);
    const byDefault = await factsOf(['MANY001'], '');
    expect(byDefault.data?._entities[0]?.facts).toMatchObject({ limit: 100, hasMore: true });
    expect(byDefault.data?._entities[0]?.facts.items).toHaveLength(100);
  });

  it('answers bad filters and pages with BAD_USER_INPUT, echoing no value', async () => {
    for (const args of [
      '(filter: { agencies: ["atlantis-secret"] })',
      '(filter: { validFrom: "2020-01-02", validTo: "2020-01-01" })',
      '(filter: { kinds: [] })',
      '(filter: { validOn: "2024-02-30" })',
      '(page: { limit: 1001 })',
      '(page: { limit: 0 })',
      '(page: { offset: -1 })',
    ]) {
      const res = await factsOf([HISTORY], args);
      expect(errorCodes(res), args).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(res.errors)).not.toContain('atlantis-secret');
      expect(JSON.stringify(res.errors)).not.toContain('stacktrace');
    }
  });

  it('masks a stored value that does not match its kind as an internal error, without the value', async () => {
    const res = await factsOf(['CRPT001'], '', 'value { ... on IncomeValue { amount } }');
    expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(res.errors)).not.toContain('a secret');
  });
});

describe('facts batching', () => {
  const everything = 'id kind validFrom validTo recordedAt sourceReference agency { code name } subject { pin } value { ... on IncomeValue { amount month source } } supersededBy { id }';

  it('issues the same statements for people with 5 facts as with 500', async () => {
    const five = await queryCounter.during(() => factsOf(['FEW0001', 'FEW0002'], '(page: { limit: 1000 })', everything));
    const fiveHundred = await queryCounter.during(() => factsOf(['MANY001', 'MANY002'], '(page: { limit: 1000 })', everything));
    expect(five.result.errors).toBeUndefined();
    expect(fiveHundred.result.errors).toBeUndefined();
    expect(fiveHundred.result.data?._entities.map((e) => e.facts.items.length)).toEqual([500, 500]);
    expect(five.result.data?._entities.map((e) => e.facts.items.length)).toEqual([5, 5]);
    expect(five.statements).toBe(1);
    expect(fiveHundred.statements).toBe(five.statements);
  });

  it('fetches Person.facts for 8 people in one statement, as for 2, keeping each page separate', async () => {
    const two = await queryCounter.during(() => factsOf(BATCH.slice(0, 2), '(page: { limit: 2 })', everything));
    const eight = await queryCounter.during(() => factsOf(BATCH, '(page: { limit: 2 })', everything));
    expect(eight.result.errors).toBeUndefined();
    for (const [i, entity] of (eight.result.data?._entities ?? []).entries()) {
      expect(entity.facts.hasMore).toBe(true);
      expect(entity.facts.items.map((f) => [(f['subject'] as { pin: string }).pin, f['validFrom']])).toEqual([
        [BATCH[i], '2000-03-01'],
        [BATCH[i], '2000-02-01'],
      ]);
    }
    expect(two.statements).toBe(1);
    expect(eight.statements).toBe(two.statements);
  });
});

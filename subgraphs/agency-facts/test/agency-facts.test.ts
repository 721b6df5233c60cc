import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AGENCIES, FACT_KIND_NAMES, FACT_KINDS, queryCounter, startSubgraph, type AccessEntry, type FactKind, type RunningService, type SubgraphModule } from '@usr/shared';
import { createTestDatabase, errorCodes, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import { memoryRecorder } from '@usr/shared/testing';
import { createTestTokens, ENGINE, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { factsSubgraph } from '../src/index.ts';
import type { FactsContext } from '../src/context.ts';
import { VALUE_TYPE_NAMES } from '../src/domain/fact-values.ts';
import { factSeeder, SAMPLE_VALUES } from './fixtures.ts';

let db: TestDatabase;
let service: RunningService;
/** The same subgraph, told people's regions locally as the persons subgraph would tell them. */
let withRegions: RunningService;
let tokens: TestTokens;
const ids = { income: '', correctedIncome: '', employment: '', unemployment: '', disability: '' };
const EVERY_KIND = 'ALLKND1';
const HISTORY = 'HSTRY01';
const BATCH = Array.from({ length: 8 }, (_, i) => `BTCH00${i}`);
/** Regions the persons subgraph would report (to callers it lets see them), and one household. */
const REGIONS: Record<string, string> = { [HISTORY]: 'baku', [EVERY_KIND]: 'ganja-dashkasan', ...Object.fromEntries(BATCH.map((pin) => [pin, 'baku'])) };
const HOUSEHOLD = new Set([HISTORY, '4BXM2R8']);
/** Every granted read of someone else's record, as the audit subgraph would receive it. */
const accessLog: AccessEntry[] = [];
const recorder = memoryRecorder(accessLog);
const regionsKnown: SubgraphModule<FactsContext> = {
  ...factsSubgraph,
  createContext: (base, req) =>
    factsSubgraph.createContext(
      {
        ...base,
        recordAccess: (local) =>
          base.recordAccess({ regionOf: async (pin) => REGIONS[pin], householdOf: async (pin) => (HOUSEHOLD.has(pin) ? HOUSEHOLD : new Set()), ...local }),
      },
      req,
    ),
};

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  // No persons subgraph runs here: the directory knows no regions, so caseworkers get nothing.
  service = await startSubgraph(factsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier, directory: {}, recorder } });
  withRegions = await startSubgraph(regionsKnown, { databaseUrl: db.url, port: 0, migrate: false, auth: { verifier: tokens.verifier, directory: {}, recorder } });
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
  await withRegions?.stop();
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
    // The health flag as the catalogue holds it (DISABILITY, MEDICAL_CONDITION, and CARE, which names a person with a disability).
    expect(res.data?.factKinds.filter((k) => k.health).map((k) => k.kind)).toEqual(FACT_KIND_NAMES.filter((kind) => FACT_KINDS[kind].health));
    expect(FACT_KIND_NAMES.filter((kind) => FACT_KINDS[kind].health)).toEqual(expect.arrayContaining(['DISABILITY', 'MEDICAL_CONDITION', 'CARE']));
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

describe('record rules', () => {
  const subject = { roles: ['citizen'], pin: HISTORY };
  const otherCitizen = { roles: ['citizen'], pin: '6CGT3N5' };
  /** Lives with the subject (the directory says so): facts are still the subject's alone. */
  const housemate = { roles: ['citizen'], pin: '4BXM2R8' };
  const bakuCaseworker = { roles: ['caseworker'], region: 'baku' };
  const healthCaseworker = { roles: ['caseworker', 'health-data'], region: 'baku', scope: 'openid profile health' };
  const scopeWithoutRole = { roles: ['caseworker'], region: 'baku', scope: 'openid profile health' };
  const taxes = { roles: ['agency-feed'], agency: 'taxes', serviceAccount: true };
  const medical = { roles: ['agency-feed'], agency: 'medical-expertise', serviceAccount: true };
  const purpose = { 'x-purpose-of-use': 'BENEFIT_REVIEW' };
  const UNKNOWN = '00000000-0000-4000-8000-000000000000';

  interface Options {
    readonly url?: string;
    readonly headers?: Record<string, string>;
    readonly variables?: Record<string, unknown>;
  }
  const as = async <D = Record<string, unknown>>(query: string, claims: TestTokenClaims | null, options: Options = {}) =>
    postGraphQL<D>(options.url ?? service.url, query, options.variables ?? {}, {
      ...(claims ? { authorization: await tokens.bearer(claims) } : {}),
      ...options.headers,
    });
  const factQuery = (id: string, fields = 'id kind value { __typename } subject { pin }') => `{ fact(id: "${id}") { ${fields} } }`;
  const factRef = (id: string, fields = 'kind sourceReference') => `{ _entities(representations: [{ __typename: "Fact", id: "${id}" }]) { ... on Fact { id ${fields} } } }`;
  const personFacts = (pin: string, args = '', fields = 'id kind') =>
    `{ _entities(representations: [{ __typename: "Person", pin: "${pin}" }]) { ... on Person { facts${args} { items { ${fields} } hasMore } } } }`;
  type PersonFacts = { _entities: Array<{ facts: { items: Array<{ id: string; kind: string }>; hasMore: boolean } } | null> };
  const kindsIn = (res: { data?: PersonFacts | null }) => res.data?._entities[0]?.facts.items.map((f) => f.kind);
  const refused = (res: { errors?: unknown }, code = 'FORBIDDEN') => expect(errorCodes(res as never)).toEqual([code]);
  /** Nothing of the refused record in the response: no kind, value, agency reference or subject. */
  const expectNothingLeaked = (res: unknown, ...secrets: string[]) => {
    const text = JSON.stringify(res);
    for (const secret of [HISTORY, EVERY_KIND, 'REF-', 'DISABILITY', 'WORK_INJURY', 'SOCAR', 'IncomeValue', ...secrets]) expect(text).not.toContain(secret);
  };

  it('shows anonymous callers nothing: not even the agency catalogue', async () => {
    for (const query of [`{ agencies { code } }`, `{ agency(code: "taxes") { name } }`, `{ factKinds { kind } }`, factQuery(ids.employment), personFacts(HISTORY)]) {
      const res = await as(query, null);
      refused(res, 'UNAUTHENTICATED');
      expect(res.status).toBe(401);
      expectNothingLeaked(res);
    }
    const forged = await as(factRef(ids.employment), null);
    refused(forged, 'UNAUTHENTICATED');
    expectNothingLeaked(forged);
    const catalogue = await as(`{ agencies { code } factKinds { kind health } }`, otherCitizen);
    expect(catalogue.errors).toBeUndefined();
  });

  it('lets a citizen read every fact about themself, health facts included', async () => {
    const list = await as<PersonFacts>(personFacts(HISTORY), subject);
    expect(list.errors).toBeUndefined();
    expect(kindsIn(list)).toEqual(['INCOME', 'EMPLOYMENT', 'DISABILITY', 'UNEMPLOYMENT']);
    const one = await as(factQuery(ids.disability, 'id kind value { ... on DisabilityValue { group cause } }'), subject);
    expect(one.data).toEqual({ fact: { id: ids.disability, kind: 'DISABILITY', value: { group: 'III', cause: 'WORK_INJURY' } } });
    const ref = await as(factRef(ids.income, 'supersededBy { id }'), subject);
    expect(ref.data).toEqual({ _entities: [{ id: ids.income, supersededBy: { id: ids.correctedIncome } }] });
  });

  it('refuses a citizen anyone else’s facts, a household member’s too, and says nothing about whether a fact exists', async () => {
    for (const [url, citizen] of [[service.url, otherCitizen], [withRegions.url, housemate]] as const) {
      const list = await as<PersonFacts>(personFacts(HISTORY), citizen, { url });
      refused(list);
      expectNothingLeaked(list);
      for (const id of [ids.employment, ids.disability, UNKNOWN]) {
        const one = await as(factQuery(id), citizen, { url });
        refused(one);
        expect(one.data).toBeNull();
        expectNothingLeaked(one, id);
        expect(one.errors?.[0]?.message).toBe('You may not read this fact.');
      }
      const forged = await as(factRef(ids.employment), citizen, { url });
      refused(forged);
      expectNothingLeaked(forged);
    }
  });

  it('refuses a caseworker when the person’s region is unknown (no persons subgraph): fail closed', async () => {
    refused(await as(personFacts(HISTORY), bakuCaseworker, { headers: purpose }));
    const one = await as(factQuery(ids.employment), bakuCaseworker, { headers: purpose });
    refused(one);
    expectNothingLeaked(one);
    refused(await as(factRef(ids.employment), healthCaseworker, { headers: purpose }));
  });

  it('lets a caseworker read their region’s facts with a declared purpose, leaving health facts out without the health scope', async () => {
    const url = withRegions.url;
    const noPurpose = await as(personFacts(HISTORY), bakuCaseworker, { url });
    refused(noPurpose);
    expectNothingLeaked(noPurpose);
    refused(await as(factQuery(ids.employment), bakuCaseworker, { url }));
    const list = await as<PersonFacts>(personFacts(HISTORY), bakuCaseworker, { url, headers: purpose });
    expect(list.errors).toBeUndefined();
    expect(kindsIn(list)).toEqual(['INCOME', 'EMPLOYMENT', 'UNEMPLOYMENT']);
    // Left out in the query itself: pages stay full and hasMore counts only what may be seen.
    const first = await as<PersonFacts>(personFacts(HISTORY, '(page: { limit: 2 })'), bakuCaseworker, { url, headers: purpose });
    expect(first.data?._entities[0]?.facts).toMatchObject({ items: [{ kind: 'INCOME' }, { kind: 'EMPLOYMENT' }], hasMore: true });
    const second = await as<PersonFacts>(personFacts(HISTORY, '(page: { limit: 2, offset: 2 })'), bakuCaseworker, { url, headers: purpose });
    expect(second.data?._entities[0]?.facts).toMatchObject({ items: [{ kind: 'UNEMPLOYMENT' }], hasMore: false });
    const onlyHealth = await as<PersonFacts>(personFacts(HISTORY, '(filter: { kinds: [DISABILITY, MEDICAL_CONDITION] })'), bakuCaseworker, { url, headers: purpose });
    expect(onlyHealth.errors).toBeUndefined();
    expect(onlyHealth.data?._entities[0]?.facts).toEqual({ items: [], hasMore: false });
    expect((await as(factQuery(ids.employment, 'id kind'), bakuCaseworker, { url, headers: purpose })).data).toEqual({ fact: { id: ids.employment, kind: 'EMPLOYMENT' } });
    for (const query of [factQuery(ids.disability), factRef(ids.disability)]) {
      const health = await as(query, bakuCaseworker, { url, headers: purpose });
      refused(health);
      expectNothingLeaked(health, ids.disability);
    }
    // The `health` scope counts only with the health-data role.
    expect(kindsIn(await as<PersonFacts>(personFacts(HISTORY), scopeWithoutRole, { url, headers: purpose }))).toEqual(['INCOME', 'EMPLOYMENT', 'UNEMPLOYMENT']);
    refused(await as(factQuery(ids.disability), scopeWithoutRole, { url, headers: purpose }));
  });

  it('opens health facts to a caseworker with the health scope, in their region only', async () => {
    const url = withRegions.url;
    const list = await as<PersonFacts>(personFacts(HISTORY), healthCaseworker, { url, headers: purpose });
    expect(kindsIn(list)).toEqual(['INCOME', 'EMPLOYMENT', 'DISABILITY', 'UNEMPLOYMENT']);
    const one = await as(factQuery(ids.disability, 'id value { ... on DisabilityValue { group } }'), healthCaseworker, { url, headers: purpose });
    expect(one.data).toEqual({ fact: { id: ids.disability, value: { group: 'III' } } });
    // Aysel's mother lives in Ganja: out of a Baku caseworker's region, whatever the scope.
    const otherRegion = await as<PersonFacts>(personFacts(EVERY_KIND), healthCaseworker, { url, headers: purpose });
    refused(otherRegion);
    expectNothingLeaked(otherRegion);
    const ganjaFacts = await as<PersonFacts>(personFacts(EVERY_KIND, '(filter: { kinds: [INCOME] })'), ENGINE);
    const ganjaIncome = ganjaFacts.data?._entities[0]?.facts.items[0]?.id ?? '';
    refused(await as(factQuery(ganjaIncome), healthCaseworker, { url, headers: purpose }));
    refused(await as(factQuery(UNKNOWN), healthCaseworker, { url, headers: purpose }));
  });

  it('lets an agency feed read single facts of its own agency only, never a person’s list', async () => {
    const own = await as(factQuery(ids.correctedIncome, 'id kind agency { code } value { ... on IncomeValue { amount } }'), taxes);
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({ fact: { id: ids.correctedIncome, kind: 'INCOME', agency: { code: 'taxes' }, value: { amount: '150.00' } } });
    const corrected = await as(factRef(ids.income, 'supersededBy { id }'), taxes);
    expect(corrected.data).toEqual({ _entities: [{ id: ids.income, supersededBy: { id: ids.correctedIncome } }] });
    for (const id of [ids.employment, ids.disability, UNKNOWN]) {
      const other = await as(factQuery(id), taxes);
      refused(other);
      expectNothingLeaked(other, id);
    }
    const forged = await as(factRef(ids.disability), taxes);
    refused(forged);
    expectNothingLeaked(forged);
    // The health agency reads the health facts it supplied: they are its own.
    expect((await as(factQuery(ids.disability, 'id kind'), medical)).data).toEqual({ fact: { id: ids.disability, kind: 'DISABILITY' } });
    for (const url of [service.url, withRegions.url]) {
      const list = await as(personFacts(HISTORY), taxes, { url });
      refused(list);
      expect(list.data ?? null).toBeNull();
      expectNothingLeaked(list);
    }
    refused(await as(factQuery(ids.correctedIncome), { roles: ['agency-feed'], serviceAccount: true }));
  });

  it('lets auditors and administrators read every fact with a declared purpose, the engine without one', async () => {
    for (const staff of [{ roles: ['auditor'] }, { roles: ['registry-admin'] }]) {
      refused(await as(personFacts(HISTORY), staff));
      refused(await as(factQuery(ids.disability), staff));
      expect(kindsIn(await as<PersonFacts>(personFacts(HISTORY), staff, { headers: purpose }))).toEqual(['INCOME', 'EMPLOYMENT', 'DISABILITY', 'UNEMPLOYMENT']);
      expect((await as(factQuery(ids.disability, 'kind'), staff, { headers: purpose })).data).toEqual({ fact: { kind: 'DISABILITY' } });
      expect(errorCodes(await as(factQuery(UNKNOWN), staff, { headers: purpose }))).toEqual(['NOT_FOUND']);
    }
    expect(kindsIn(await as<PersonFacts>(personFacts(HISTORY), ENGINE))).toContain('DISABILITY');
  });

  it('records every granted read of someone else’s facts, and no refused or own read', async () => {
    accessLog.length = 0;
    await as(personFacts(HISTORY, '', 'id supersededBy { id }'), subject);
    await as(factQuery(ids.disability), subject);
    expect(accessLog).toEqual([]);
    await as(personFacts(HISTORY), bakuCaseworker, { url: withRegions.url, headers: purpose });
    expect(accessLog.map((e) => [e.subjectPin, e.viewer.kind, e.fields, e.purpose, e.service])).toEqual([
      [HISTORY, 'caseworker', ['Person.facts', 'Fact.id', 'Fact.kind'], purpose['x-purpose-of-use'], 'agency-facts'],
    ]);
    accessLog.length = 0;
    await as(factQuery(ids.employment, 'id kind'), ENGINE);
    expect(accessLog.map((e) => [e.subjectPin, e.viewer.kind, e.fields, e.purpose])).toEqual([[HISTORY, 'engine', ['Fact.id', 'Fact.kind'], 'AUTOMATED_DECISION']]);
    accessLog.length = 0;
    await as(factQuery(ids.disability), bakuCaseworker, { url: withRegions.url, headers: purpose });
    await as(personFacts(EVERY_KIND), bakuCaseworker, { url: withRegions.url, headers: purpose });
    await as(personFacts(HISTORY), housemate, { url: withRegions.url });
    await as(factQuery(ids.employment), otherCitizen);
    expect(accessLog).toEqual([]);
  });

  it('keeps Person.facts for 8 people in one statement for a caseworker, health facts left out in SQL', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { facts(page: { limit: 2 }) { items { id subject { pin } } } } } }`;
    const reps = (pins: readonly string[]) => pins.map((pin) => ({ __typename: 'Person', pin }));
    const run = (pins: readonly string[]) => as<PersonFacts>(query, bakuCaseworker, { url: withRegions.url, headers: purpose, variables: { r: reps(pins) } });
    const two = await queryCounter.during(() => run(BATCH.slice(0, 2)));
    const eight = await queryCounter.during(() => run(BATCH));
    expect(eight.result.errors).toBeUndefined();
    expect(eight.result.data?._entities.map((e) => e?.facts.items.length)).toEqual(BATCH.map(() => 2));
    expect(two.statements).toBe(1);
    expect(eight.statements).toBe(two.statements);
  });
});

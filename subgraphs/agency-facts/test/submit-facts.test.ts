import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryCounter, startSubgraph, type RunningService } from '@usr/shared';
import { createTestDatabase, createTestTokens, ENGINE, errorCodes, postGraphQL, type TestDatabase, type TestTokenClaims, type TestTokens, startDirectoryStub, type DirectoryStub } from '@usr/shared/testing';
import { factsSubgraph } from '../src/index.ts';
import { SAMPLE_VALUES, UNREGISTERED } from './fixtures.ts';

let db: TestDatabase;
let service: RunningService;
let tokens: TestTokens;
/** The population register (the persons subgraph's register route): every PIN registered but UNREGISTERED. */
let register: DirectoryStub;
let pool: pg.Pool;

const TAXES: TestTokenClaims = { roles: ['agency-feed'], agency: 'taxes', serviceAccount: true };
const PIN = 'SUBM001';

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  register = await startDirectoryStub({ regions: {}, households: {}, unregistered: UNREGISTERED });
  service = await startSubgraph(factsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier, directory: { personsUrl: register.personsUrl } } });
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
});

afterAll(async () => {
  await pool?.end();
  await service?.stop();
  await register?.close();
  await db?.drop();
});

interface Input {
  subjectPin: string;
  kind: string;
  value: unknown;
  validFrom: string;
  validTo?: string | null;
  sourceReference: string;
}
interface Result {
  index: number;
  outcome: string;
  fact: { id: string; sourceReference: string; supersededBy: { id: string } | null; value: { amount?: string } } | null;
  rejection: { code: string; message: string } | null;
}
interface Payload {
  submitFacts: { results: Result[]; accepted: number; superseded: number; duplicate: number; rejected: number };
}

const SUBMIT = `mutation($facts: [FactInput!]!) { submitFacts(facts: $facts) {
  results { index outcome fact { id sourceReference supersededBy { id } value { ... on IncomeValue { amount } } } rejection { code message } }
  accepted superseded duplicate rejected } }`;

const submit = async (facts: readonly Input[], as: TestTokenClaims = TAXES) =>
  postGraphQL<Payload>(service.url, SUBMIT, { facts }, { authorization: await tokens.bearer(as) });
const outcomes = (res: { data?: Payload | null }) => res.data?.submitFacts.results.map((r) => r.outcome);

const income = (ref: string, amount: number, extra: Partial<Input> = {}): Input => ({
  subjectPin: PIN,
  kind: 'INCOME',
  value: { amount, month: '2025-01', source: 'SALARY' },
  validFrom: '2025-01-01',
  validTo: '2025-01-31',
  sourceReference: ref,
  ...extra,
});

const rowCount = async (ref?: string): Promise<number> => {
  const res = await pool.query<{ n: string }>(`select count(*) as n from facts.fact${ref ? ' where source_reference = $1' : ''}`, ref ? [ref] : []);
  return Number(res.rows[0]?.n);
};

interface FactsOf {
  _entities: Array<{ facts: { items: Array<{ id: string; value: { amount: string } }> } }>;
}
const factsOf = async (pin: string, args: string) => {
  const res = await postGraphQL<FactsOf>(
    service.url,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { facts${args} { items { id value { ... on IncomeValue { amount } } } } } } }`,
    { r: [{ __typename: 'Person', pin }] },
    { authorization: await tokens.bearer(ENGINE) },
  );
  expect(res.errors).toBeUndefined();
  return res.data?._entities[0]?.facts.items ?? [];
};

describe('submitFacts: the population register (UNKNOWN_PIN)', () => {
  const JUSTICE: TestTokenClaims = { roles: ['agency-feed'], agency: 'justice', serviceAccount: true };
  const fact = (ref: string, subjectPin: string, kind: string, value: unknown): Input => ({ subjectPin, kind, value, validFrom: '2026-11-20', sourceReference: ref });

  it('rejects a fact about an unregistered person and stores the rest, with ONE register look-up per call', async () => {
    const before = register.requests.length;
    const res = await submit([income('UNK-1', 100), income('UNK-2', 100, { subjectPin: 'UNREG01' }), income('UNK-3', 100, { subjectPin: 'NOTAPIN' })]);
    expect(res.errors).toBeUndefined();
    expect(res.data?.submitFacts.results.map((r) => [r.outcome, r.rejection?.code ?? null])).toEqual([
      ['ACCEPTED', null],
      ['REJECTED', 'UNKNOWN_PIN'],
      ['REJECTED', 'INVALID_PIN'],
    ]);
    expect(res.data?.submitFacts.results[1]?.rejection?.message).not.toContain('UNREG01');
    expect(await rowCount('UNK-2')).toBe(0);
    const lookups = register.requests.slice(before);
    expect(lookups).toHaveLength(1);
    // Only well-formed PINs are asked about, once each, with the agency's own token.
    expect(lookups[0]).toMatchObject({ query: 'register', pins: [PIN, 'UNREG01'] });
    expect(lookups[0]?.authorization).toMatch(/^Bearer /);
  });

  it('accepts a BIRTH whose subject (the newborn) is not registered yet, but not one naming an unregistered mother or father', async () => {
    const res = await submit(
      [
        fact('BIRTH-UNK-1', 'UNREG02', 'BIRTH', { motherPin: '5AZK7P2', districtCode: 'AZ-BA', firstName: 'Nərmin', sex: 'FEMALE' }),
        fact('BIRTH-UNK-2', 'UNREG02', 'BIRTH', { motherPin: 'UNREG03', districtCode: 'AZ-BA' }),
        fact('BIRTH-UNK-3', 'UNREG02', 'BIRTH', { motherPin: '5AZK7P2', fatherPin: 'UNREG01', districtCode: 'AZ-BA' }),
        fact('DEATH-UNK-1', 'UNREG02', 'DEATH', { certificateNumber: 'AA-1' }),
        fact('MARR-UNK-1', '5AZK7P2', 'MARRIAGE', { spousePin: 'UNREG01' }),
      ],
      JUSTICE,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.submitFacts.results.map((r) => [r.outcome, r.rejection?.code ?? null, r.rejection?.message ?? null])).toEqual([
      ['ACCEPTED', null, null],
      ['REJECTED', 'UNKNOWN_PIN', 'value.motherPin is not in the population register.'],
      ['REJECTED', 'UNKNOWN_PIN', 'value.fatherPin is not in the population register.'],
      ['REJECTED', 'UNKNOWN_PIN', 'The subject PIN is not in the population register.'],
      ['REJECTED', 'UNKNOWN_PIN', 'value.spousePin is not in the population register.'],
    ]);
  });

  it('refuses a BIRTH value with unknown keys or a bad sex (strict schema), and keeps the optional names', async () => {
    const res = await submit(
      [
        fact('BIRTH-STRICT-1', 'UNREG02', 'BIRTH', { motherPin: '5AZK7P2', districtCode: 'AZ-BA', sex: 'X' }),
        fact('BIRTH-STRICT-2', 'UNREG02', 'BIRTH', { motherPin: '5AZK7P2', districtCode: 'AZ-BA', weightGrams: 3200 }),
      ],
      JUSTICE,
    );
    expect(res.data?.submitFacts.results.map((r) => r.rejection?.code)).toEqual(['INVALID_VALUE', 'INVALID_VALUE']);
    const stored = await pool.query<{ value: Record<string, unknown> }>(`select value from facts.fact where source_reference = 'BIRTH-UNK-1'`);
    expect(stored.rows[0]?.value).toMatchObject({ firstName: 'Nərmin', sex: 'FEMALE' });
  });

  it('fails the whole call, writing nothing, when the register cannot be asked', async () => {
    const alone = await startSubgraph(factsSubgraph, { databaseUrl: db.url, port: 0, migrate: false, auth: { verifier: tokens.verifier, directory: {} } });
    try {
      const res = await postGraphQL<Payload>(alone.url, SUBMIT, { facts: [income('NOREG-1', 100)] }, { authorization: await tokens.bearer(TAXES) });
      expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(await rowCount('NOREG-1')).toBe(0);
    } finally {
      await alone.stop();
    }
  });
});

describe('submitFacts', () => {
  it('accepts new facts and returns them in input order with counts', async () => {
    const res = await submit([income('ACC-1', 100), income('ACC-2', 200, { value: { amount: 200, month: '2025-01', source: 'RENT', payer: "O'Brien & Co" } })]);
    expect(res.errors).toBeUndefined();
    expect(res.data?.submitFacts).toMatchObject({ accepted: 2, superseded: 0, duplicate: 0, rejected: 0 });
    expect(res.data?.submitFacts.results).toMatchObject([
      { index: 0, outcome: 'ACCEPTED', fact: { sourceReference: 'ACC-1', value: { amount: '100.00' } }, rejection: null },
      { index: 1, outcome: 'ACCEPTED', fact: { sourceReference: 'ACC-2', value: { amount: '200.00' } }, rejection: null },
    ]);
    expect(await rowCount('ACC-1')).toBe(1);
  });

  it('answers DUPLICATE to a replayed batch and writes nothing, whatever the key order of the value', async () => {
    const batch = [income('DUP-1', 300), income('DUP-2', 310)];
    const first = await submit(batch);
    expect(outcomes(first)).toEqual(['ACCEPTED', 'ACCEPTED']);
    const before = await rowCount();
    const replay = await submit([...batch, income('DUP-1', 300, { value: { source: 'SALARY', month: '2025-01', amount: 300 } })]);
    expect(outcomes(replay)).toEqual(['DUPLICATE', 'DUPLICATE', 'DUPLICATE']);
    expect(replay.data?.submitFacts).toMatchObject({ accepted: 0, duplicate: 3 });
    expect(replay.data?.submitFacts.results[0]?.fact?.id).toBe(first.data?.submitFacts.results[0]?.fact?.id);
    expect(await rowCount()).toBe(before);
  });

  it('supersedes a fact sent again with changed content, keeping the old one as history', async () => {
    const pin = 'SUPR001';
    const original = await submit([income('SUP-1', 400, { subjectPin: pin })]);
    const oldId = original.data?.submitFacts.results[0]?.fact?.id ?? '';
    const beforeCorrection = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const corrected = await submit([income('SUP-1', 450, { subjectPin: pin })]);
    expect(corrected.errors).toBeUndefined();
    expect(outcomes(corrected)).toEqual(['SUPERSEDED']);
    const newId = corrected.data?.submitFacts.results[0]?.fact?.id ?? '';
    expect(newId).not.toBe(oldId);
    const rows = await pool.query<{ id: string; superseded_by: string | null; superseded_at: Date | null }>(
      `select id, superseded_by, superseded_at from facts.fact where source_reference = 'SUP-1' order by recorded_at`,
    );
    expect(rows.rows.map((r) => [r.id, r.superseded_by])).toEqual([
      [oldId, newId],
      [newId, null],
    ]);
    expect(rows.rows[0]?.superseded_at).toBeInstanceOf(Date);
    // Current facts: the correction only; history with includeSuperseded; as known before the correction: the original.
    expect((await factsOf(pin, '')).map((f) => f.value.amount)).toEqual(['450.00']);
    expect((await factsOf(pin, '(filter: { includeSuperseded: true })')).map((f) => f.id).sort()).toEqual([oldId, newId].sort());
    expect(await factsOf(pin, `(knownAt: "${beforeCorrection.toISOString()}")`)).toEqual([{ id: oldId, value: { amount: '400.00' } }]);
    expect(await factsOf(pin, `(knownAt: "${new Date().toISOString()}")`)).toEqual([{ id: newId, value: { amount: '450.00' } }]);
    expect(await factsOf(pin, `(knownAt: "2000-01-01T00:00:00Z")`)).toEqual([]);
    // Sending the correction again is a duplicate of the correction.
    expect(outcomes(await submit([income('SUP-1', 450, { subjectPin: pin })]))).toEqual(['DUPLICATE']);
    expect(await rowCount('SUP-1')).toBe(2);
  });

  it('rejects items that break a rule, with a code and a message echoing no submitted data, without blocking the others', async () => {
    const res = await submit([
      income('MIX-OK-1', 500),
      { subjectPin: PIN, kind: 'DISABILITY', value: SAMPLE_VALUES.DISABILITY, validFrom: '2025-01-01', sourceReference: 'MIX-NOT-OWNED' },
      income('MIX-BAD-VALUE', 0, { value: { amount: 'secret-amount-777', month: '2025-01', source: 'SALARY', hiddenKey: 'secret-key-value' } }),
      income('MIX-DATES', 510, { validFrom: '2025-02-01', validTo: '2025-01-31' }),
      income('MIX-PIN', 520, { subjectPin: 'secret-pin-1O' }),
      income('', 530),
      income('x'.repeat(201), 540),
      income('MIX-OK-2', 550),
    ]);
    expect(res.errors).toBeUndefined();
    expect(outcomes(res)).toEqual(['ACCEPTED', 'REJECTED', 'REJECTED', 'REJECTED', 'REJECTED', 'REJECTED', 'REJECTED', 'ACCEPTED']);
    expect(res.data?.submitFacts.results.map((r) => r.rejection?.code ?? null)).toEqual([
      null,
      'KIND_NOT_OWNED',
      'INVALID_VALUE',
      'DATES_REVERSED',
      'INVALID_PIN',
      'INVALID_SOURCE_REFERENCE',
      'INVALID_SOURCE_REFERENCE',
      null,
    ]);
    expect(res.data?.submitFacts).toMatchObject({ accepted: 2, rejected: 6 });
    expect(res.data?.submitFacts.results.filter((r) => r.outcome === 'REJECTED').every((r) => r.fact === null && (r.rejection?.message.length ?? 0) > 0)).toBe(true);
    const text = JSON.stringify(res.data?.submitFacts.results.map((r) => r.rejection));
    for (const secret of ['secret-amount-777', 'secret-key-value', 'hiddenKey', 'secret-pin-1O', PIN]) expect(text).not.toContain(secret);
    for (const ref of ['MIX-NOT-OWNED', 'MIX-BAD-VALUE', 'MIX-DATES', 'MIX-PIN']) expect(await rowCount(ref)).toBe(0);
    expect(await rowCount('MIX-OK-2')).toBe(1);
  });

  it('takes the value as a JSON literal in the query too', async () => {
    const ok = await postGraphQL<Payload>(
      service.url,
      `mutation { submitFacts(facts: [{ subjectPin: "${PIN}", kind: INCOME, value: { amount: 42.5, month: "2025-02", source: "OTHER" }, validFrom: "2025-02-01", sourceReference: "LIT-1" }]) { results { outcome } } }`,
      {},
      { authorization: await tokens.bearer(TAXES) },
    );
    expect(ok.data?.submitFacts.results).toEqual([{ outcome: 'ACCEPTED' }]);
  });

  it('refuses more than 1,000 facts in one call, writing nothing', async () => {
    const before = await rowCount();
    const res = await submit(Array.from({ length: 1001 }, (_, i) => income(`BIG-${i}`, i)));
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(await rowCount()).toBe(before);
  });

  it('stores 1,000 facts in one call', async () => {
    const res = await submit(Array.from({ length: 1000 }, (_, i) => income(`THOUSAND-${i}`, i)));
    expect(res.errors).toBeUndefined();
    expect(res.data?.submitFacts.accepted).toBe(1000);
  });

  it('refuses every caller but an agency feed service account: citizens, caseworkers, auditors, the engine, administrators', async () => {
    const before = await rowCount();
    const purpose = { 'x-purpose-of-use': 'BENEFIT_REVIEW' };
    const callers: TestTokenClaims[] = [
      { roles: ['citizen'], pin: PIN },
      { roles: ['caseworker'], region: 'baku' },
      { roles: ['auditor'] },
      { roles: ['registry-admin'] },
      ENGINE,
      // Holding the agency-feed role too never turns an auditor, the engine or a person into a feed.
      { roles: ['auditor', 'agency-feed'], agency: 'taxes', serviceAccount: true },
      { roles: ['decision-engine', 'agency-feed'], agency: 'taxes', serviceAccount: true },
      { roles: ['agency-feed'], agency: 'taxes' },
      // A feed without an agency claim, or with one outside the catalogue.
      { roles: ['agency-feed'], serviceAccount: true },
      { roles: ['agency-feed'], agency: 'atlantis', serviceAccount: true },
    ];
    for (const caller of callers) {
      const res = await postGraphQL<Payload>(service.url, SUBMIT, { facts: [income('REFUSED-1', 1)] }, { authorization: await tokens.bearer(caller), ...purpose });
      expect(errorCodes(res), JSON.stringify(caller)).toEqual(['FORBIDDEN']);
      expect(res.data ?? null).toBeNull();
    }
    const anonymous = await postGraphQL(service.url, SUBMIT, { facts: [income('REFUSED-1', 1)] });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(await rowCount()).toBe(before);
  });

  it('lets each agency submit its own kinds only', async () => {
    const medical: TestTokenClaims = { roles: ['agency-feed'], agency: 'medical-expertise', serviceAccount: true };
    const res = await submit(
      [
        { subjectPin: PIN, kind: 'DISABILITY', value: SAMPLE_VALUES.DISABILITY, validFrom: '2025-01-01', sourceReference: 'MED-1' },
        income('MED-2', 1),
      ],
      medical,
    );
    expect(res.data?.submitFacts.results.map((r) => r.rejection?.code ?? r.outcome)).toEqual(['ACCEPTED', 'KIND_NOT_OWNED']);
  });

  it('ends concurrent identical submissions with exactly one current fact per source reference', async () => {
    const batch = Array.from({ length: 20 }, (_, i) => income(`CONC-${i}`, 600 + i));
    const [a, b, c] = await Promise.all([submit(batch), submit(batch), submit(batch)]);
    for (const res of [a, b, c]) expect(res.errors).toBeUndefined();
    const accepted = [a, b, c].reduce((n, res) => n + (res.data?.submitFacts.accepted ?? 0), 0);
    const duplicate = [a, b, c].reduce((n, res) => n + (res.data?.submitFacts.duplicate ?? 0), 0);
    expect(accepted).toBe(20);
    expect(duplicate).toBe(40);
    const rows = await pool.query<{ source_reference: string; n: string }>(
      `select source_reference, count(*) as n from facts.fact where source_reference like 'CONC-%' group by source_reference`,
    );
    expect(rows.rows).toHaveLength(20);
    expect(rows.rows.every((r) => r.n === '1')).toBe(true);
  });

  it('keeps one current fact when concurrent corrections race', async () => {
    await submit([income('RACE-1', 700)]);
    const [a, b] = await Promise.all([submit([income('RACE-1', 710)]), submit([income('RACE-1', 710)])]);
    expect([...(outcomes(a) ?? []), ...(outcomes(b) ?? [])].sort()).toEqual(['DUPLICATE', 'SUPERSEDED']);
    const current = await pool.query(`select 1 from facts.fact where source_reference = 'RACE-1' and superseded_by is null`);
    expect(current.rowCount).toBe(1);
    expect(await rowCount('RACE-1')).toBe(2);
  });
});

describe('bitemporal reads of Person.facts', () => {
  const pin = 'BTMPR01';
  it('answers what was true on a date (asOf) and what the registry knew at an instant (knownAt)', async () => {
    const seeded = await submit([
      income('BT-JAN', 100, { subjectPin: pin }),
      income('BT-FEB', 200, { subjectPin: pin, value: { amount: 200, month: '2025-02', source: 'SALARY' }, validFrom: '2025-02-01', validTo: '2025-02-28' }),
      income('BT-OPEN', 300, { subjectPin: pin, value: { amount: 300, month: '2025-03', source: 'SALARY' }, validFrom: '2025-03-01', validTo: null }),
    ]);
    expect(outcomes(seeded)).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED']);
    const amounts = async (args: string) => (await factsOf(pin, args)).map((f) => f.value.amount);
    expect(await amounts('(asOf: "2025-01-31")')).toEqual(['100.00']);
    expect(await amounts('(asOf: "2025-02-01")')).toEqual(['200.00']);
    expect(await amounts('(asOf: "2030-01-01")')).toEqual(['300.00']);
    expect(await amounts('(asOf: "2024-12-31")')).toEqual([]);
    const beforeCorrection = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await submit([income('BT-JAN', 150, { subjectPin: pin })]);
    expect(await amounts('(asOf: "2025-01-15")')).toEqual(['150.00']);
    expect(await amounts(`(asOf: "2025-01-15", knownAt: "${beforeCorrection.toISOString()}")`)).toEqual(['100.00']);
    expect(await amounts(`(knownAt: "${beforeCorrection.toISOString()}")`)).toEqual(['300.00', '200.00', '100.00']);
    expect(await amounts(`(knownAt: "${beforeCorrection.toISOString()}", filter: { includeSuperseded: true })`)).toEqual(['300.00', '200.00', '100.00']);
    expect((await amounts(`(filter: { includeSuperseded: true })`)).sort()).toEqual(['100.00', '150.00', '200.00', '300.00']);
  });

  it('refuses a malformed asOf or knownAt as BAD_USER_INPUT', async () => {
    for (const args of ['(asOf: "2025-02-30")', '(knownAt: "yesterday")']) {
      const res = await postGraphQL(
        service.url,
        `{ _entities(representations: [{ __typename: "Person", pin: "${pin}" }]) { ... on Person { facts${args} { items { id } } } } }`,
        {},
        { authorization: await tokens.bearer(ENGINE) },
      );
      expect(errorCodes(res), args).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('keeps Person.facts with asOf and knownAt to one statement for several people', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { facts(asOf: "2025-01-15", knownAt: "${new Date().toISOString()}") { items { id } } } } }`;
    const run = async (pins: readonly string[]) =>
      postGraphQL(service.url, query, { r: pins.map((p) => ({ __typename: 'Person', pin: p })) }, { authorization: await tokens.bearer(ENGINE) });
    const counted = await queryCounter.during(() => run([pin, PIN, 'SUPR001', 'NOFACT1']));
    expect(counted.result.errors).toBeUndefined();
    expect(counted.statements).toBe(1);
  });
});

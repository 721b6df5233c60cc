import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { BENEFIT_TYPES, startSubgraph, type RunningService } from '@usr/shared';
import { createTestDatabase, createTestTokens, ENGINE, errorCodes, postGraphQL, type TestDatabase, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { benefitsSubgraph } from '../src/index.ts';

/**
 * Rules as data (issue #15): parameter versions seeded from the catalogue, the four eyes (an editor
 * drafts, a different approver decides; nobody decides their own draft, even holding both roles),
 * coverage refusals naming the dates, append-only in the database, and the role matrix of every
 * operation (refused AND allowed).
 */
const editor: TestTokenClaims = { roles: ['rules-editor'], subject: randomUUID(), name: 'Gunel Aliyeva' };
const approver: TestTokenClaims = { roles: ['rules-approver'], subject: randomUUID(), name: 'Rashad Hasanov' };
// Holds both roles, like the demo user rules.approver2.
const both: TestTokenClaims = { roles: ['rules-editor', 'rules-approver'], subject: randomUUID() };
const auditor: TestTokenClaims = { roles: ['auditor'] };
const admin: TestTokenClaims = { roles: ['registry-admin'] };
const citizen: TestTokenClaims = { roles: ['citizen'], pin: '5AZK7P2' };
const caseworker: TestTokenClaims = { roles: ['caseworker'], region: 'baku' };
const appealsOfficer: TestTokenClaims = { roles: ['appeals-officer'] };
// A service account holding an editor role by mistake is not a person: refused.
const robotEditor: TestTokenClaims = { roles: ['rules-editor', 'rules-approver'], serviceAccount: true };

let db: TestDatabase;
let tokens: TestTokens;
let service: RunningService;

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  service = await startSubgraph(benefitsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier } });
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

const gql = async (query: string, variables: Record<string, unknown>, as: TestTokenClaims | null) =>
  postGraphQL(service.url, query, variables, as ? { authorization: await tokens.bearer(as) } : {});

const basis = (en: string) => ({ act: { az: `Akt: ${en}`, ru: `Акт: ${en}`, en: `Act: ${en}` }, article: 'Article 1', date: '2026-11-30', text: { az: `Mətn ${en}`, ru: `Текст ${en}`, en } });
const change = (over: Record<string, unknown> = {}) => ({ benefitCode: 'TSA', name: 'needCriterion', value: 320, effectiveFrom: '2027-01-01', sourced: true, legalBasis: basis('need criterion 2027'), ...over });

const DRAFT = `mutation($input: DraftParameterChangeInput!) { draftParameterChange(input: $input) {
  changed draft { id status draftedBy versions { id status value effectiveFrom supersedes { id } previous { value effectiveFrom } } coverage { ok } }
  error { code message(language: AZ) coverage { kind benefitCode name from until message(language: RU) } } } }`;
const APPROVE = `mutation($id: ID!) { approveParameterDraft(input: { draftId: $id }) { changed draft { id status decidedBy versions { status approvedBy } } error { code } } }`;
const REJECT = `mutation($id: ID!) { rejectParameterDraft(input: { draftId: $id, reason: "Not yet adopted" }) { changed draft { id status rejectionReason versions { status } } error { code } } }`;
const VERSIONS = `query($b: String, $n: String, $s: ParameterStatus) { parameterVersions(benefitCode: $b, name: $n, status: $s) {
  id benefitCode name value unit effectiveFrom effectiveUntil sourced status draftedBy approvedBy legalBasis { act(language: RU) article date text(language: AZ) } } }`;

// Typed as present: the assertions check null where a refusal leaves them out.
type Payload = { changed: boolean; draft: { id: string; status: string; versions: Array<{ id: string; status: string; supersedes: { id: string } | null }> }; error: { code: string; coverage: Array<{ kind: string; from: string; until: string | null; message: string }> } };
const draft = async (as: TestTokenClaims, changes: unknown[], key = randomUUID()) =>
  (await gql(DRAFT, { input: { idempotencyKey: key, reason: 'Budget law 2027', changes } }, as)).data?.['draftParameterChange'] as Payload;

describe('seed', () => {
  it('holds every catalogue value as an approved version with its structured legal basis, and the set has no gap or overlap', async () => {
    const res = await gql(VERSIONS, { s: 'APPROVED' }, auditor);
    expect(res.errors).toBeUndefined();
    const versions = res.data?.['parameterVersions'] as Array<Record<string, unknown>>;
    const expected = BENEFIT_TYPES.flatMap((b) => b.parameters.flatMap((p) => p.values.map((v) => ({ benefitCode: b.code, name: p.name, value: v.value, unit: p.unit, effectiveFrom: v.from, sourced: v.sourced, draftedBy: 'seed', legalBasis: { act: v.basis.act.ru, article: v.basis.article, date: v.basis.date, text: v.basis.text.az } }))));
    expect(versions.map(({ id: _id, effectiveUntil: _u, status: _s, approvedBy: _a, ...rest }) => rest)).toEqual(expect.arrayContaining(expected));
    expect(versions).toHaveLength(expected.length);
    const coverage = await gql(`{ parameterCoverage { ok problems { name } } }`, {}, auditor);
    expect(coverage.data).toEqual({ parameterCoverage: { ok: true, problems: [] } });
  });
});

describe('four eyes', () => {
  it('an editor drafts, a different approver approves; the value is approved and the corrected one superseded; every step is in the decision log', async () => {
    const drafted = await draft(editor, [change({ effectiveFrom: '2026-01-01', value: 310 })]);
    expect(drafted.error).toBeNull();
    const draftId = drafted.draft.id;
    const version = drafted.draft.versions[0];
    expect(version?.status).toBe('DRAFT');
    expect(version?.supersedes).not.toBeNull();
    // Nothing changes until approval: the value in force on 2026-01-01 is still the seeded one.
    const before = (await gql(VERSIONS, { b: 'TSA', n: 'needCriterion', s: 'APPROVED' }, auditor)).data?.['parameterVersions'] as Array<{ value: number; effectiveFrom: string }>;
    expect(before.find((v) => v.effectiveFrom === '2026-01-01')?.value).toBe(300);

    const approved = await gql(APPROVE, { id: draftId }, approver);
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.['approveParameterDraft']).toMatchObject({ changed: true, draft: { status: 'APPROVED', decidedBy: approver.subject, versions: [{ status: 'APPROVED', approvedBy: approver.subject }] }, error: null });
    const after = (await gql(VERSIONS, { b: 'TSA', n: 'needCriterion' }, auditor)).data?.['parameterVersions'] as Array<{ id: string; value: number; effectiveFrom: string; status: string }>;
    expect(after.filter((v) => v.effectiveFrom === '2026-01-01').map((v) => [v.value, v.status])).toEqual([
      [300, 'SUPERSEDED'],
      [310, 'APPROVED'],
    ]);
    // Idempotent: approving again changes nothing.
    expect((await gql(APPROVE, { id: draftId }, approver)).data?.['approveParameterDraft']).toMatchObject({ changed: false, error: null });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const log = await client.query<{ entry_type: string; record_id: string }>(`select entry_type, record_id from benefits.decision_log where entry_type like 'PARAMETER_%' and entry_type <> 'PARAMETER_SEEDED' and record_id = $1 order by seq`, [draftId]);
      expect(log.rows.map((r) => r.entry_type)).toEqual(['PARAMETER_DRAFTED', 'PARAMETER_APPROVED']);
      const chain = await gql(`{ decisionLogChain(fullScan: true) { verified firstBrokenSeq } }`, {}, admin);
      expect(chain.data).toEqual({ decisionLogChain: { verified: true, firstBrokenSeq: null } });
    } finally {
      await client.end();
    }
  });

  it('names who signed: the drafter, the approver and the requester of a dry run by the name their token carried; an account never seen with a name reads as its id', async () => {
    const drafted = await draft(editor, [change({ effectiveFrom: '2027-03-01', value: 333 })]);
    const draftId = drafted.draft.id;
    await gql(APPROVE, { id: draftId }, approver);
    const unnamed = await draft(both, [change({ effectiveFrom: '2027-04-01', value: 334 })]);
    const read = await gql(
      `query($a: ID!, $b: ID!) { a: parameterDraft(id: $a) { draftedBy draftedByName decidedByName versions { draftedByName approvedByName } }
        b: parameterDraft(id: $b) { draftedBy draftedByName decidedByName } }`,
      { a: draftId, b: unnamed.draft.id },
      auditor,
    );
    expect(read.data).toEqual({
      a: { draftedBy: editor.subject, draftedByName: editor.name, decidedByName: approver.name, versions: [{ draftedByName: editor.name, approvedByName: approver.name }] },
      b: { draftedBy: both.subject, draftedByName: null, decidedByName: null },
    });
    // Seeded values were reviewed as code: no signer's name.
    const seeded = await gql(`{ parameterVersions(benefitCode: "TSA", name: "termMonths") { draftedBy draftedByName approvedByName } }`, {}, auditor);
    expect((seeded.data?.['parameterVersions'] as Array<{ draftedBy: string; draftedByName: string | null }>).filter((v) => v.draftedBy === 'seed').every((v) => v.draftedByName === null)).toBe(true);
  });

  it('nobody approves or rejects their own draft, even holding both roles; another approver can', async () => {
    const drafted = await draft(both, [change({ effectiveFrom: '2027-01-01', value: 320 })]);
    const draftId = drafted.draft.id;
    expect((await gql(APPROVE, { id: draftId }, both)).data?.['approveParameterDraft']).toMatchObject({ changed: false, draft: { status: 'PENDING' }, error: { code: 'OWN_DRAFT' } });
    expect((await gql(REJECT, { id: draftId }, both)).data?.['rejectParameterDraft']).toMatchObject({ changed: false, error: { code: 'OWN_DRAFT' } });
    expect((await gql(REJECT, { id: draftId }, approver)).data?.['rejectParameterDraft']).toMatchObject({ changed: true, draft: { status: 'REJECTED', rejectionReason: 'Not yet adopted', versions: [{ status: 'REJECTED' }] } });
    // Decided the other way: NOT_PENDING; the same way again: unchanged.
    expect((await gql(APPROVE, { id: draftId }, approver)).data?.['approveParameterDraft']).toMatchObject({ changed: false, error: { code: 'NOT_PENDING' } });
    expect((await gql(REJECT, { id: draftId }, approver)).data?.['rejectParameterDraft']).toMatchObject({ changed: false, error: null });
  });

  it('the database itself refuses an approval by the drafter and any edit of an approved value', async () => {
    const drafted = await draft(editor, [change({ effectiveFrom: '2028-01-01', value: 330 })]);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await expect(client.query(`update benefits.parameter_draft set status = 'APPROVED', decided_by = drafted_by, decided_at = now() where id = $1`, [drafted.draft.id])).rejects.toThrow(/check/);
      await expect(client.query(`update benefits.parameter_version set value = 1 where status = 'APPROVED' and drafted_by = 'seed'`)).rejects.toThrow(/never edited/);
      await expect(client.query(`delete from benefits.parameter_version where drafted_by = 'seed'`)).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });

  it('a replayed draft answers the same draft and writes nothing', async () => {
    const key = randomUUID();
    const first = await draft(editor, [change({ effectiveFrom: '2029-01-01' })], key);
    const again = await draft(editor, [change({ effectiveFrom: '2029-01-01' })], key);
    expect(again).toMatchObject({ changed: false, draft: { id: first.draft.id } });
  });
});

describe('coverage', () => {
  it('refuses a draft that leaves a gap, naming the dates, and writes nothing', async () => {
    const drafted = await draft(editor, [change({ benefitCode: 'BIRTH_GRANT', name: 'amount', value: 450, effectiveFrom: '2027-01-01', effectiveUntil: '2027-12-31' })]);
    expect(drafted.draft).toBeNull();
    expect(drafted.error).toMatchObject({ code: 'COVERAGE_GAP', coverage: [{ kind: 'GAP', from: '2028-01-01', until: null }] });
    expect(drafted.error.coverage[0]?.message).toContain('2028');
    const versions = (await gql(VERSIONS, { b: 'BIRTH_GRANT', n: 'amount' }, auditor)).data?.['parameterVersions'] as unknown[];
    expect(versions).toHaveLength(1);
  });

  it('refuses a draft that gives one date two values', async () => {
    const drafted = await draft(editor, [change({ effectiveFrom: '2030-01-01', value: 400 }), change({ effectiveFrom: '2030-01-01', value: 401 })]);
    expect(drafted.error).toMatchObject({ code: 'COVERAGE_OVERLAP', coverage: [{ kind: 'OVERLAP', from: '2030-01-01' }] });
  });

  it('refuses an unknown parameter and bad input with a typed error', async () => {
    expect((await draft(editor, [change({ name: 'noSuchThing' })])).error).toMatchObject({ code: 'UNKNOWN_PARAMETER' });
    const bad = await gql(DRAFT, { input: { idempotencyKey: randomUUID(), reason: 'x', changes: [change({ value: -1 })] } }, editor);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const until = await gql(DRAFT, { input: { idempotencyKey: randomUUID(), reason: 'x', changes: [change({ effectiveUntil: '2026-01-01' })] } }, editor);
    expect(errorCodes(until)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('role matrix', () => {
  const everyone: Array<[string, TestTokenClaims | null]> = [
    ['anonymous', null],
    ['citizen', citizen],
    ['caseworker', caseworker],
    ['appeals officer', appealsOfficer],
    ['auditor', auditor],
    ['admin', admin],
    ['engine', ENGINE],
    ['editor', editor],
    ['approver', approver],
    ['service account with rules roles', robotEditor],
  ];
  const refusal = (as: TestTokenClaims | null) => (as === null ? 'UNAUTHENTICATED' : 'FORBIDDEN');

  it('drafting: rules editors only', async () => {
    for (const [who, as] of everyone) {
      const res = await gql(DRAFT, { input: { idempotencyKey: randomUUID(), reason: 'matrix', changes: [change({ effectiveFrom: '2031-01-01' })] } }, as);
      if (who === 'editor') expect(res.data?.['draftParameterChange']).toMatchObject({ changed: true, error: null });
      else expect(errorCodes(res), who).toEqual([refusal(as)]);
    }
  });

  it('approving and rejecting: rules approvers only (another person than the drafter)', async () => {
    for (const [who, as] of everyone) {
      const id = (await draft(editor, [change({ effectiveFrom: '2032-01-01', value: 400 + everyone.findIndex(([w]) => w === who) })])).draft.id;
      const approved = await gql(APPROVE, { id }, as);
      const rejected = await gql(REJECT, { id }, as);
      if (who === 'approver') {
        expect(approved.data?.['approveParameterDraft']).toMatchObject({ changed: true });
        // Approved already: rejecting is NOT_PENDING. Reset for the next role: nothing to do, a new draft each time.
        expect(rejected.data?.['rejectParameterDraft']).toMatchObject({ error: { code: 'NOT_PENDING' } });
        // The next 2032 draft would correct this approved value: fine, supersedesId follows the approved set.
      } else {
        expect(errorCodes(approved), who).toEqual([refusal(as)]);
        expect(errorCodes(rejected), who).toEqual([refusal(as)]);
      }
    }
  });

  it('the history: rules staff, auditors and administrators read it; nobody else', async () => {
    for (const [who, as] of everyone) {
      const res = await gql(`{ parameterVersions(benefitCode: "BIRTH_GRANT") { id } parameterDrafts { id } }`, {}, as);
      if (['editor', 'approver', 'auditor', 'admin'].includes(who)) expect(res.errors, who).toBeUndefined();
      else expect(errorCodes(res), who).toContain(refusal(as));
    }
  });

  it('the snapshot: the engine, auditors and administrators; with the current etag no values are sent again', async () => {
    for (const [who, as] of everyone) {
      const res = await gql(`{ parameterSnapshot { etag versions { id } } }`, {}, as);
      if (['engine', 'auditor', 'admin'].includes(who)) expect(res.errors, who).toBeUndefined();
      else expect(errorCodes(res), who).toContain(refusal(as));
    }
    const first = (await gql(`{ parameterSnapshot { etag versions { id } } }`, {}, ENGINE)).data?.['parameterSnapshot'] as { etag: string; versions: unknown[] };
    expect(first.versions.length).toBeGreaterThan(0);
    const again = await gql(`query($e: String) { parameterSnapshot(ifNoneMatch: $e) { etag versions { id } } }`, { e: first.etag }, ENGINE);
    expect(again.data).toEqual({ parameterSnapshot: { etag: first.etag, versions: null } });
  });

  it('dry runs: requested by rules staff with their job, reported once by the engine', async () => {
    const id = (await draft(editor, [change({ effectiveFrom: '2033-01-01', value: 500 })])).draft.id;
    const REQUEST = `mutation($id: ID!, $k: String!) { requestParameterDryRun(input: { draftId: $id, idempotencyKey: $k, sampleShare: 0.1 }) { created dryRun { id status sampleShare } error { code } } }`;
    for (const [who, as] of everyone) {
      const res = await gql(REQUEST, { id, k: randomUUID() }, as);
      if (who === 'editor' || who === 'approver') expect(res.data?.['requestParameterDryRun'], who).toMatchObject({ created: true, dryRun: { status: 'QUEUED', sampleShare: 0.1 } });
      else expect(errorCodes(res), who).toEqual([refusal(as)]);
    }
    const key = randomUUID();
    const requested = (await gql(REQUEST, { id, k: key }, approver)).data?.['requestParameterDryRun'] as { dryRun: { id: string } };
    expect((await gql(REQUEST, { id, k: key }, approver)).data?.['requestParameterDryRun']).toMatchObject({ created: false, dryRun: { id: requested.dryRun.id } });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const jobs = await client.query(`select data from pgboss.job where name = 'parameters.dry-run' and id::text = $1`, [requested.dryRun.id]);
      expect(jobs.rows).toEqual([{ data: expect.objectContaining({ dryRunId: requested.dryRun.id }) }]);
    } finally {
      await client.end();
    }
    const REPORT = `mutation($id: ID!) { recordParameterDryRunReport(input: { dryRunId: $id, status: DONE, assessed: 10, changed: 2, newlyGranted: 1, newlyRefused: 0, monthlyCostDelta: "40.00", examples: [] }) { created dryRun { status report { assessed changed monthlyCostDelta } } } }`;
    expect(errorCodes(await gql(REPORT, { id: requested.dryRun.id }, approver))).toEqual(['FORBIDDEN']);
    expect((await gql(REPORT, { id: requested.dryRun.id }, ENGINE)).data?.['recordParameterDryRunReport']).toMatchObject({ created: true, dryRun: { status: 'DONE', report: { assessed: 10, changed: 2, monthlyCostDelta: '40.00' } } });
    expect((await gql(REPORT, { id: requested.dryRun.id }, ENGINE)).data?.['recordParameterDryRunReport']).toMatchObject({ created: false });
  });
});

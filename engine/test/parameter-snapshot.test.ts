import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSubgraph, type RunningService } from '@usr/shared';
import { createTestDatabase, createTestTokens, ENGINE, postGraphQL, type TestDatabase, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { benefitsSubgraph } from '@usr/benefits';
import type { GatewayClient, VariablesOf } from '../src/gateway-client.ts';
import type { TypedDocumentString } from '../src/generated/graphql.ts';
import { decisionInput } from '../src/flows/record-outcome.ts';
import { refreshParameters } from '../src/parameter-snapshot.ts';
import { rules } from '../src/rules/index.ts';
import { parameterSnapshotEtag, useCatalogueParameters } from '../src/rules/parameters.ts';
import { member } from './rules/builders.ts';

/**
 * The engine decides with the registry's approved parameters (issue #15 item 5): the snapshot is
 * fetched per etag; an approved value takes effect on its date and not before; a decision records
 * the parameter versions it used (and shows their legal basis in the reader's language); a re-run
 * of a past period uses the values in force then. Against the real benefits subgraph and tokens.
 */
let db: TestDatabase;
let tokens: TestTokens;
let benefits: RunningService;
let client: GatewayClient;

const editor: TestTokenClaims = { roles: ['rules-editor'], subject: randomUUID() };
const approver: TestTokenClaims = { roles: ['rules-approver'], subject: randomUUID() };

const gql = async (query: string, variables: Record<string, unknown>, as: TestTokenClaims) => {
  const res = await postGraphQL(benefits.url, query, variables, { authorization: await tokens.bearer(as) });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data as Record<string, unknown>;
};

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  benefits = await startSubgraph(benefitsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier } });
  client = {
    request: async <TResult, TVariables>(operation: TypedDocumentString<TResult, TVariables>, ...[variables]: VariablesOf<TVariables>) =>
      (await gql(operation.toString(), variables ?? {}, ENGINE)) as TResult,
  };
});

afterAll(async () => {
  useCatalogueParameters();
  await benefits?.stop();
  await db?.drop();
});

const birth = (birthDate: string) => {
  const child = member(birthDate, 'CHILD');
  child.fact('BIRTH', { motherPin: 'M000001', districtCode: 'AZ-BA' }, birthDate);
  const birthFact = child.facts[0];
  if (!birthFact) throw new Error('fixture');
  return { childPin: child.pin, birthDate, motherPin: 'M000001', birthFact };
};

const basis = { act: { az: 'Doğum qrantı haqqında Fərman', ru: 'Указ о пособии при рождении', en: 'Decree on the birth grant' }, article: '2', date: '2026-11-01', text: { az: 'Məbləğ 450 manat', ru: 'Сумма 450 манатов', en: 'Amount 450 manats' } };

describe('parameters at decision time', () => {
  it('an approved value takes effect on its date and not before; decisions record the versions; a past period keeps the old value', async () => {
    expect(await refreshParameters({ client })).toBe(true);
    const seededEtag = parameterSnapshotEtag();
    expect(await refreshParameters({ client })).toBe(false);

    const seeded = rules.birthGrant(birth('2026-12-31'), '2027-01-02');
    expect(seeded?.oneTimeAmount).toBe('400.00');
    const seededVersion = seeded?.parameters.find((p) => p.name === 'amount')?.versionId;
    expect(seededVersion).toMatch(/^[0-9a-f-]{36}$/);

    const drafted = await gql(
      `mutation($input: DraftParameterChangeInput!) { draftParameterChange(input: $input) { draft { id versions { id } } error { code } } }`,
      { input: { idempotencyKey: randomUUID(), reason: 'Decree of November 2026', changes: [{ benefitCode: 'BIRTH_GRANT', name: 'amount', value: 450, effectiveFrom: '2027-01-01', sourced: true, legalBasis: basis }] } },
      editor,
    );
    const draft = (drafted['draftParameterChange'] as { draft: { id: string; versions: Array<{ id: string }> } }).draft;
    // A draft changes nothing for decisions.
    expect(await refreshParameters({ client })).toBe(false);
    expect(rules.birthGrant(birth('2027-01-05'), '2027-01-06')?.oneTimeAmount).toBe('400.00');

    await gql(`mutation($id: ID!) { approveParameterDraft(input: { draftId: $id }) { changed } }`, { id: draft.id }, approver);
    expect(await refreshParameters({ client })).toBe(true);
    expect(parameterSnapshotEtag()).not.toBe(seededEtag);

    // On its date and after: the new value and its version; the day before: the old one.
    const after = rules.birthGrant(birth('2027-01-01'), '2027-01-02');
    expect(after?.oneTimeAmount).toBe('450.00');
    expect(after?.parameters.find((p) => p.name === 'amount')?.versionId).toBe(draft.versions[0]?.id);
    const dayBefore = rules.birthGrant(birth('2026-12-31'), '2027-01-02');
    expect(dayBefore?.oneTimeAmount).toBe('400.00');
    expect(dayBefore?.parameters.find((p) => p.name === 'amount')?.versionId).toBe(seededVersion);
    // A re-run over a past period reads the values in force on its dates.
    expect(rules.birthGrant(birth('2024-06-01'), '2027-02-01')?.oneTimeAmount).toBe('400.00');

    // The decision records the version it used, and names its legal basis in the reader's language.
    if (!after) throw new Error('no decision');
    const recorded = await gql(
      `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }`,
      { input: decisionInput(after, { key: `test:${randomUUID()}`, subjectPin: 'M000001' }) },
      ENGINE,
    );
    const decisionId = (recorded['recordDecision'] as { decision: { id: string } }).decision.id;
    const read = await gql(`query($id: ID!) { decision(id: $id) { parameters { name value versionId basis { act(language: RU) text(language: AZ) } } } }`, { id: decisionId }, ENGINE);
    expect((read['decision'] as { parameters: unknown[] }).parameters).toContainEqual({ name: 'amount', value: 450, versionId: draft.versions[0]?.id, basis: { act: basis.act.ru, text: basis.text.az } });
  });
});

import { randomUUID } from 'node:crypto';
import {
  assertEngine,
  assertMayDecideParameterDrafts,
  assertMayDraftParameters,
  assertMayRequestDryRun,
  assertUuid,
  badUserInput,
  conflict,
  enqueueJobs,
  isOwnDraft,
  notFound,
  QUEUES,
  type AuthenticatedViewer,
  type CoverageProblem,
  type EntityManager,
  type LegalBasis,
  type LocalizedText,
} from '@usr/shared';
import type { BenefitsContext } from '../context.ts';
import type { DryRunReport, ParameterDraft, ParameterDryRun, ParameterVersion } from '../entities/parameter-version.ts';
import type {
  DraftParameterChangeInput,
  LocalizedTextInput,
  ParameterDraftRefInput,
  RecordParameterDryRunReportInput,
  RejectParameterDraftInput,
  RequestParameterDryRunInput,
} from '../generated/resolvers-types.ts';
import { appendToDecisionLog } from './decision-log-store.ts';
import { requestedSample, sameSample, withSeed } from './dry-run-sample.ts';
import { rememberStaffName } from './staff-names.ts';
import { isKnownParameter, problemsAddedBy } from './parameter-coverage.ts';
import { ensureParametersSeeded } from './parameter-seed.ts';
import {
  approvedVersions,
  decideDraft,
  findDraft,
  findDraftByKey,
  findDryRun,
  findDryRunByKey,
  findVersions,
  finishDryRun,
  insertDraft,
  insertDryRun,
  insertVersion,
  lockDraft,
  lockParameters,
  setVersionStatus,
  versionKey,
  type NewVersionRow,
} from './parameter-store.ts';

export type DraftErrorCode = 'UNKNOWN_PARAMETER' | 'COVERAGE_GAP' | 'COVERAGE_OVERLAP' | 'OWN_DRAFT' | 'NOT_PENDING';

/** A four-eyes refusal, as data: what prevented it and, for coverage, the dates. */
export interface DraftError {
  readonly code: DraftErrorCode;
  readonly coverage: readonly CoverageProblem[];
}

export interface DraftPayload {
  readonly draft: ParameterDraft | null;
  readonly changed: boolean;
  readonly error: DraftError | null;
}

export interface DryRunPayload {
  readonly dryRun: ParameterDryRun | null;
  readonly created: boolean;
  readonly error: DraftError | null;
}

const refused = (code: DraftErrorCode, coverage: readonly CoverageProblem[] = []): { error: DraftError } => ({ error: { code, coverage } });

const coverageError = (problems: readonly CoverageProblem[]): DraftError | null =>
  problems.length === 0 ? null : { code: problems.some((p) => p.kind === 'GAP') ? 'COVERAGE_GAP' : 'COVERAGE_OVERLAP', coverage: problems };

const text = (value: string, field: string, max: number): string => {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) throw badUserInput(field, `1 to ${max} characters`);
  return trimmed;
};

const localized = (value: LocalizedTextInput, field: string): LocalizedText => ({
  az: text(value.az, `${field}.az`, 1000),
  ru: text(value.ru, `${field}.ru`, 1000),
  en: text(value.en, `${field}.en`, 1000),
});

type CheckedChange = Omit<NewVersionRow, 'id' | 'status' | 'draftId' | 'supersedesId' | 'draftedBy' | 'createdAt'>;

/** Input checks that need no database: BAD_USER_INPUT names the field, never the value. */
const checkChanges = (input: DraftParameterChangeInput): CheckedChange[] => {
  if (input.changes.length === 0 || input.changes.length > 100) throw badUserInput('input.changes', '1 to 100 changes');
  return input.changes.map((change, i) => {
    const field = `input.changes.${i}`;
    if (!Number.isFinite(change.value) || change.value < 0) throw badUserInput(`${field}.value`, 'a finite number, not negative');
    if (change.effectiveUntil != null && change.effectiveUntil < change.effectiveFrom) throw badUserInput(`${field}.effectiveUntil`, 'not before effectiveFrom');
    const article = change.legalBasis.article?.trim() || null;
    if (article !== null && article.length > 100) throw badUserInput(`${field}.legalBasis.article`, 'at most 100 characters');
    const legalBasis: LegalBasis = {
      act: localized(change.legalBasis.act, `${field}.legalBasis.act`),
      article,
      date: change.legalBasis.date ?? null,
      text: localized(change.legalBasis.text, `${field}.legalBasis.text`),
    };
    return {
      benefitCode: change.benefitCode,
      name: change.name,
      value: change.value,
      effectiveFrom: change.effectiveFrom,
      effectiveUntil: change.effectiveUntil ?? null,
      sourced: change.sourced,
      legalBasis,
    };
  });
};

/**
 * `draftParameterChange`: the draft and its DRAFT versions, refused as data (writing nothing) for an
 * unknown parameter or a change that would break coverage. A replay of the editor's key answers the
 * draft it made.
 */
export const draftParameterChange = async (ctx: BenefitsContext, input: DraftParameterChangeInput): Promise<DraftPayload> => {
  assertMayDraftParameters(ctx.viewer);
  const editor = (ctx.viewer as AuthenticatedViewer).subject;
  const key = text(input.idempotencyKey, 'input.idempotencyKey', 100);
  const reason = text(input.reason, 'input.reason', 2000);
  const changes = checkChanges(input);
  await ensureParametersSeeded(ctx.orm());
  const known = await findDraftByKey(ctx.orm(), editor, key);
  if (known) return { draft: known, changed: false, error: null };
  if (changes.some((c) => !isKnownParameter(c.benefitCode, c.name))) return { draft: null, changed: false, ...refused('UNKNOWN_PARAMETER') };

  return ctx.orm().transactional(async (tx) => {
    await lockParameters(tx);
    const replay = await findDraftByKey(tx, editor, key);
    if (replay) return { draft: replay, changed: false, error: null };
    const approved = await approvedVersions(tx);
    const problem = coverageError(problemsAddedBy(approved, changes));
    if (problem) return { draft: null, changed: false, error: problem };
    const createdAt = new Date().toISOString();
    const draft = { id: randomUUID(), status: 'PENDING' as const, reason, draftedBy: editor, createdAt, idempotencyKey: key };
    await insertDraft(tx, draft);
    await rememberStaffName(tx, ctx.viewer as AuthenticatedViewer);
    const inForce = new Map(approved.map((v) => [versionKey(v.benefitCode, v.name, v.effectiveFrom), v.id]));
    const rows: NewVersionRow[] = changes.map((c) => ({
      ...c,
      id: randomUUID(),
      status: 'DRAFT',
      draftId: draft.id,
      supersedesId: inForce.get(versionKey(c.benefitCode, c.name, c.effectiveFrom)) ?? null,
      draftedBy: editor,
      createdAt,
    }));
    for (const row of rows) await insertVersion(tx, row);
    await appendToDecisionLog(tx, [{ entryType: 'PARAMETER_DRAFTED', recordId: draft.id, payload: { ...draft, versions: rows.map((r) => ({ ...r, legalBasis: { ...r.legalBasis } })) } }]);
    return { draft: await findDraft(tx, draft.id), changed: true, error: null };
  });
};

/** Loads and locks a draft for a decision on it; the four-eyes refusals as data. */
const openDraft = async (tx: EntityManager, ctx: BenefitsContext, draftId: string, wanted: 'APPROVED' | 'REJECTED'): Promise<{ draft: ParameterDraft } | DraftPayload> => {
  await lockParameters(tx);
  await lockDraft(tx, draftId);
  const draft = await findDraft(tx, draftId);
  if (!draft) throw notFound('ParameterDraft');
  if (isOwnDraft(ctx.viewer, draft.draftedBy)) return { draft, changed: false, ...refused('OWN_DRAFT') };
  if (draft.status === wanted) return { draft, changed: false, error: null };
  if (draft.status !== 'PENDING') return { draft, changed: false, ...refused('NOT_PENDING') };
  return { draft };
};

/**
 * `approveParameterDraft`: by a rules approver who did not draft it. Re-checks coverage against the
 * approved set as it is now (another approval may have come in between); supersedes the approved
 * versions its values correct; the versions take effect on their dates.
 */
export const approveParameterDraft = async (ctx: BenefitsContext, input: ParameterDraftRefInput): Promise<DraftPayload> => {
  assertMayDecideParameterDrafts(ctx.viewer);
  const approver = (ctx.viewer as AuthenticatedViewer).subject;
  const draftId = assertUuid(input.draftId, 'input.draftId');
  await ensureParametersSeeded(ctx.orm());
  return ctx.orm().transactional(async (tx) => {
    const opened = await openDraft(tx, ctx, draftId, 'APPROVED');
    if ('changed' in opened) return opened;
    const versions = await findVersions(tx, { draftId });
    const approved = await approvedVersions(tx);
    const inForce = new Map(approved.map((v) => [versionKey(v.benefitCode, v.name, v.effectiveFrom), v]));
    // A value another approval has corrected since this draft was made would be overwritten unseen.
    const stale = versions.filter((v) => (inForce.get(versionKey(v.benefitCode, v.name, v.effectiveFrom))?.id ?? null) !== v.supersedesId);
    if (stale.length > 0) return { draft: opened.draft, changed: false, ...refused('COVERAGE_OVERLAP', stale.map((v) => ({ kind: 'OVERLAP' as const, benefitCode: v.benefitCode, name: v.name, from: v.effectiveFrom, until: v.effectiveUntil ?? v.effectiveFrom }))) };
    const problem = coverageError(problemsAddedBy(approved, versions));
    if (problem) return { draft: opened.draft, changed: false, error: problem };
    const at = new Date();
    const superseded = versions.flatMap((v) => (v.supersedesId ? [v.supersedesId] : []));
    await setVersionStatus(tx, superseded, 'SUPERSEDED', null, at);
    await setVersionStatus(tx, versions.map((v) => v.id), 'APPROVED', approver, at);
    await decideDraft(tx, draftId, 'APPROVED', approver, at, null);
    await rememberStaffName(tx, ctx.viewer as AuthenticatedViewer);
    await appendToDecisionLog(tx, [
      { entryType: 'PARAMETER_APPROVED', recordId: draftId, payload: { draftId, approvedBy: approver, at: at.toISOString(), approved: versions.map((v) => v.id), superseded } },
    ]);
    return { draft: await findDraft(tx, draftId), changed: true, error: null };
  });
};

/** `rejectParameterDraft`: by a rules approver who did not draft it, with a reason; its versions are never used. */
export const rejectParameterDraft = async (ctx: BenefitsContext, input: RejectParameterDraftInput): Promise<DraftPayload> => {
  assertMayDecideParameterDrafts(ctx.viewer);
  const approver = (ctx.viewer as AuthenticatedViewer).subject;
  const draftId = assertUuid(input.draftId, 'input.draftId');
  const reason = text(input.reason, 'input.reason', 2000);
  return ctx.orm().transactional(async (tx) => {
    const opened = await openDraft(tx, ctx, draftId, 'REJECTED');
    if ('changed' in opened) return opened;
    const versions: ParameterVersion[] = await findVersions(tx, { draftId });
    const at = new Date();
    await setVersionStatus(tx, versions.map((v) => v.id), 'REJECTED', null, at);
    await decideDraft(tx, draftId, 'REJECTED', approver, at, reason);
    await rememberStaffName(tx, ctx.viewer as AuthenticatedViewer);
    await appendToDecisionLog(tx, [{ entryType: 'PARAMETER_REJECTED', recordId: draftId, payload: { draftId, rejectedBy: approver, at: at.toISOString(), reason, rejected: versions.map((v) => v.id) } }]);
    return { draft: await findDraft(tx, draftId), changed: true, error: null };
  });
};

/** `requestParameterDryRun`: the dry run and its `parameters.dry-run` job in one transaction. */
export const requestParameterDryRun = async (ctx: BenefitsContext, input: RequestParameterDryRunInput): Promise<DryRunPayload> => {
  assertMayRequestDryRun(ctx.viewer);
  const requester = (ctx.viewer as AuthenticatedViewer).subject;
  const draftId = assertUuid(input.draftId, 'input.draftId');
  const key = text(input.idempotencyKey, 'input.idempotencyKey', 100);
  const sample = requestedSample(input);
  // The same key answers the same dry run; for another draft or sample it is a mistake, refused.
  const replay = (known: ParameterDryRun): DryRunPayload => {
    if (known.draftId !== draftId || !sameSample(known, sample)) throw conflict('This idempotency key was used for a dry run of another draft or sample; use a new key.');
    return { dryRun: known, created: false, error: null };
  };
  const known = await findDryRunByKey(ctx.orm(), requester, key);
  if (known) return replay(known);
  const draft = await findDraft(ctx.orm(), draftId);
  if (!draft) throw notFound('ParameterDraft');
  if (draft.status !== 'PENDING') return { dryRun: null, created: false, ...refused('NOT_PENDING') };
  const row = { id: randomUUID(), draftId, status: 'QUEUED' as const, ...withSeed(sample), requestedBy: requester, requestedAt: new Date().toISOString(), idempotencyKey: key };
  const inserted = await ctx.orm().transactional(async (tx) => {
    // A concurrent retry with the same key inserts nothing here and answers the row it inserted.
    if (!(await insertDryRun(tx, row))) return false;
    await rememberStaffName(tx, ctx.viewer as AuthenticatedViewer);
    await enqueueJobs(tx, QUEUES.parametersDryRun, [{ id: row.id, data: { dryRunId: row.id } }]);
    return true;
  });
  if (!inserted) {
    const winner = await findDryRunByKey(ctx.orm(), requester, key);
    if (!winner) throw new Error('A dry run was neither inserted nor found.');
    return replay(winner);
  }
  return { dryRun: await findDryRun(ctx.orm(), row.id), created: true, error: null };
};

/** `recordParameterDryRunReport`: the engine's figures (DONE) or its failure (FAILED); once. */
export const recordParameterDryRunReport = async (ctx: BenefitsContext, input: RecordParameterDryRunReportInput): Promise<DryRunPayload> => {
  assertEngine(ctx.viewer, 'Only the decision engine records a dry run report.');
  const id = assertUuid(input.dryRunId, 'input.dryRunId');
  if (input.status === 'QUEUED') throw badUserInput('input.status', 'DONE or FAILED');
  const report: DryRunReport | null =
    input.status === 'DONE'
      ? {
          assessed: count(input.assessed, 'assessed'),
          changed: count(input.changed, 'changed'),
          newlyGranted: count(input.newlyGranted, 'newlyGranted'),
          newlyRefused: count(input.newlyRefused, 'newlyRefused'),
          monthlyCostDelta: input.monthlyCostDelta ?? '0.00',
          examples: (input.examples ?? []).slice(0, 50).map((e) => ({ benefitCode: e.benefitCode, subjectPin: e.subjectPin, before: e.before ?? null, after: e.after ?? null })),
          distribution: (input.distribution ?? []).slice(0, 50).map((b) => ({ from: b.from ?? null, to: b.to ?? null, decisions: count(b.decisions, 'distribution.decisions') })),
        }
      : null;
  const existing = await findDryRun(ctx.orm(), id);
  if (!existing) throw notFound('ParameterDryRun');
  const created = await finishDryRun(ctx.orm(), id, input.status, report, new Date());
  return { dryRun: await findDryRun(ctx.orm(), id), created, error: null };
};

const count = (value: number | null | undefined, field: string): number => {
  if (value == null || !Number.isInteger(value) || value < 0) throw badUserInput(`input.${field}`, 'a whole number, not negative');
  return value;
};

import { assertAuthenticated, assertMayReadPersonalData, assertUuid, badUserInput, checkpointPage, forbidden, heldCheckpoints, requireChainSigner, type HeldCheckpointInput } from '@usr/shared';
import type { BenefitsContext } from '../context.ts';
import type { Assignment } from '../entities/assignment.ts';
import { findActiveOn, findEndingBetween, findExpiringBefore, type Keyset } from './assignment-store.ts';
import { findCurrentDecisionsUsingFacts } from './decision-store.ts';
import type { Decision } from '../entities/decision.ts';
import { decisionLogChainStore, verifyDecisionLog } from './decision-log-store.ts';
import { assertMayListAssignments } from './write-access.ts';

export const DEFAULT_PAGE = 1000;
export const MAX_PAGE = 5000;

export interface AssignmentPage {
  readonly items: Assignment[];
  readonly nextAfter: string | null;
  readonly hasMore: boolean;
}

const parseKeyset = (page: { after?: string | null; limit?: number | null } | null | undefined): Keyset => {
  const limit = page?.limit ?? DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw badUserInput('page.limit', `must be between 1 and ${MAX_PAGE}`);
  const after = page?.after === null || page?.after === undefined ? null : assertUuid(page.after, 'page.after');
  return { after, limit };
};

/**
 * A keyset page of assignments for the engine (payroll, sweep) and for auditors: refusals first
 * (no token, agency, staff without purpose, anyone but engine/auditor/admin), then one query; every
 * beneficiary handed out is recorded in the access log like any other read.
 */
const listPage = async (
  ctx: BenefitsContext,
  page: { after?: string | null; limit?: number | null } | null | undefined,
  fields: readonly string[],
  find: (keyset: Keyset) => Promise<Assignment[]>,
): Promise<AssignmentPage> => {
  assertMayReadPersonalData(ctx.viewer, ctx.purpose);
  assertMayListAssignments(ctx.viewer);
  const keyset = parseKeyset(page);
  const rows = await find(keyset);
  const items = rows.slice(0, keyset.limit);
  await ctx.rules.listedRecords('Assignment', items.map((a) => a.beneficiaryPin), fields);
  const hasMore = rows.length > keyset.limit;
  return { items, hasMore, nextAfter: hasMore ? (items[items.length - 1]?.id ?? null) : null };
};

/** `activeAssignments`: what payroll pays on `on`. */
export const activeAssignments = (ctx: BenefitsContext, on: string, page: Parameters<typeof parseKeyset>[0], fields: readonly string[]) =>
  listPage(ctx, page, fields, (keyset) => findActiveOn(ctx.orm(), on, keyset));

/** `expiringAssignments`: what the sweep of `on` ends. */
export const expiringAssignments = (ctx: BenefitsContext, on: string, page: Parameters<typeof parseKeyset>[0], fields: readonly string[]) =>
  listPage(ctx, page, fields, (keyset) => findExpiringBefore(ctx.orm(), on, keyset));

/** `assignmentsEndingBetween`: the TSA terms the sweep of a day renews. */
export const assignmentsEndingBetween = (ctx: BenefitsContext, from: string, to: string, page: Parameters<typeof parseKeyset>[0], fields: readonly string[]) => {
  if (from > to) throw badUserInput('to', 'must not be before from');
  return listPage(ctx, page, fields, (keyset) => findEndingBetween(ctx.orm(), 'TSA', from, to, keyset));
};

const MAX_FACT_IDS = 100;

/**
 * `decisionsUsingFacts`: the decisions in force that a superseded fact fed, for the engine to
 * re-decide (and for auditors); every subject handed out is logged like any read.
 */
export const decisionsUsingFacts = async (ctx: BenefitsContext, factIds: readonly string[], fields: readonly string[]): Promise<Decision[]> => {
  assertMayReadPersonalData(ctx.viewer, ctx.purpose);
  assertMayListAssignments(ctx.viewer);
  if (factIds.length > MAX_FACT_IDS) throw badUserInput('factIds', `at most ${MAX_FACT_IDS}`);
  const ids = factIds.map((id, i) => assertUuid(id, `factIds.${i}`));
  const decisions = await findCurrentDecisionsUsingFacts(ctx.orm(), ids);
  await ctx.rules.listedRecords('Decision', decisions.map((d) => d.subjectPin), fields);
  return decisions;
};

const assertAuditor = (ctx: BenefitsContext) => {
  assertAuthenticated(ctx.viewer);
  if (ctx.viewer.kind !== 'auditor' && ctx.viewer.kind !== 'admin') throw forbidden('Only auditors and administrators verify the decision log.');
};

/** `decisionLogChain` (auditors and admins, by the SDL): resumed after the newest signed checkpoint, or from the start. */
export const decisionLogChain = (ctx: BenefitsContext, against: readonly HeldCheckpointInput[] | null | undefined, full: boolean | null | undefined) => {
  assertAuditor(ctx);
  const held = heldCheckpoints('decision-log', against);
  return verifyDecisionLog(ctx.orm().fork(), requireChainSigner(ctx.chainSigner), { held, full: full ?? false });
};

/** `decisionLogCheckpoints`: the signed checkpoints, oldest first, with the key that verifies them. */
export const decisionLogCheckpoints = async (ctx: BenefitsContext, afterSeq: string | null | undefined, limit: number | null | undefined) => {
  assertAuditor(ctx);
  const page = checkpointPage(afterSeq, limit);
  const signer = requireChainSigner(ctx.chainSigner);
  return { checkpoints: await decisionLogChainStore(ctx.orm().fork()).all(page.limit, page.afterSeq), keyId: signer.keyId, publicKey: signer.publicKeyPem };
};

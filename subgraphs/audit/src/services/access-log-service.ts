import {
  accessLogContent,
  assertPin,
  badUserInput,
  checkpointPage,
  forbidden,
  heldCheckpoints,
  parsePage,
  requireChainSigner,
  toPageResult,
  verifyChainFromCheckpoint,
  type ChainSigner,
  type EntityManager,
  type HeldCheckpointInput,
  type PageArgs,
} from '@usr/shared';
import type { AccessLogEntry } from '../entities/access-log-entry.ts';
import type { AuditContext } from '../context.ts';
import { accessLogChainStore, findEntries, type AccessLogCriteria } from './access-log-store.ts';

const PAGE_BOUNDS = { defaultLimit: 20, maxLimit: 200, maxOffset: 10_000 };

/** A person's own access log: themself, auditors and admins (the SDL already keeps others out). */
export const personAccessLog = async (ctx: AuditContext, pin: string, pageArgs: PageArgs | null | undefined, before?: string | null) => {
  assertPin(pin);
  const { viewer } = ctx;
  if (viewer.kind === 'citizen' && viewer.pin !== pin) throw forbidden('Citizens may read only their own access log.');
  if (before != null && !/^[1-9][0-9]{0,18}$/.test(before)) throw badUserInput('before', 'the seq of an access-log entry');
  const page = parsePage(pageArgs, PAGE_BOUNDS);
  // Keyset: a later page costs what the first does, past the offset bound ("download all my data").
  if (before != null && page.offset > 0) throw badUserInput('page.offset', 'not given together with before');
  return toPageResult(await findEntries(ctx.orm(), { subjectPin: pin, beforeSeq: before ?? undefined }, page), page);
};

export const searchAccessLog = async (ctx: AuditContext, criteria: AccessLogCriteria, pageArgs: PageArgs | null | undefined) => {
  if (criteria.subjectPin) assertPin(criteria.subjectPin, 'filter.subjectPin');
  if (criteria.from && criteria.to && criteria.from > criteria.to) throw badUserInput('filter.from', 'must not be after filter.to');
  const page = parsePage(pageArgs, PAGE_BOUNDS);
  return toPageResult(await findEntries(ctx.orm(), criteria, page), page);
};

/** What an access-log entry's hash covers (the stored row read back). */
const contentOf = (row: AccessLogEntry) => accessLogContent({ ...row, seq: Number(row.seq) });

/**
 * Checks the held checkpoints and the newest stored one, recomputes the entries after it only, and
 * signs a checkpoint at the end (shared with `npm run verify:access-log`).
 */
export const verifyAccessLog = (em: EntityManager, signer: ChainSigner, against: readonly HeldCheckpointInput[] | null | undefined, full = false) =>
  verifyChainFromCheckpoint(accessLogChainStore(em), contentOf, signer, { held: heldCheckpoints('access-log', against), full });

export const verifyChain = (ctx: AuditContext, against: readonly HeldCheckpointInput[] | null | undefined, full: boolean | null | undefined) =>
  verifyAccessLog(ctx.orm().fork(), requireChainSigner(ctx.chainSigner), against, full ?? false);

/** The signed checkpoints, oldest first, with the public key an auditor verifies them with. */
export const exportCheckpoints = async (ctx: AuditContext, afterSeq: string | null | undefined, limit: number | null | undefined) => {
  const page = checkpointPage(afterSeq, limit);
  const signer = requireChainSigner(ctx.chainSigner);
  return { checkpoints: await accessLogChainStore(ctx.orm().fork()).all(page.limit, page.afterSeq), keyId: signer.keyId, publicKey: signer.publicKeyPem };
};

import { assertPin, badUserInput, accessLogContent, forbidden, parsePage, toPageResult, verifyHashChain, type PageArgs } from '@usr/shared';
import type { AuditContext } from '../context.ts';
import { entriesInOrder, findEntries, type AccessLogCriteria } from './access-log-store.ts';

const PAGE_BOUNDS = { defaultLimit: 20, maxLimit: 200, maxOffset: 10_000 };

/** A person's own access log: themself, auditors and admins (the SDL already keeps others out). */
export const personAccessLog = async (ctx: AuditContext, pin: string, pageArgs: PageArgs | null | undefined) => {
  assertPin(pin);
  const { viewer } = ctx;
  if (viewer.kind === 'citizen' && viewer.pin !== pin) throw forbidden('Citizens may read only their own access log.');
  const page = parsePage(pageArgs, PAGE_BOUNDS);
  return toPageResult(await findEntries(ctx.em, { subjectPin: pin }, page), page);
};

export const searchAccessLog = async (ctx: AuditContext, criteria: AccessLogCriteria, pageArgs: PageArgs | null | undefined) => {
  if (criteria.subjectPin) assertPin(criteria.subjectPin, 'filter.subjectPin');
  if (criteria.from && criteria.to && criteria.from > criteria.to) throw badUserInput('filter.from', 'must not be after filter.to');
  const page = parsePage(pageArgs, PAGE_BOUNDS);
  return toPageResult(await findEntries(ctx.em, criteria, page), page);
};

/** Recomputes every hash from the genesis; the first mismatch is where the log was altered. */
export const verifyChain = (ctx: AuditContext) =>
  verifyHashChain(entriesInOrder(ctx.em.fork()), (row) => accessLogContent({ ...row, seq: Number(row.seq) }));

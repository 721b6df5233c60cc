import { randomUUID } from 'node:crypto';
import { assertUuid, badUserInput, forbidden, isAuthenticated, unauthenticated } from '@usr/shared';
import type { FactsContext } from '../context.ts';
import type { CorrectionRequest } from './correction-request.ts';
import { mapCorrectionRows } from './correction-store.ts';

const MAX_REASON = 1000;

/**
 * `referFactFromAppeal`: the decision engine files, for an appeal an appeals officer referred, a
 * correction request against the fact with the agency that supplied it. It joins the agency's
 * queue like a citizen's request (same table, same answers) and names the appeal. Idempotent by
 * (appeal, fact); a request of the citizen already OPEN against the fact is answered instead, so
 * the agency answers once. A superseded fact is BAD_USER_INPUT (already corrected).
 */
export const referFactFromAppeal = async (ctx: FactsContext, input: { appealId: string; factId: string; reason: string }): Promise<{ request: CorrectionRequest; created: boolean }> => {
  if (!isAuthenticated(ctx.viewer)) throw unauthenticated();
  if (ctx.viewer.kind !== 'engine') throw forbidden('Only the decision engine files a referral from an appeal.');
  const appealId = assertUuid(input.appealId, 'input.appealId');
  const factId = assertUuid(input.factId, 'input.factId');
  const reason = input.reason.trim();
  if (reason.length === 0 || reason.length > MAX_REASON) throw badUserInput('input.reason', `must be 1 to ${MAX_REASON} characters and not blank`);
  const fact = await ctx.loaders.factById.load(factId);
  if (!fact) throw badUserInput('input.factId', 'no such fact');
  const conn = ctx.orm().getConnection();
  const known = await conn.execute<Record<string, unknown>[]>(`select * from facts.correction_request where appeal_id = ?::uuid and fact_id = ?::uuid`, [appealId, factId]);
  const knownRequest = mapCorrectionRows(ctx.orm(), known)[0];
  if (knownRequest) return { request: knownRequest, created: false };
  if (fact.supersededBy) throw badUserInput('input.factId', 'the fact was superseded by a correction already');
  const regionCode = (await ctx.directory.regionOf(fact.subjectPin)) ?? null;
  const rows = await conn.execute<Record<string, unknown>[]>(
    `insert into facts.correction_request (id, fact_id, subject_pin, agency_code, reason, status, region_code, appeal_id)
     values (?::uuid, ?::uuid, ?, ?, ?, 'OPEN', ?, ?::uuid)
     on conflict do nothing
     returning *`,
    [randomUUID(), fact.id, fact.subjectPin, fact.agencyCode, reason, regionCode, appealId],
  );
  const created = mapCorrectionRows(ctx.orm(), rows)[0];
  if (created) return { request: created, created: true };
  // The citizen's own OPEN request against the fact (or a racing referral) stands for this one.
  const open = mapCorrectionRows(ctx.orm(), await conn.execute<Record<string, unknown>[]>(`select * from facts.correction_request where fact_id = ?::uuid and status = 'OPEN' order by requested_at limit 1`, [fact.id]))[0];
  if (!open) throw new Error('A referral was neither filed nor found.');
  return { request: open, created: false };
};

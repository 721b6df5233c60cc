import { assertUuid, forbidden } from '@usr/shared';
import type { BenefitsContext } from '../context.ts';
import type { Application } from '../entities/application.ts';
import { markApplicationWithdrawn, readApplication } from './application-store.ts';
import { applyingCitizen, REFUSED_WRITE } from './write-access.ts';

export interface WithdrawResult {
  readonly application: Application;
  readonly changed: boolean;
  readonly error: { readonly code: 'ALREADY_DECIDED' } | null;
}

/**
 * `withdrawApplication`: the applicant withdraws an application not yet decided. Someone else's
 * application and an unknown id get the same refusal, so ids cannot be probed. The update only
 * moves a SUBMITTED row, so it races safely with the engine's decision (recordDecision refuses a
 * withdrawn application; the engine skips one). Idempotent: withdrawing again changes nothing.
 */
export const withdrawApplication = async (ctx: BenefitsContext, applicationId: string): Promise<WithdrawResult> => {
  const pin = applyingCitizen(ctx.viewer);
  const id = assertUuid(applicationId, 'applicationId');
  const current = await ctx.loaders.applicationById.load(id);
  if (!current || current.applicantPin !== pin) throw forbidden(REFUSED_WRITE.withdraw);
  const withdrawn = await markApplicationWithdrawn(ctx.orm(), id, new Date());
  if (withdrawn) return { application: withdrawn, changed: true, error: null };
  // Not SUBMITTED any more: read it again (it may have been decided a moment ago).
  const application = (await readApplication(ctx.orm(), id)) ?? current;
  return application.status === 'WITHDRAWN' ? { application, changed: false, error: null } : { application, changed: false, error: { code: 'ALREADY_DECIDED' } };
};

import type { AppealStepJob } from '@usr/shared';
import type { EngineContext } from '../context.ts';
import { found } from '../gateway-client.ts';
import { graphql } from '../generated/gql.ts';
import type { SmsTemplate } from '../sms/index.ts';
import { notify } from './record-outcome.ts';
import { redecide, type Redecision } from './redecide.ts';

const APPEAL = graphql(`
  query EngineAppeal($id: ID!) {
    appeal(id: $id) { id status reviewDeadline appellant { pin } currentDecision { id benefitType { code } } timeline { id kind reason factId } }
  }
`);
const TO_REVIEW = graphql(`
  mutation EngineAppealToReview($input: AppealRefInput!) { sendAppealToReview(input: $input) { appeal { reviewDeadline } } }
`);
const REFER_FACT = graphql(`
  mutation EngineReferFact($input: ReferFactFromAppealInput!) { referFactFromAppeal(input: $input) { requestId } }
`);

const TEMPLATE: Record<string, SmsTemplate> = {
  FILED: 'APPEAL_FILED',
  REDECIDED: 'APPEAL_REDECIDED',
  SENT_TO_REVIEW: 'APPEAL_IN_REVIEW',
  PURSUED: 'APPEAL_IN_REVIEW',
  UPHELD: 'APPEAL_UPHELD',
  REFERRED: 'APPEAL_REFERRED',
  SETTLED: 'APPEAL_SETTLED',
};

export interface AppealStepOutcome {
  readonly kind: string;
  readonly redecision?: Redecision;
  readonly notificationId: string;
}

/**
 * appeals.step: one step of an appeal's timeline. FILED: the engine re-decides the decision on
 * today's facts (redecide, key by the appeal); a changed outcome is recorded as a replacement, which
 * moves the appeal to REDECIDED in the benefits subgraph; an unchanged one sends the appeal to the
 * review queue (sendAppealToReview). REFERRED: the fact goes to its agency as a correction request
 * (referFactFromAppeal). Every step: an SMS to the appellant, keyed by the event. All idempotent.
 */
export const onAppealStep = async (ctx: EngineContext, job: AppealStepJob): Promise<AppealStepOutcome> => {
  const appeal = found((await ctx.client.request(APPEAL, { id: job.appealId })).appeal, 'The appeal');
  const event = appeal.timeline.find((e) => e.id === job.eventId);
  if (!event) throw new Error('The appeal step is not in the appeal’s timeline.');
  let redecision: Redecision | undefined;
  let reviewDeadline = appeal.reviewDeadline ?? null;
  if (event.kind === 'FILED' && appeal.status === 'FILED') {
    redecision = await redecide(ctx, appeal.currentDecision.id, { kind: 'APPEAL', appealId: appeal.id });
    if (!redecision.changed) {
      const { sendAppealToReview } = await ctx.client.request(TO_REVIEW, { input: { appealId: appeal.id } });
      reviewDeadline = sendAppealToReview.appeal?.reviewDeadline ?? null;
    }
  }
  if (event.kind === 'REFERRED' && event.factId) {
    await ctx.client.request(REFER_FACT, { input: { appealId: appeal.id, factId: event.factId, reason: event.reason ?? 'Referred by an appeals officer.' } });
  }
  const template = TEMPLATE[event.kind] ?? 'APPEAL_FILED';
  const notificationId = await notify(ctx, `appeal:${event.id}`, appeal.appellant.pin, template, {
    benefitCode: appeal.currentDecision.benefitType.code,
    deadline: reviewDeadline ?? undefined,
  });
  return redecision ? { kind: event.kind, redecision, notificationId } : { kind: event.kind, notificationId };
};

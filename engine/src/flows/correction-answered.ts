import type { CorrectionAnsweredJob } from '@usr/shared';
import type { EngineContext } from '../context.ts';
import type { SmsTemplate } from '../sms/templates.ts';
import { notify } from './record-outcome.ts';

const TEMPLATES: Record<CorrectionAnsweredJob['status'], SmsTemplate> = {
  CONFIRMED: 'CORRECTION_CONFIRMED',
  CORRECTED: 'CORRECTION_CORRECTED',
  REJECTED: 'CORRECTION_REJECTED',
  FORWARDED: 'CORRECTION_FORWARDED',
};

/**
 * corrections.answered: tells the citizen, in their language, that their correction request was
 * answered (or forwarded to the agency) and what happens next. Keyed by request and status, so a
 * retried job queues the SMS once; a request forwarded then answered gets one SMS for each step.
 */
export const onCorrectionAnswered = (ctx: EngineContext, job: CorrectionAnsweredJob): Promise<string> =>
  notify(ctx, `CORRECTION:${job.requestId}:${job.status}`, job.subjectPin, TEMPLATES[job.status], {});

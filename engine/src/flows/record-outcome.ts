import { personContact } from '../collect/index.ts';
import type { EngineContext } from '../context.ts';
import { graphql } from '../generated/gql.ts';
import { formatQepik, monthOf, parseMoney, type RuleResult } from '../rules/index.ts';
import { normaliseLanguage, renderSms, type SmsLanguage, type SmsTemplate } from '../sms/index.ts';
import { sendNotification } from './send-notification.ts';

/** Who and what a rule result is recorded for. */
export interface DecisionTarget {
  /** recordDecision's idempotency key: what was decided, on what (see engine/README.md). */
  readonly key: string;
  readonly subjectPin: string;
  /** Who is paid and notified (the applicant, the mother, a guardian); default the subject. */
  readonly beneficiaryPin?: string;
  readonly householdId?: string | null;
  readonly applicationId?: string | null;
  readonly replacesId?: string | null;
  /** Region of the beneficiary's household, for the bank branch. */
  readonly regionCode?: string | null;
  /** Send an SMS for a refusal too (applications); proactive refusals are not recorded at all. */
  readonly notifyRefusal?: boolean;
  /** The caller sends its own SMS (a re-decision, a renewal): none about the decision here. */
  readonly silent?: boolean;
}

export interface RecordedOutcome {
  readonly decisionId: string;
  readonly assignmentId: string | null;
  /** False when the key had been recorded before: nothing new was written. */
  readonly created: boolean;
  readonly notificationId: string | null;
}

const RECORD_DECISION = graphql(`
  mutation EngineRecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) { created decision { id } assignment { id } }
  }
`);

const OPEN_ACCOUNT = graphql(`
  mutation EngineOpenAccount($input: OpenPaymentAccountInput!) {
    openPaymentAccount(input: $input) { created account { id branchAddress cardPickupDate } }
  }
`);

const QUEUE_NOTIFICATION = graphql(`
  mutation EngineQueueNotification($input: QueueNotificationInput!) {
    queueNotification(input: $input) { notification { id } }
  }
`);

/** The GraphQL Language enum value of a catalogue language ('az' → 'AZ'). */
const graphLanguage = (language: SmsLanguage) => language.toUpperCase() as Uppercase<SmsLanguage>;

/** The amount a granted result's assignment pays: monthly, or a one-time grant's once. */
const assignmentAmount = (result: RuleResult): string => {
  const amount = result.monthlyAmount ?? result.oneTimeAmount;
  if (amount === null) throw new Error(`A granted ${result.benefitCode} result has no amount.`);
  return amount;
};

/** The recordDecision input for a rule result (no personal data beyond PINs, which are keys). */
export const decisionInput = (result: RuleResult, target: DecisionTarget) => ({
  idempotencyKey: target.key,
  benefitCode: result.benefitCode,
  subjectPin: target.subjectPin,
  householdId: target.householdId ?? null,
  applicationId: target.applicationId ?? null,
  effectiveDate: result.effectiveDate,
  outcome: result.outcome,
  monthlyAmount: result.monthlyAmount,
  oneTimeAmount: result.oneTimeAmount,
  ruleVersion: result.ruleVersion,
  reasonCode: result.reasonCode,
  inputs: [...result.inputs],
  steps: [...result.steps],
  parameters: result.parameters.map((p) => ({ name: p.name, value: Number(p.value), effectiveFrom: p.effectiveFrom, versionId: p.versionId ?? null })),
  replacesId: target.replacesId ?? null,
  assignment:
    result.outcome === 'GRANTED' && result.period
      ? {
          beneficiaryPin: target.beneficiaryPin ?? target.subjectPin,
          householdId: target.householdId ?? null,
          periodFrom: result.period.from,
          periodTo: result.period.to,
          // A one-time grant is paid once, as the amount of its one-month assignment.
          monthlyAmount: assignmentAmount(result),
        }
      : null,
});

/**
 * After a rule decided: recordDecision (idempotent by key) → for a granted assignment,
 * openPaymentAccount (returns the open one if any) → queueNotification (idempotent by key
 * `decision:<id>`; the benefits subgraph enqueues notifications.send in the same transaction).
 * Every step is idempotent, so a job retried after a crash anywhere finishes the work once.
 */
export const recordOutcome = async (ctx: EngineContext, result: RuleResult, target: DecisionTarget): Promise<RecordedOutcome> => {
  const { recordDecision } = await ctx.client.request(RECORD_DECISION, {
    input: decisionInput(result, target),
  });
  const decisionId = recordDecision.decision.id;
  const assignmentId = recordDecision.assignment?.id ?? null;
  const recipientPin = target.beneficiaryPin ?? target.subjectPin;
  // A proactive refusal is not notified; a grant with nothing to pay from now on (a correction of a
  // past period) is reported through its decision, not by SMS.
  if ((result.outcome === 'REFUSED' && !target.notifyRefusal) || (result.outcome === 'GRANTED' && !result.period)) {
    return { decisionId, assignmentId, created: recordDecision.created, notificationId: null };
  }

  if (target.silent && result.outcome === 'REFUSED') return { decisionId, assignmentId, created: recordDecision.created, notificationId: null };
  let template: SmsTemplate = 'REFUSED';
  let cardReady: { id: string; branchAddress: string; cardPickupDate: string } | undefined;
  const values: Record<string, string | undefined> = { reasonCode: result.reasonCode };
  if (result.outcome === 'GRANTED' && result.period) {
    const { openPaymentAccount } = await ctx.client.request(OPEN_ACCOUNT, {
      input: { holderPin: recipientPin, regionCode: target.regionCode ?? null, openedOn: ctx.today() },
    });
    // A card not yet collectable is a first assignment's: tell where and when to collect it.
    const first = openPaymentAccount.created || openPaymentAccount.account.cardPickupDate >= ctx.today();
    if (first) cardReady = openPaymentAccount.account;
    values['from'] = result.period.from;
    values['branch'] = openPaymentAccount.account.branchAddress;
    values['pickupDate'] = openPaymentAccount.account.cardPickupDate;
    if (result.oneTimeAmount) {
      template = 'GRANTED_ONE_TIME';
      values['amount'] = formatQepik(parseMoney(result.oneTimeAmount));
      values['month'] = monthOf(result.period.from);
    } else {
      template = first ? 'GRANTED_FIRST' : 'GRANTED';
      values['amount'] = result.monthlyAmount ?? '0.00';
    }
  }
  if (target.silent) return { decisionId, assignmentId, created: recordDecision.created, notificationId: null };
  const contact = await personContact(ctx.client, recipientPin);
  const language = normaliseLanguage(contact.language);
  const text = renderSms(template, language, { benefitCode: result.benefitCode, ...values });
  const { queueNotification } = await ctx.client.request(QUEUE_NOTIFICATION, {
    input: { idempotencyKey: `decision:${decisionId}`, recipientPin, decisionId, benefitCode: result.benefitCode, template, language: graphLanguage(language), text },
  });
  await sendNow(ctx, queueNotification.notification.id);
  // The bank's answer opened the card account: "your card is ready", after the decision's SMS, once
  // per account (keyed by it, so a retried job, a second grant or a replay never sends it again).
  if (cardReady) await notify(ctx, `card-ready:${cardReady.id}`, recipientPin, 'CARD_READY', { branch: cardReady.branchAddress, pickupDate: cardReady.cardPickupDate });
  return { decisionId, assignmentId, created: recordDecision.created, notificationId: queueNotification.notification.id };
};

/**
 * Sends the SMS at once, in the flow that decided (a fact to an SMS in well under a second), rather
 * than waiting for the notifications.send job to be polled. The job stays the guarantee: a failure
 * here is left to it (it retries with backoff), and when this succeeded it finds the notification
 * SENT and does nothing. The provider is idempotent by notification id, so a race sends once.
 */
const sendNow = async (ctx: EngineContext, notificationId: string): Promise<void> => {
  try {
    await sendNotification(ctx, notificationId);
  } catch {
    // Left to the notifications.send job.
  }
};

/** An SMS that is not about a new decision (a term ended, payment stopped), idempotent by key. */
export const notify = async (ctx: EngineContext, key: string, recipientPin: string, template: SmsTemplate, values: { benefitCode?: string } & Record<string, string | undefined>, decisionId: string | null = null): Promise<string> => {
  const contact = await personContact(ctx.client, recipientPin);
  const language = normaliseLanguage(contact.language);
  const text = renderSms(template, language, values);
    // The benefit named, so the message follows its rule (a disability benefit's SMS is health data).
  const { queueNotification } = await ctx.client.request(QUEUE_NOTIFICATION, {
    input: { idempotencyKey: key, recipientPin, decisionId, benefitCode: values.benefitCode ?? null, template, language: graphLanguage(language), text },
  });
  await sendNow(ctx, queueNotification.notification.id);
  return queueNotification.notification.id;
};

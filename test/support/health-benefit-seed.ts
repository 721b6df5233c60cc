import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { findBenefitType, HEALTH_BENEFIT_CODES } from '@usr/shared';
import { renderSms } from '../../engine/src/sms/templates.ts';

/**
 * Gives a seeded person every kind of record of a benefit whose type reveals health (the
 * catalogue's `revealsHealth`, so the benefit is taken from the catalogue, not named here): a
 * granting decision and its assignment, a payment under it, the SMS the engine writes for it
 * (renderSms), an overpayment being recovered, an appeal of the decision in review, and an
 * application of the other such benefit still waiting past its deadline. `tells` are the strings
 * that name the benefit or its figures: a caller who may not read the person's health must never
 * receive one of them, along any path.
 */
export interface SeededHealthBenefit {
  readonly code: string;
  readonly decisionId: string;
  readonly assignmentId: string;
  readonly paymentId: string;
  readonly notificationId: string;
  readonly appealId: string;
  readonly applicationId: string;
  readonly recoveryId: string;
  readonly tells: readonly string[];
}

/** A distinctive amount, so a value seen names its source. */
const AMOUNT = '271.37';

export const seedHealthBenefit = async (databaseUrl: string, pin: string, householdId: string): Promise<SeededHealthBenefit> => {
  const [code, applied] = HEALTH_BENEFIT_CODES;
  const type = code ? findBenefitType(code) : undefined;
  if (!code || !applied || !type) throw new Error('the catalogue has no two benefits whose type reveals health');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const db = await pool.connect();
  const ids = { decisionId: randomUUID(), assignmentId: randomUUID(), paymentId: randomUUID(), notificationId: randomUUID(), appealId: randomUUID(), applicationId: randomUUID(), recoveryId: randomUUID() };
  const text = renderSms('GRANTED', 'en', { benefitCode: code, amount: AMOUNT, from: '2025-02-01' });
  try {
    await db.query('begin');
    await db.query(
      `insert into benefits.decision (id, benefit_code, subject_pin, effective_date, outcome, monthly_amount, rule_version, reason_code)
       values ($1, $2, $3, '2025-02-01', 'GRANTED', $4, 'test-1', 'ELIGIBLE')`,
      [ids.decisionId, code, pin, AMOUNT],
    );
    await db.query(
      `insert into benefits.assignment (id, decision_id, benefit_code, beneficiary_pin, household_id, period_from, monthly_amount, status)
       values ($1, $2, $3, $4, $5, '2025-02-01', $6, 'ACTIVE')`,
      [ids.assignmentId, ids.decisionId, code, pin, householdId, AMOUNT],
    );
    const { rows } = await db.query<{ id: string }>(`select id from payments.payment_account where holder_pin = $1 limit 1`, [pin]);
    const accountId = rows[0]?.id;
    if (!accountId) throw new Error('seed the person withBenefit() first: the payment needs their account');
    await db.query(
      `insert into payments.payment (id, assignment_id, beneficiary_pin, account_id, month, amount, benefit_code, status, paid_at)
       values ($1, $2, $3, $4, '2025-02', $5, $6, 'PAID', now())`,
      [ids.paymentId, ids.assignmentId, pin, accountId, AMOUNT, code],
    );
    await db.query(
      `insert into benefits.notification (id, idempotency_key, recipient_pin, decision_id, benefit_code, language, template, text, status, attempts, queued_at)
       values ($1, $2, $3, $4, $5, 'en', 'GRANTED', $6, 'SENT', 1, now())`,
      [ids.notificationId, `decision:${ids.decisionId}`, pin, ids.decisionId, code, text],
    );
    await db.query(`insert into payments.recovery (id, decision_id, debtor_pin, benefit_code, amount) values ($1, $2, $3, $4, '27.13')`, [ids.recoveryId, ids.decisionId, pin, code]);
    await db.query(
      `insert into benefits.appeal (id, decision_id, current_decision_id, benefit_code, subject_pin, appellant_pin, reason, status, filed_at, appeal_deadline, review_deadline)
       values ($1, $2, $2, $3, $4, $4, 'The group is wrong.', 'IN_REVIEW', now(), current_date + 30, current_date + 15)`,
      [ids.appealId, ids.decisionId, code, pin],
    );
    await db.query(
      `insert into benefits.application (id, benefit_code, household_id, applicant_pin, deadline, status) values ($1, $2, $3, $4, current_date - 1, 'SUBMITTED')`,
      [ids.applicationId, applied, householdId, pin],
    );
    await db.query('commit');
  } catch (error) {
    await db.query('rollback');
    throw error;
  } finally {
    db.release();
    await pool.end();
  }
  const appliedName = findBenefitType(applied)?.name ?? applied;
  return { code, ...ids, tells: [code, applied, type.name, appliedName, AMOUNT, '27.13', text, ...Object.values(ids)] };
};

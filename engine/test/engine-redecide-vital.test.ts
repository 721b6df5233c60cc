import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findBenefitType, registryToday } from '@usr/shared';
import type { TestDatabase } from '@usr/shared/testing';
import type { RunningRegistry } from '../../test/support/registry.ts';
import type { EngineRuntime } from '../src/engine.ts';
import { applyApplication } from '../src/flows/apply-application.ts';
import { onFactIngested } from '../src/flows/fact-ingested.ts';
import { runPayroll } from '../src/flows/payroll.ts';
import { addDays, addMonthsToMonth, addYears, lastDayOfMonth, monthOf, rules, type RuleFact } from '../src/rules/index.ts';
import { renderSms } from '../src/sms/index.ts';
import { engineRequest, enginePin, incomeFacts, seedHousehold, startEngineTestbed, submitFacts, type EngineTestbed } from './support/engine-harness.ts';

/**
 * Issue #13, item 3 for the benefits that follow vital events: a corrected fact re-decides the
 * survivor's pension, the birth grant and the child-under-one allowance the same day, like TSA and
 * the pensions (engine-recourse.test.ts), through the real gateway with the engine's token. What each
 * replacement must say is asked of the rule modules themselves (the same rule, fed the corrected
 * facts), never written out by hand.
 */
let db: TestDatabase;
let registry: RunningRegistry;
let engine: EngineRuntime;
let sql: pg.Pool;
let testbed: EngineTestbed | undefined;
const today = registryToday();
const thisMonth = monthOf(today);
const nextMonth = addMonthsToMonth(thisMonth, 1);
const asEngine = <D>(query: string, variables: Record<string, unknown> = {}) => engineRequest(registry)<D>(query, variables);
const count = async (table: string, where = 'true', params: unknown[] = []) => Number((await sql.query<{ n: string }>(`select count(*) as n from ${table} where ${where}`, params)).rows[0]?.n);
const smsTo = async (pin: string, template: string) =>
  (await sql.query<{ text: string }>(`select s.text from engine.sms_message s join benefits.notification n on n.id = s.notification_id where n.template = $1 and n.recipient_pin = $2`, [template, pin])).rows.map((r) => r.text);
const paidFor = async (decisionId: string) =>
  (await sql.query<{ amount: string }>(`select p.amount from payments.payment p join benefits.assignment a on a.id = p.assignment_id where a.decision_id = $1 and p.month = $2`, [decisionId, thisMonth])).rows[0]?.amount ?? '0.00';
const decisionOf = (id: string) =>
  asEngine<{ decision: { outcome: string; reasonCode: string; oneTimeAmount: string | null; monthlyAmount: string | null; replaces: { id: string } | null; steps: { code: string | null }[] } }>(
    `query($id: ID!) { decision(id: $id) { outcome reasonCode oneTimeAmount monthlyAmount replaces { id } steps { code } } }`,
    { id },
  ).then((d) => d.decision);
const recoveriesOf = async (pin: string) =>
  (await asEngine<{ person: { recoveries: { amount: string; remaining: string; decisionId: string }[] } }>(`query($pin: String!) { person(pin: $pin) { recoveries { amount remaining decisionId } } }`, { pin })).person.recoveries;
/** A rule fact as the rules take it, for asking a rule module what the corrected facts give. */
const ruleFact = (kind: RuleFact['kind'], subjectPin: string, value: Record<string, unknown>, validFrom: string): RuleFact => ({ id: 'x', kind, subjectPin, value, validFrom, validTo: null, recordedAt: today });

beforeAll(async () => {
  testbed = await startEngineTestbed('engine_redecide_vital', inject('adminDatabaseUrl'), inject('keycloakUrl'));
  ({ db, registry, runtime: engine, sql } = testbed);
});

afterAll(async () => {
  await testbed?.stop();
});

describe('a corrected fact re-decides the benefits of vital events', () => {
  it('survivor’s pension: the corrected insurance record of the deceased withdraws it; the months paid become a balance the guardian repays', async () => {
    const father = enginePin();
    const mother = enginePin();
    const child = enginePin();
    await seedHousehold(db.url, [
      { pin: father, birthDate: '1980-01-01', sex: 'MALE', relation: 'HEAD' },
      { pin: mother, birthDate: '1982-01-01', sex: 'FEMALE', relation: 'SPOUSE', language: 'ru' },
      { pin: child, birthDate: '2016-06-01', relation: 'CHILD', phone: null },
    ]);
    const insured = { years: 12, months: 4 };
    await submitFacts(registry, 'pension-fund', [{ subjectPin: father, kind: 'INSURED_YEARS', value: insured, validFrom: '2024-01-01', sourceReference: `PF-${father}` }]);
    // The death in the previous month: the pension is paid from this month on.
    const deathDate = addDays(`${thisMonth}-01`, -3);
    const [deathId] = await submitFacts(registry, 'justice', [{ subjectPin: father, kind: 'DEATH', value: { certificateNumber: `DC-${father}` }, validFrom: deathDate }]);
    const died = await onFactIngested(engine.ctx, { subjectPin: father, factId: deathId ?? '', kind: 'DEATH', agency: 'justice', outcome: 'ACCEPTED' });
    const pensionId = died.decisions[0]?.decisionId ?? '';
    const deceased = { pin: father, birthDate: '1980-01-01', deathDate };
    const dependant = { pin: child, birthDate: '2016-06-01', deathDate: null };
    const granted = rules.survivorPension({ deceased, deceasedFacts: [ruleFact('INSURED_YEARS', father, insured, '2024-01-01')], dependant });
    expect(await decisionOf(pensionId)).toMatchObject({ outcome: 'GRANTED', monthlyAmount: granted?.monthlyAmount });
    // Its inputs name the death and the insurance record it relied on.
    const { decision } = await asEngine<{ decision: { inputs: { kind: string; factId: string | null }[] } }>(`query($id: ID!) { decision(id: $id) { inputs { kind factId } } }`, { id: pensionId });
    expect(decision.inputs.filter((i) => i.factId !== null).map((i) => i.kind).sort()).toEqual(['DEATH', 'INSURED_YEARS']);
    await runPayroll(engine.ctx, thisMonth);
    const paid = await paidFor(pensionId);
    expect(paid).toBe(granted?.monthlyAmount);

    // The pension fund corrects the record: the deceased was never insured.
    const none = { years: 0, months: 0 };
    const [correctionId] = await submitFacts(registry, 'pension-fund', [{ subjectPin: father, kind: 'INSURED_YEARS', value: none, validFrom: '2024-01-01', sourceReference: `PF-${father}` }]);
    const out = await onFactIngested(engine.ctx, { subjectPin: father, factId: correctionId ?? '', kind: 'INSURED_YEARS', agency: 'pension-fund', outcome: 'SUPERSEDED' });
    const expected = rules.survivorPension({ deceased, deceasedFacts: [ruleFact('INSURED_YEARS', father, none, '2024-01-01')], dependant });
    expect(expected?.outcome).toBe('REFUSED');
    expect(out.redecided).toEqual([expect.objectContaining({ decisionId: pensionId, changed: true, arrears: '0.00', overpayment: paid })]);
    const replacementId = out.redecided[0]?.replacementId ?? '';
    const replacement = await decisionOf(replacementId);
    expect(replacement).toMatchObject({ outcome: expected?.outcome, reasonCode: expected?.reasonCode, replaces: { id: pensionId } });
    expect(replacement.steps.map((s) => s.code)).toEqual([...(expected?.steps.map((s) => s.code) ?? []), 'REDECISION_CORRECTION']);
    expect((await sql.query(`select status, ended_reason, to_char(period_to, 'YYYY-MM-DD') as period_to from benefits.assignment where decision_id = $1`, [pensionId])).rows).toEqual([
      { status: 'ENDED', ended_reason: 'REPLACED', period_to: lastDayOfMonth(thisMonth) },
    ]);
    // The mother received it for the child: she repays it, and is told so in her language.
    expect(await recoveriesOf(mother)).toEqual([{ amount: paid, remaining: paid, decisionId: replacementId }]);
    expect(await smsTo(mother, 'REDECIDED_STOPPED')).toEqual([
      renderSms('REDECIDED_STOPPED', 'ru', { benefitCode: 'SURVIVOR_PENSION', amount: '0.00', from: `${nextMonth}-01`, arrears: '0.00', overpayment: paid, reasonCode: expected?.reasonCode }),
    ]);
    // The job again: nothing new.
    const decisions = await count('benefits.decision');
    const again = await onFactIngested(engine.ctx, { subjectPin: father, factId: correctionId ?? '', kind: 'INSURED_YEARS', agency: 'pension-fund', outcome: 'SUPERSEDED' });
    expect(again.redecided.every((r) => !r.changed)).toBe(true);
    expect(await count('benefits.decision')).toBe(decisions);
  });

  it('birth grant and child-under-one: a corrected birth date withdraws the allowance, a second correction the grant; an unchanged grant records nothing', async () => {
    const mother = enginePin();
    const baby = enginePin();
    const householdId = await seedHousehold(db.url, [{ pin: mother, birthDate: '1994-04-04', sex: 'FEMALE', relation: 'HEAD', language: 'az' }]);
    await submitFacts(registry, 'taxes', incomeFacts(mother, thisMonth, 0));
    await submitFacts(registry, 'labour', [{ subjectPin: mother, kind: 'UNEMPLOYMENT', value: { office: 'Bakı' }, validFrom: '2024-01-01' }]);
    const applicationId = crypto.randomUUID();
    await sql.query(`insert into benefits.application (id, benefit_code, household_id, applicant_pin, submitted_at, deadline, status) values ($1, 'TSA', $2, $3, now(), $4, 'SUBMITTED')`, [applicationId, householdId, mother, today]);
    const tsa = await applyApplication(engine.ctx, applicationId);
    expect(tsa.decision).toBeDefined();

    const born = addDays(today, -3);
    const birth = { subjectPin: baby, kind: 'BIRTH', value: { motherPin: mother, districtCode: 'AZ-BA', firstName: 'Aylin', lastName: 'Düzəlişova', sex: 'FEMALE' }, sourceReference: `BIRTH-${baby}` };
    const [birthId] = await submitFacts(registry, 'justice', [{ ...birth, validFrom: born }]);
    const registered = await onFactIngested(engine.ctx, { subjectPin: baby, factId: birthId ?? '', kind: 'BIRTH', agency: 'justice', outcome: 'ACCEPTED' });
    const { person } = await asEngine<{ person: { decisions: { id: string; benefitType: { code: string } }[] } }>(`query($pin: String!) { person(pin: $pin) { decisions { id benefitType { code } } } }`, { pin: baby });
    const grantId = person.decisions.find((d) => d.benefitType.code === 'BIRTH_GRANT')?.id ?? '';
    const allowanceId = person.decisions.find((d) => d.benefitType.code === 'CHILD_UNDER_ONE')?.id ?? '';
    expect(registered.decisions.map((d) => d.decisionId).sort()).toEqual([grantId, allowanceId].sort());
    await runPayroll(engine.ctx, thisMonth);
    const grantPaid = await paidFor(grantId);
    const allowancePaid = await paidFor(allowanceId);
    expect(Number(grantPaid)).toBeGreaterThan(0);
    expect(Number(allowancePaid)).toBeGreaterThan(0);

    // First correction: the child was in fact born over a year ago.
    const earlier = addDays(addYears(today, -1), -20);
    const motherBirthFact = (on: string) => ruleFact('BIRTH', baby, birth.value, on);
    const activeTsa = { assignmentId: tsa.decision?.assignmentId ?? '', beneficiaryPin: mother, periodFrom: `${thisMonth}-01`, periodTo: null };
    const allowanceNow = rules.childUnderOne({ childPin: baby, birthDate: earlier, tsa: activeTsa }, today);
    const grantBefore = rules.birthGrant({ childPin: baby, birthDate: born, motherPin: mother, birthFact: motherBirthFact(born) }, today);
    const grantNow = rules.birthGrant({ childPin: baby, birthDate: earlier, motherPin: mother, birthFact: motherBirthFact(earlier) }, today);
    expect(allowanceNow?.outcome).toBe('REFUSED');
    // The grant's amount is the same on both dates (one amount in force): it stays as it is.
    expect(grantNow?.oneTimeAmount).toBe(grantBefore?.oneTimeAmount);
    const [firstCorrection] = await submitFacts(registry, 'justice', [{ ...birth, validFrom: earlier }]);
    const first = await onFactIngested(engine.ctx, { subjectPin: baby, factId: firstCorrection ?? '', kind: 'BIRTH', agency: 'justice', outcome: 'SUPERSEDED' });
    expect(first.redecided).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ decisionId: grantId, changed: false, supported: true }),
        expect.objectContaining({ decisionId: allowanceId, changed: true, arrears: '0.00', overpayment: allowancePaid }),
      ]),
    );
    const allowanceReplacement = first.redecided.find((r) => r.decisionId === allowanceId)?.replacementId ?? '';
    expect(await decisionOf(allowanceReplacement)).toMatchObject({ outcome: 'REFUSED', reasonCode: allowanceNow?.reasonCode, replaces: { id: allowanceId } });
    expect(await smsTo(mother, 'REDECIDED_STOPPED')).toEqual([
      renderSms('REDECIDED_STOPPED', 'az', { benefitCode: 'CHILD_UNDER_ONE', amount: '0.00', from: `${nextMonth}-01`, arrears: '0.00', overpayment: allowancePaid, reasonCode: allowanceNow?.reasonCode }),
    ]);

    // Second correction: a birth date before any birth grant amount was in force (from the catalogue).
    const firstAmountFrom = findBenefitType('BIRTH_GRANT')?.parameters.find((p) => p.name === 'amount')?.values[0]?.from ?? '';
    const beforeGrant = addDays(firstAmountFrom, -10);
    const grantVersion = (await asEngine<{ decision: { ruleVersion: string } }>(`query($id: ID!) { decision(id: $id) { ruleVersion } }`, { id: grantId })).decision.ruleVersion;
    const grantThen = rules.birthGrant({ childPin: baby, birthDate: beforeGrant, motherPin: mother, birthFact: motherBirthFact(beforeGrant) }, today, grantVersion);
    expect(grantThen?.outcome).toBe('REFUSED');
    const [secondCorrection] = await submitFacts(registry, 'justice', [{ ...birth, validFrom: beforeGrant }]);
    const second = await onFactIngested(engine.ctx, { subjectPin: baby, factId: secondCorrection ?? '', kind: 'BIRTH', agency: 'justice', outcome: 'SUPERSEDED' });
    // The grant still names the first version of the birth: the chain of corrections reaches it.
    expect(second.redecided).toEqual(expect.arrayContaining([expect.objectContaining({ decisionId: grantId, changed: true, arrears: '0.00', overpayment: grantPaid })]));
    const grantReplacement = second.redecided.find((r) => r.decisionId === grantId)?.replacementId ?? '';
    const replaced = await decisionOf(grantReplacement);
    expect(replaced).toMatchObject({ outcome: 'REFUSED', reasonCode: grantThen?.reasonCode, oneTimeAmount: null, replaces: { id: grantId } });
    expect(replaced.steps.map((s) => s.code)).toEqual([...(grantThen?.steps.map((s) => s.code) ?? []), 'REDECISION_CORRECTION']);
    // Both balances are the mother's, recoverable from her later payments.
    expect((await recoveriesOf(mother)).map((r) => [r.decisionId, r.amount]).sort()).toEqual(
      [
        [allowanceReplacement, allowancePaid],
        [grantReplacement, grantPaid],
      ].sort(),
    );
    // Replayed: nothing new.
    const decisions = await count('benefits.decision');
    await onFactIngested(engine.ctx, { subjectPin: baby, factId: secondCorrection ?? '', kind: 'BIRTH', agency: 'justice', outcome: 'SUPERSEDED' });
    await onFactIngested(engine.ctx, { subjectPin: baby, factId: firstCorrection ?? '', kind: 'BIRTH', agency: 'justice', outcome: 'SUPERSEDED' });
    expect(await count('benefits.decision')).toBe(decisions);
  });
});

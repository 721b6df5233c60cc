import { disabilityAmountParameter, findBenefitType, parameterOn, type ParameterValue } from '@usr/shared';
import {
  addMonths,
  addWorkingDays,
  addYears,
  ageOn,
  dayOfInstant,
  firstDayOfMonth,
  instantOf,
  isoDate,
  isoInstant,
  lastDayOfMonth,
  monthKey,
  monthOf,
  type Day,
  type Instant,
  type MonthIndex,
} from './calendar.ts';
import type { GenerationContext } from './context.ts';
import type { WrittenFact } from './fact-writer.ts';
import type { HouseholdFacts, IncomeFact } from './facts.ts';
import { currentHead, memberAt, type HouseholdModel, type MemberModel } from './household-model.ts';
import { INCOME_SERIES_MONTHS, PENSION_AGE } from './livelihood.ts';
import { AccountBook, type PaymentAccount } from './payment-accounts.ts';
import type { Random } from './random.ts';
import { money, type AssignmentRow, type DecisionRow, type JsonValue } from './rows.ts';

/**
 * Benefits already in payment when the population is loaded, so every subgraph has data: old-age
 * pensions, disability pensions/allowances, birth grants (assigned proactively from a fact) and
 * TSA (by application, granted or refused). Each decision records the parameters, inputs and steps
 * it used in the shape benefits/src/domain/decision-record.ts reads; each assignment is paid on
 * the beneficiary's card every month of the payment history window.
 */

type DecisionDraft = Omit<DecisionRow, 'id' | 'decidedAt' | 'effectiveDate' | 'monthlyAmount' | 'oneTimeAmount' | 'replacesId'> & {
  readonly decidedAt: Instant;
  readonly effective: Day;
  readonly amount: number | null;
};

type ParameterRecord = { readonly value: number; readonly effectiveFrom: string } | {
  readonly value: number;
  readonly unit: 'AZN_PER_MONTH';
  readonly description: string;
  readonly sourced: false;
  readonly legalBasis: string;
};

/** The catalogue value of a benefit's rule parameter in force on `day`. */
export const parameterValue = (benefitCode: string, name: string, day: Day): ParameterValue | undefined => {
  const parameter = findBenefitType(benefitCode)?.parameters.find((p) => p.name === name);
  return parameter ? parameterOn(parameter, isoDate(day)) : undefined;
};

const used = (value: ParameterValue): ParameterRecord => ({ value: value.value, effectiveFrom: value.from });

const round2 = (amount: number): number => Math.round(amount * 100) / 100;

/**
 * The old-age pension's base part and accrual per insured year: the catalogue's (placeholder)
 * values, the same the engine's rule reads, taken as first set so legacy pensions get them too.
 */
const firstValue = (benefitCode: string, name: string): ParameterValue => {
  const value = findBenefitType(benefitCode)?.parameters.find((p) => p.name === name)?.values[0];
  if (!value) throw new Error(`The catalogue has no ${benefitCode}.${name}.`);
  return value;
};
const BASE_PART = firstValue('OLD_AGE_PENSION', 'basePart');
const ACCRUAL = firstValue('OLD_AGE_PENSION', 'accrualPerInsuredYear');
const PENSION_BASE_PART = BASE_PART.value;
const PENSION_ACCRUAL_PER_YEAR = ACCRUAL.value;

/** Payroll calendar: run on the 1st, sent to banks on the 4th, on the cards on the 5th. */
const PAYROLL_SENT_DAY = 4;
const PAYROLL_PAID_DAY = 5;

/** TSA applications: share of eligible households that applied, and of near misses who applied and were refused. */
const TSA_APPLICATION_RATE = 0.1;
const TSA_REFUSED_APPLICATION_RATE = 0.15;

export interface TsaApplicationPlan {
  readonly applicationDay: Day;
}

const aliveOn = (member: MemberModel, day: Day): boolean =>
  member.person.birthDay <= day && (member.person.deathDay === null || member.person.deathDay > day) && (member.person.memberships[0]?.from ?? 0) <= day;

/**
 * Whether, and when, this household applied for TSA. Decided before its facts are written because
 * the decision reads the 12 months of INCOME before the application, which may reach further back
 * than the usual history window.
 */
export const planTsaApplication = (ctx: GenerationContext, random: Random, household: HouseholdModel): TsaApplicationPlan | null => {
  if (household.scenario.tsa === 'never') return null;
  const { assets, members } = household;
  const elderly = members.some((m) => ageOn(m.person.birthDay, ctx.today) >= PENSION_AGE);
  const wealthy = assets.vehicle !== null || assets.realEstate.length > 1 || members.some((m) => m.livelihood.deposit !== null);
  if (elderly || wealthy) return null;
  const applicationDay = ctx.today - random.int(25, 330);
  const counted = members.filter((m) => aliveOn(m, applicationDay));
  if (counted.length === 0) return null;
  const applicationMonth = monthOf(applicationDay);
  const seriesStart = ctx.currentMonth - INCOME_SERIES_MONTHS;
  let income = 0;
  for (const member of counted) {
    for (let month = applicationMonth - 12; month < applicationMonth; month++) income += member.livelihood.monthlyIncome[month - seriesStart] ?? 0;
  }
  const criterion = parameterValue('TSA', 'needCriterion', applicationDay)?.value ?? 0;
  const ratio = income / 12 / (criterion * counted.length);
  if (ratio < 1) return random.chance(TSA_APPLICATION_RATE) ? { applicationDay } : null;
  if (ratio < 1.3) return random.chance(TSA_REFUSED_APPLICATION_RATE) ? { applicationDay } : null;
  return null;
};

/** The first month whose INCOME facts this household's decisions need. */
export const incomeWindowStart = (ctx: GenerationContext, tsa: TsaApplicationPlan | null): MonthIndex =>
  tsa ? Math.min(ctx.historyStartMonth, monthOf(tsa.applicationDay) - 12) : ctx.historyStartMonth;

class BenefitWriter {
  readonly #ctx: GenerationContext;
  readonly #random: Random;
  readonly #household: HouseholdModel;
  readonly accounts: AccountBook;

  constructor(ctx: GenerationContext, random: Random, household: HouseholdModel) {
    this.#ctx = ctx;
    this.#random = random;
    this.#household = household;
    this.accounts = new AccountBook(ctx, random, household.place);
  }

  decision(draft: DecisionDraft, id = this.#ctx.id('decisions')): string {
    const { decidedAt, effective, amount, ...rest } = draft;
    // A one-time grant's amount is paid once: recorded as the engine records it, never as monthly.
    const oneTime = findBenefitType(draft.benefitCode)?.paymentKind === 'ONE_TIME';
    const recorded = amount === null ? null : money(amount);
    this.#ctx.emit('decisions', { ...rest, id, decidedAt: isoInstant(decidedAt), effectiveDate: isoDate(effective), monthlyAmount: oneTime ? null : recorded, oneTimeAmount: oneTime ? recorded : null, replacesId: null });
    return id;
  }

  assignment(row: Omit<AssignmentRow, 'id'>): string {
    const id = this.#ctx.id('assignments');
    this.#ctx.emit('assignments', { ...row, id });
    return id;
  }

  /** One payment per month from `fromMonth` to `toMonth` inside the payment history window. */
  payMonthly(assignmentId: string, holder: MemberModel, account: PaymentAccount, amount: number, fromMonth: MonthIndex, toMonth: MonthIndex, notBefore: Day): void {
    const ctx = this.#ctx;
    const random = this.#random;
    const last = Math.min(toMonth, ctx.currentMonth, holder.person.deathDay !== null ? monthOf(holder.person.deathDay) : ctx.currentMonth);
    for (let month = Math.max(fromMonth, ctx.historyStartMonth); month <= last; month++) {
      const runDay = Math.max(firstDayOfMonth(month), notBefore + 1);
      if (runDay > ctx.today) break;
      const sentDay = Math.max(runDay, firstDayOfMonth(month) + PAYROLL_SENT_DAY - 1);
      const paidDay = Math.max(runDay, firstDayOfMonth(month) + PAYROLL_PAID_DAY - 1);
      const created = instantOf(runDay, 2 * 60 + random.int(0, 59));
      let status: 'SCHEDULED' | 'SENT' | 'PAID' | 'WITHDRAWN' | 'RETURNED' = 'SCHEDULED';
      let paidAt: string | null = null;
      let withdrawnAt: string | null = null;
      if (paidDay <= ctx.today - 1) {
        const paid = instantOf(paidDay, 10 * 60 + random.int(0, 240));
        paidAt = isoInstant(paid);
        status = random.chance(0.003) ? 'RETURNED' : 'PAID';
        const withdrawnDay = paidDay + random.int(0, 12);
        if (status === 'PAID' && withdrawnDay <= ctx.today - 1 && random.chance(0.88)) {
          status = 'WITHDRAWN';
          withdrawnAt = isoInstant(Math.max(paid + 30, instantOf(withdrawnDay, random.int(9 * 60, 20 * 60))));
        }
      } else if (sentDay <= ctx.today) {
        status = 'SENT';
      }
      ctx.emit('payments', {
        id: ctx.id('payments'),
        assignmentId,
        beneficiaryPin: holder.person.pin,
        accountId: account.id,
        month: monthKey(month),
        amount: money(amount),
        status,
        createdAt: isoInstant(created),
        paidAt,
        withdrawnAt,
      });
    }
  }

  /** Ongoing monthly benefit: assignment, card account and its payments; ended at death. */
  assignMonthly(decisionId: string, benefitCode: string, holder: MemberModel, amount: number, from: Day, to: Day | null, decidedAt: Instant, householdId: string | null): void {
    const death = holder.person.deathDay;
    const ctx = this.#ctx;
    const ended = death !== null || (to !== null && to < ctx.today);
    const periodTo = death !== null ? Math.min(to ?? Number.POSITIVE_INFINITY, lastDayOfMonth(monthOf(death))) : to;
    const assignmentId = this.assignment({
      decisionId,
      benefitCode,
      beneficiaryPin: holder.person.pin,
      householdId,
      periodFrom: isoDate(from),
      periodTo: periodTo === null ? null : isoDate(Math.max(from, periodTo)),
      monthlyAmount: money(amount),
      status: ended ? 'ENDED' : 'ACTIVE',
      endedReason: death !== null ? 'DEATH' : ended ? 'TERM_EXPIRED' : null,
    });
    const decidedDay = dayOfInstant(decidedAt);
    const account = this.accounts.accountFor(holder, decidedDay);
    this.payMonthly(assignmentId, holder, account, amount, monthOf(from), periodTo === null ? ctx.currentMonth : monthOf(periodTo), decidedDay);
  }

  get random(): Random {
    return this.#random;
  }

  get household(): HouseholdModel {
    return this.#household;
  }
}

/** A decision taken by the daily sweep soon after the fact that triggered it arrived. */
const proactiveDecisionTime = (random: Random, notBefore: Instant, effective: Day): Instant =>
  Math.max(instantOf(effective, 6 * 60 + random.int(0, 59)), notBefore + random.int(30, 240));

/**
 * The step codes and reason codes the synthetic population writes beyond the engine's own (its
 * decisions use the engine's codes wherever the computation is the same): each has a text in every
 * catalogue (test/catalogue-coverage.test.ts).
 */
export const POPULATION_TEXT_CODES = {
  steps: ['MIGRATED_FROM_LEGACY_SYSTEM', 'PENSION_INSURANCE_PART', 'PENSION_AMOUNT', 'TSA_INFANT_SUPPLEMENT_INCLUDED'],
  reasons: ['MIGRATED_FROM_LEGACY_SYSTEM', 'ONE_TIME_PAID'],
} as const;

/** A step as the engine records one (code: the engine's, or one of POPULATION_TEXT_CODES.steps): code, the values its message needs, the English description. */
const step = (code: string, description: string, result: JsonValue, values: Record<string, string | number>, formula?: string): JsonValue => ({
  code,
  description,
  result,
  values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])),
  ...(formula === undefined ? {} : { formula }),
});

const summaryOfInsured = (fact: WrittenFact<'INSURED_YEARS'>): string => `${fact.value.years} years ${fact.value.months} months of insurance record`;

/**
 * `values` say the summary in the reader's language: `text` names the catalogue's `input.<text>`
 * (the engine's INPUT_TEXTS), the rest its figures.
 */
const factInput = (fact: WrittenFact, subjectPin: string, summary: string, values: Record<string, string | number>): JsonValue => ({
  factId: fact.id,
  kind: fact.kind,
  subjectPin,
  summary,
  values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])),
  recordedAt: isoInstant(fact.recordedAt),
});

const migratedDecision = (ctx: GenerationContext, random: Random, effective: Day): Instant =>
  instantOf(Math.max(effective, ctx.launchDay + random.int(0, 30)), random.int(9 * 60, 18 * 60));

const writeOldAgePension = (ctx: GenerationContext, b: BenefitWriter, member: MemberModel, facts: HouseholdFacts): boolean => {
  const { person } = member;
  const start = addYears(person.birthDay, PENSION_AGE);
  if (start > (person.deathDay ?? ctx.today - 1)) return false;
  const insured = facts.insured.get(person.pin);
  if (!insured) return false;
  const years = insured.value.years;
  const legacy = start < ctx.launchDay;
  const minimumYears = parameterValue('OLD_AGE_PENSION', 'minimumInsuredYears', start);
  if (years < (minimumYears?.value ?? 12)) return false;
  const minimumPension = parameterValue('OLD_AGE_PENSION', 'minimumPension', start);
  const insurancePart = round2(PENSION_BASE_PART + years * PENSION_ACCRUAL_PER_YEAR);
  const amount = Math.max(insurancePart, minimumPension?.value ?? 0);
  const random = b.random;
  const pensionAge = parameterValue('OLD_AGE_PENSION', 'pensionAge', start);
  const insuredInput = factInput(insured, person.pin, summaryOfInsured(insured), { text: 'INSURED_YEARS', years: insured.value.years, months: insured.value.months });
  let decisionId: string;
  let decidedAt: Instant;
  if (legacy || !pensionAge || !minimumYears) {
    decidedAt = migratedDecision(ctx, random, start);
    decisionId = b.decision({
      benefitCode: 'OLD_AGE_PENSION',
      subjectPin: person.pin,
      householdId: null,
      applicationId: null,
      decidedAt,
      effective: start,
      outcome: 'GRANTED',
      amount,
      ruleVersion: 'legacy-migration',
      reasonCode: 'MIGRATED_FROM_LEGACY_SYSTEM',
      parameters: {},
      inputs: [insuredInput],
      steps: [step('MIGRATED_FROM_LEGACY_SYSTEM', 'Pension assigned before the registry went live; carried over with its amount at migration', money(amount), { amount: money(amount) })],
    });
  } else {
    decidedAt = proactiveDecisionTime(random, insured.recordedAt, start);
    const parameters: Record<string, ParameterRecord> = {
      pensionAge: used(pensionAge),
      minimumInsuredYears: used(minimumYears),
      basePart: used(BASE_PART),
      accrualPerInsuredYear: used(ACCRUAL),
    };
    if (minimumPension) parameters['minimumPension'] = used(minimumPension);
    decisionId = b.decision({
      benefitCode: 'OLD_AGE_PENSION',
      subjectPin: person.pin,
      householdId: null,
      applicationId: null,
      decidedAt,
      effective: start,
      outcome: 'GRANTED',
      amount,
      ruleVersion: 'OLD_AGE_PENSION@2017.1',
      reasonCode: 'ELIGIBLE',
      parameters,
      inputs: [{ kind: 'BIRTH_DATE', subjectPin: person.pin, summary: `Born ${isoDate(person.birthDay)}`, values: { text: 'BIRTH_DATE', date: isoDate(person.birthDay) } }, insuredInput],
      steps: [
        step('PENSION_AGE', 'Age on the effective date', PENSION_AGE, { age: PENSION_AGE, pensionAge: pensionAge.value, reachedOn: isoDate(addYears(person.birthDay, pensionAge.value)) }, `${isoDate(start)} − ${isoDate(person.birthDay)}`),
        step('PENSION_INSURED_YEARS', 'Insurance record meets the minimum', true, { years, months: insured.value.months, minimumYears: minimumYears.value }, `${years} ≥ ${minimumYears.value}`),
        step(
          'PENSION_INSURANCE_PART',
          'Insurance part of the pension',
          money(insurancePart),
          { base: money(PENSION_BASE_PART), years, accrual: money(PENSION_ACCRUAL_PER_YEAR), amount: money(insurancePart) },
          `${PENSION_BASE_PART} + ${years} × ${PENSION_ACCRUAL_PER_YEAR.toFixed(2)}`,
        ),
        step(
          'PENSION_AMOUNT',
          'Monthly pension, not below the minimum pension',
          money(amount),
          { insurancePart: money(insurancePart), minimum: money(minimumPension?.value ?? 0), amount: money(amount) },
          `max(${money(insurancePart)}, ${money(minimumPension?.value ?? 0)})`,
        ),
        step('PENSION_GRANTED', 'Granted', money(amount), { amount: money(amount), from: isoDate(start) }),
      ],
    });
  }
  b.assignMonthly(decisionId, 'OLD_AGE_PENSION', member, amount, start, null, decidedAt, null);
  return true;
};

const writeDisabilityBenefit = (ctx: GenerationContext, b: BenefitWriter, member: MemberModel, facts: HouseholdFacts): void => {
  const { person, livelihood } = member;
  const disability = livelihood.disability;
  const fact = facts.disability.get(person.pin);
  if (!disability || !fact) return;
  const code = disability.group !== 'CHILD' && livelihood.insuredMonths >= 12 ? 'DISABILITY_PENSION' : 'DISABILITY_ALLOWANCE';
  const amountName = disabilityAmountParameter(code, disability.group, disability.cause);
  const monthly = parameterValue(code, amountName, disability.since);
  const random = b.random;
  const input = factInput(fact, person.pin, `Disability group ${disability.group}, cause ${disability.cause}`, { text: 'FACT_FROM', from: isoDate(fact.validFrom) });
  const legacy = !monthly;
  const amount = monthly?.value ?? (code === 'DISABILITY_PENSION' ? 240 : 180);
  const decidedAt = legacy ? migratedDecision(ctx, random, disability.since) : proactiveDecisionTime(random, fact.recordedAt, disability.since);
  const pension = code === 'DISABILITY_PENSION';
  const insuredYears = Math.floor(livelihood.insuredMonths / 12);
  const from = isoDate(disability.since);
  const steps: JsonValue[] = [
    step('DISABILITY_DETERMINED', 'Disability determined by the medical and social expertise commission', disability.group, { group: disability.group, from }),
    pension
      ? step('DISABILITY_INSURED', 'Insurance record present', code, { pension: 'yes', years: insuredYears, months: livelihood.insuredMonths % 12 }, `${insuredYears} years > 0`)
      : step('DISABILITY_INSURED', 'No insurance record giving a pension right: social allowance', code, { pension: 'no', years: 0, months: 0 }),
    disability.reviewDay === null
      ? step('DISABILITY_GRANTED', 'Monthly amount', money(amount), { amount: money(amount), from })
      : step('DISABILITY_GRANTED_UNTIL', 'Monthly amount', money(amount), { amount: money(amount), from, to: isoDate(disability.reviewDay) }),
  ];
  const decisionId = b.decision({
    benefitCode: code,
    subjectPin: person.pin,
    householdId: null,
    applicationId: null,
    decidedAt,
    effective: disability.since,
    outcome: 'GRANTED',
    amount,
    ruleVersion: legacy ? 'legacy-rates' : `${code}@2025.1`,
    reasonCode: 'ELIGIBLE',
    parameters: monthly ? { [amountName]: used(monthly) } : {},
    inputs: [input],
    steps,
  });
  b.assignMonthly(decisionId, code, member, amount, disability.since, disability.reviewDay, decidedAt, null);
};

const writeBirthGrant = (ctx: GenerationContext, b: BenefitWriter, child: MemberModel, birth: WrittenFact<'BIRTH'>): void => {
  const mother = memberAt(b.household, child.person.motherSlot);
  if (!mother || b.household.scenario.benefitsPending?.has(mother.person.pin)) return;
  const grant = parameterValue('BIRTH_GRANT', 'amount', child.person.birthDay);
  if (!grant) return;
  const random = b.random;
  const decidedAt = birth.recordedAt + random.int(20, 180);
  const decidedDay = Math.min(ctx.today - 1, dayOfInstant(decidedAt));
  const decisionId = b.decision({
    benefitCode: 'BIRTH_GRANT',
    subjectPin: mother.person.pin,
    householdId: b.household.id,
    applicationId: null,
    decidedAt,
    effective: child.person.birthDay,
    outcome: 'GRANTED',
    amount: grant.value,
    ruleVersion: 'BIRTH_GRANT@2023.1',
    reasonCode: 'ELIGIBLE',
    parameters: { amount: used(grant) },
    inputs: [factInput(birth, child.person.pin, `Birth registered on ${isoDate(dayOfInstant(birth.recordedAt))}`, { text: 'FACT_FROM', from: isoDate(birth.validFrom) })],
    steps: [
      step('BIRTH_REGISTERED', 'A birth was registered with the mother in the household', true, { birthDate: isoDate(child.person.birthDay) }),
      step('BIRTH_GRANT_GRANTED', 'One-time grant per child born', money(grant.value), { amount: money(grant.value), month: monthKey(monthOf(decidedDay)) }, `1 × ${money(grant.value)}`),
    ],
  });
  const assignmentId = b.assignment({
    decisionId,
    benefitCode: 'BIRTH_GRANT',
    beneficiaryPin: mother.person.pin,
    householdId: b.household.id,
    periodFrom: isoDate(child.person.birthDay),
    periodTo: isoDate(child.person.birthDay),
    monthlyAmount: money(grant.value),
    status: 'ENDED',
    endedReason: 'ONE_TIME_PAID',
  });
  const account = b.accounts.accountFor(mother, decidedDay);
  const month = monthOf(decidedDay);
  b.payMonthly(assignmentId, mother, account, grant.value, month, month, decidedDay);
};

const writeTsa = (ctx: GenerationContext, b: BenefitWriter, plan: TsaApplicationPlan, facts: HouseholdFacts): void => {
  const household = b.household;
  const random = b.random;
  const head = currentHead(household);
  const applied = plan.applicationDay;
  const decidedDay = Math.min(ctx.today - 1, addWorkingDays(applied, random.int(3, 12)));
  const decidedAt = instantOf(decidedDay, random.int(9 * 60, 18 * 60));
  const counted = household.members.filter((m) => aliveOn(m, applied));
  const appliedMonth = monthOf(applied);
  // The income the engine could see when deciding: facts of the 12 months before the application.
  const used12: { member: MemberModel; income: IncomeFact }[] = [];
  for (const member of counted) {
    for (const income of facts.incomes.get(member.person.pin) ?? []) {
      if (income.month >= appliedMonth - 12 && income.month < appliedMonth && income.fact.recordedAt < decidedAt) used12.push({ member, income });
    }
  }
  const total = round2(used12.reduce((sum, u) => sum + u.income.amount, 0));
  const average = round2(total / 12);
  const criterion = parameterValue('TSA', 'needCriterion', applied);
  const term = parameterValue('TSA', 'termMonths', applied);
  if (!criterion || !term) return;
  const infants = counted.filter((m) => m.person.birthDay > addYears(applied, -1)).length;
  const supplement = parameterValue('TSA', 'infantSupplement', applied);
  const need = criterion.value * counted.length;
  const infantPart = supplement ? supplement.value * infants : 0;
  const amount = round2(need - average + infantPart);
  const granted = average < need && amount > 0;
  const parameters: Record<string, ParameterRecord> = { needCriterion: used(criterion), termMonths: used(term) };
  if (supplement && infants > 0) parameters['infantSupplement'] = used(supplement);
  const periodTo = addMonths(applied, term.value) - 1;
  const steps: JsonValue[] = [
    step('TSA_MEMBERS', 'Family members on the application date', counted.length, { members: counted.length, date: isoDate(applied) }),
    step('TSA_INCOME_TOTAL', 'Income of the family in the 12 months before the application', money(total), { from: monthKey(appliedMonth - 12), to: monthKey(appliedMonth - 1), total: money(total) }, `sum of ${used12.length} INCOME facts`),
    step('TSA_INCOME_AVERAGE', 'Average monthly income of the family', money(average), { total: money(total), months: 12, average: money(average) }, `${money(total)} / 12`),
    step('TSA_NEED_TOTAL', 'Need criterion of the family', money(need), { needCriterion: money(criterion.value), members: counted.length, total: money(need), year: isoDate(applied).slice(0, 4) }, `${criterion.value} × ${counted.length}`),
  ];
  if (granted) {
    steps.push(step('TSA_AMOUNT', 'Monthly assistance', money(need - average), { need: money(need), average: money(average), amount: money(need - average) }, `${money(need)} − ${money(average)}`));
    if (infantPart > 0)
      steps.push(
        step('TSA_INFANT_SUPPLEMENT_INCLUDED', 'Supplement for children under one', money(infantPart), { children: infants, amount: money(supplement?.value ?? 0), total: money(infantPart) }, `${infants} × ${money(supplement?.value ?? 0)}`),
      );
    steps.push(step('TSA_TERM', 'Term of the assignment', term.value, { from: isoDate(applied), to: isoDate(periodTo), months: term.value }));
    steps.push(step('TSA_GRANTED', 'Granted', money(amount), { amount: money(amount), from: isoDate(applied), to: isoDate(periodTo) }));
  } else {
    steps.push(step('TSA_REFUSED_INCOME', 'Average monthly income not below the need criterion', 'REFUSED', { need: money(need), average: money(average) }, `${money(average)} ≥ ${money(need)}`));
  }
  const inputs: JsonValue[] = [
    { kind: 'HOUSEHOLD_MEMBERS', value: counted.length, summary: `${counted.length} members on ${isoDate(applied)}`, values: { text: 'HOUSEHOLD_SIZE', count: String(counted.length), date: isoDate(applied) } },
    ...used12.map(({ member, income }) => factInput(income.fact, member.person.pin, `${money(income.amount)} AZN ${income.fact.value.source} for ${monthKey(income.month)}`, { text: 'INCOME', month: monthKey(income.month), amount: money(income.amount) })),
  ];
  const applicationId = ctx.id('applications');
  const decisionId = ctx.id('decisions');
  ctx.emit('applications', {
    id: applicationId,
    benefitCode: 'TSA',
    householdId: household.id,
    applicantPin: head.person.pin,
    submittedAt: isoInstant(instantOf(applied, random.int(8 * 60, 23 * 60))),
    deadline: isoDate(addWorkingDays(applied, 15)),
    status: 'DECIDED',
    decisionId,
    idempotencyKey: null,
  });
  b.decision(
    {
      benefitCode: 'TSA',
      subjectPin: head.person.pin,
      householdId: household.id,
      applicationId,
      decidedAt,
      effective: applied,
      outcome: granted ? 'GRANTED' : 'REFUSED',
      amount: granted ? amount : null,
      ruleVersion: 'TSA@2020.1',
      reasonCode: granted ? 'ELIGIBLE' : 'INCOME_ABOVE_NEED_CRITERION',
      parameters,
      inputs,
      steps,
    },
    decisionId,
  );
  if (granted) b.assignMonthly(decisionId, 'TSA', head, amount, applied, periodTo, decidedAt, household.id);
};

/** Writes every benefit of the household: decisions, assignments, accounts and payments. */
export const writeHouseholdBenefits = (ctx: GenerationContext, random: Random, household: HouseholdModel, facts: HouseholdFacts, tsa: TsaApplicationPlan | null): void => {
  const b = new BenefitWriter(ctx, random, household);
  const pending = household.scenario.benefitsPending;
  for (const member of household.members) {
    if (pending?.has(member.person.pin)) continue;
    const pensioner = writeOldAgePension(ctx, b, member, facts);
    if (!pensioner) writeDisabilityBenefit(ctx, b, member, facts);
    const birth = facts.births.get(member.person.pin);
    if (birth) writeBirthGrant(ctx, b, member, birth);
  }
  if (tsa) writeTsa(ctx, b, tsa, facts);
};

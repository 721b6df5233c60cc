import { randomUUID } from 'node:crypto';
import { badUserInput, FACT_KINDS, forbidden, isAuthenticated, isValidPin, registryToday, unauthenticated } from '@usr/shared';
import type { FactsContext } from '../context.ts';
import type { Fact } from '../entities/fact.ts';
import { enqueueFactJobs, factJob } from '../jobs/fact-jobs.ts';
import { findCurrentBySource, insertFact, isLostRace, type NewFact } from './fact-submission-store.ts';

/**
 * A citizen reports a change of circumstances; it is stored as facts THEY declared (`declaredBy`),
 * of the kind the agency that would confirm it supplies, each with its `facts.ingested` job in the
 * same transaction, so the engine re-evaluates the benefits the change touches at once. The engine,
 * not this subgraph, makes sure a self-declared fact never raises an amount on its own.
 */
export type ReportedChange = 'INCOME_STARTED' | 'INCOME_ENDED' | 'STUDY_STARTED' | HouseholdChange | CareChange;
type HouseholdChange = 'MEMBER_JOINED' | 'MEMBER_LEFT' | 'CHILD_BORN';
type CareChange = 'CARE_STARTED' | 'CARE_STOPPED';
/** The HOUSEHOLD_CHANGE and CARE values each reported change declares (the fact kinds' own enums). */
export const HOUSEHOLD_CHANGES = { MEMBER_JOINED: 'JOINED', MEMBER_LEFT: 'LEFT', CHILD_BORN: 'BORN' } as const satisfies Record<HouseholdChange, string>;
export const CARE_CHANGES = { CARE_STARTED: 'STARTED', CARE_STOPPED: 'STOPPED' } as const satisfies Record<CareChange, string>;
type IncomeSource = 'SALARY' | 'SELF_EMPLOYMENT' | 'RENT' | 'OTHER';
type EducationLevel = 'SCHOOL' | 'VOCATIONAL' | 'BACHELOR' | 'MASTER' | 'DOCTORATE';

export interface ReportChangeInput {
  readonly change: ReportedChange;
  readonly from: string;
  readonly monthlyAmount?: string | null;
  readonly incomeSource?: IncomeSource | null;
  readonly institution?: string | null;
  readonly educationLevel?: EducationLevel | null;
  readonly fullTime?: boolean | null;
  readonly memberPin?: string | null;
  readonly idempotencyKey: string;
}

export interface ReportChangeResult {
  readonly facts: Fact[];
  readonly created: boolean;
}

/** How far back a change may be reported: the months an income assessment looks at. */
const MAX_MONTHS_BACK = 12;
/** A declared monthly income above this is a typing error, not a circumstance (AZN). */
const MAX_MONTHLY_AMOUNT = 100_000;
const MAX_KEY = 90;

const REFUSED = 'Only citizens report changes, about themselves.';

const monthsFrom = (first: string, last: string): string[] => {
  const out: string[] = [];
  for (let [y, m] = first.split('-').map(Number) as [number, number]; `${y}-${String(m).padStart(2, '0')}` <= last; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return out;
};
const lastDayOf = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};
const monthsBefore = (month: string, n: number): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 - n, 1));
  return d.toISOString().slice(0, 7);
};

/** The other person a household or care change names: a well-formed PIN, never the reporter's own. */
const memberPinOf = (pin: string, input: ReportChangeInput, required: boolean): string | null => {
  const member = (input.memberPin ?? '').trim().toUpperCase();
  if (member.length === 0) {
    if (required) throw badUserInput('input.memberPin', `required for ${input.change}`);
    return null;
  }
  if (!isValidPin(member)) throw badUserInput('input.memberPin', 'must be a national PIN (7 letters and digits)');
  if (member === pin) throw badUserInput('input.memberPin', 'must name another person than the reporter');
  return member;
};

/** The facts a report declares, validated by the same schemas as an agency's (messages name the field, never the value). */
const declaredFacts = (pin: string, input: ReportChangeInput, today: string): Omit<NewFact, 'id' | 'sourceReference' | 'agencyCode'>[] => {
  const thisMonth = today.slice(0, 7);
  if (input.from > today) throw badUserInput('input.from', 'a change is reported once it has happened: not after today');
  if (input.from.slice(0, 7) < monthsBefore(thisMonth, MAX_MONTHS_BACK)) throw badUserInput('input.from', `at most ${MAX_MONTHS_BACK} months back`);
  const onlyFor = (field: keyof ReportChangeInput, allowed: boolean) => {
    if (!allowed && input[field] !== null && input[field] !== undefined) throw badUserInput(`input.${field}`, `not for ${input.change}`);
  };
  switch (input.change) {
    case 'INCOME_STARTED':
    case 'INCOME_ENDED': {
      onlyFor('memberPin', false);
      onlyFor('institution', false);
      onlyFor('educationLevel', false);
      onlyFor('fullTime', false);
      const started = input.change === 'INCOME_STARTED';
      onlyFor('monthlyAmount', started);
      const amount = started ? Number(input.monthlyAmount ?? NaN) : 0;
      if (started && !(amount > 0 && amount <= MAX_MONTHLY_AMOUNT)) throw badUserInput('input.monthlyAmount', `required, more than 0 and at most ${MAX_MONTHLY_AMOUNT} AZN`);
      const source = input.incomeSource ?? 'SALARY';
      // One INCOME fact a month, from the change to this month: how the tax service reports income.
      return monthsFrom(input.from.slice(0, 7), thisMonth).map((month) => ({
        subjectPin: pin,
        kind: 'INCOME',
        value: { amount, month, source },
        validFrom: month === input.from.slice(0, 7) ? input.from : `${month}-01`,
        validTo: lastDayOf(month),
      }));
    }
    case 'STUDY_STARTED': {
      onlyFor('memberPin', false);
      onlyFor('monthlyAmount', false);
      onlyFor('incomeSource', false);
      const institution = (input.institution ?? '').trim();
      if (institution.length === 0 || institution.length > 200) throw badUserInput('input.institution', 'required, 1 to 200 characters');
      if (!input.educationLevel) throw badUserInput('input.educationLevel', 'required for STUDY_STARTED');
      return [{ subjectPin: pin, kind: 'STUDENT', value: { institution, level: input.educationLevel, fullTime: input.fullTime ?? true }, validFrom: input.from, validTo: null }];
    }
    case 'MEMBER_JOINED':
    case 'MEMBER_LEFT':
    case 'CHILD_BORN':
    case 'CARE_STARTED':
    case 'CARE_STOPPED': {
      for (const field of ['monthlyAmount', 'incomeSource', 'institution', 'educationLevel', 'fullTime'] as const) onlyFor(field, false);
      const member = memberPinOf(pin, input, input.change !== 'CHILD_BORN');
      // The reporter is the subject (they declare it, about their household or their care); the
      // other person is named in the value, as a BIRTH names the mother.
      if (input.change === 'CARE_STARTED' || input.change === 'CARE_STOPPED') {
        return [{ subjectPin: pin, kind: 'CARE', value: { careChange: CARE_CHANGES[input.change], caredForPin: member ?? '' }, validFrom: input.from, validTo: null }];
      }
      return [{ subjectPin: pin, kind: 'HOUSEHOLD_CHANGE', value: { householdChange: HOUSEHOLD_CHANGES[input.change], ...(member ? { memberPin: member } : {}) }, validFrom: input.from, validTo: null }];
    }
  }
};

/**
 * `reportChange`: the citizen (their token's PIN) declares a change about themself. Idempotent by
 * key: a replay answers the facts the key stored, `created: false`, and writes nothing. Every fact
 * of one report is written in ONE transaction with its jobs.
 */
export const reportChange = async (ctx: FactsContext, input: ReportChangeInput): Promise<ReportChangeResult> => {
  if (!isAuthenticated(ctx.viewer)) throw unauthenticated('An access token is required.');
  if (ctx.viewer.kind !== 'citizen' || !ctx.viewer.pin) throw forbidden(REFUSED);
  const pin = ctx.viewer.pin;
  const key = input.idempotencyKey;
  if (key.trim().length === 0 || key.length > MAX_KEY) throw badUserInput('input.idempotencyKey', `must be 1 to ${MAX_KEY} characters and not blank`);
  const declared = declaredFacts(pin, input, registryToday());
  const rows: NewFact[] = declared.map((fact, index) => {
    const schema = FACT_KINDS[fact.kind].value;
    if (!schema.safeParse(fact.value).success) throw badUserInput('input', 'the change does not make a valid fact');
    return { ...fact, id: randomUUID(), agencyCode: FACT_KINDS[fact.kind].agency, sourceReference: `self:${pin}:${key}:${index}`, declaredBy: pin };
  });
  const agencies = [...new Set(rows.map((r) => r.agencyCode))];
  const existing = (await Promise.all(agencies.map((agency) => findCurrentBySource(ctx.orm(), agency, rows.filter((r) => r.agencyCode === agency).map((r) => r.sourceReference))))).flat();
  if (existing.length > 0) return { facts: existing.filter((f) => f.declaredBy === pin), created: false };
  const lostRace = new Error('a concurrent replay of the same report was stored first');
  try {
    const stored = await ctx.orm().transactional(async (tx) => {
      const written: Fact[] = [];
      for (const row of rows) {
        const fact = await insertFact(tx, row);
        if (!fact) throw lostRace; // rolls the whole report back; the other call's facts are answered
        written.push(fact);
      }
      await enqueueFactJobs(tx, written.map((fact) => factJob(fact, 'ACCEPTED')));
      return written;
    });
    return { facts: stored, created: true };
  } catch (error) {
    if (error !== lostRace && !isLostRace(error)) throw error;
  }
  const raced = (await Promise.all(agencies.map((agency) => findCurrentBySource(ctx.orm(), agency, rows.map((r) => r.sourceReference))))).flat();
  return { facts: raced, created: false };
};

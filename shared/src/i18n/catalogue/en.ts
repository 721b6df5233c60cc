/**
 * English. The reference catalogue: every other language has exactly these keys (the type checker
 * and shared/src/i18n/catalogue.test.ts hold them to it). ICU MessageFormat; the argument styles are
 * `{x, number, money}`, `{x, date, day}`, `{x, date, month}` (see ../translate.ts). Keys are grouped
 * by area, `area.CODE`; add a new area as a new block in all three files.
 */
export const en = {
  // ── Languages ─────────────────────────────────────────────────────────────
  'language.az': 'Azərbaycanca',
  'language.ru': 'Русский',
  'language.en': 'English',

  // ── Benefit types (BenefitType.code) ──────────────────────────────────────
  'benefit.TSA': 'Targeted State Social Assistance',
  'benefit.OLD_AGE_PENSION': 'Old-age labour pension',
  'benefit.DISABILITY_PENSION': 'Disability labour pension',
  'benefit.SURVIVOR_PENSION': 'Survivor’s labour pension',
  'benefit.DISABILITY_ALLOWANCE': 'Social allowance for disability',
  'benefit.BIRTH_GRANT': 'One-time birth grant',
  'benefit.CHILD_UNDER_ONE': 'Allowance for a child under one',

  // ── Decision outcomes and reasons (Decision.outcome, Decision.reasonCode) ─
  'outcome.GRANTED': 'Granted',
  'outcome.REFUSED': 'Refused',
  // A reason completes "refused because …".
  'reason.ELIGIBLE': 'all conditions are met',
  'reason.INCOME_ABOVE_NEED_CRITERION': 'the family’s average monthly income is not below its need',
  'reason.ABLE_BODIED_ADULT_WITHOUT_REASON': 'an able-bodied adult of working age has no reason beyond the family’s control for not working',
  'reason.BELOW_PENSION_AGE': 'the pension age is not reached yet',
  'reason.INSUFFICIENT_INSURED_YEARS': 'the insurance record is shorter than the minimum',
  'reason.NO_DISABILITY': 'no disability is determined',
  'reason.CHILD_NOT_UNDER_ONE': 'the child is one year old or older',
  'reason.NO_ACTIVE_TSA': 'the family receives no targeted social assistance',
  'reason.NO_DEATH': 'no death is registered',
  'reason.NOT_DEPENDANT': 'the child was not a dependant of the deceased',
  'reason.NOT_BREADWINNER': 'the deceased was not a breadwinner',
  'reason.NOT_WITHDRAWN': 'the payments were not withdrawn for two months',
  'reason.CHILD_TURNED_ONE': 'the child turned one',
  'reason.DEATH': 'a death is registered',
  'reason.TERM_EXPIRED': 'the term of the assignment ended',
  'reason.REPLACED': 'a new decision replaced it',
  'reason.NOT_ELIGIBLE': 'the conditions of the benefit are not met',

  // ── Decision summaries (Decision.summary) ─────────────────────────────────
  'summary.grantedMonthly': 'Granted: {benefit}, {amount, number, money} a month from {from, date, day}.',
  'summary.grantedMonthlyAndOneTime': 'Granted: {benefit}, {amount, number, money} a month from {from, date, day}, and a one-time payment of {oneTime, number, money}.',
  'summary.grantedOneTime': 'Granted on {date, date, day}: {benefit}, a one-time payment of {amount, number, money}.',
  'summary.granted': 'Granted: {benefit} from {from, date, day}.',
  'summary.refused': 'Refused: {benefit}, because {reason}.',

  // ── Decision steps (ExplanationStep.code, emitted by engine/src/rules) ─────
  'step.TSA_MEMBERS': 'On {date, date, day} your family has {members, plural, one {# member} other {# members}}.',
  'step.TSA_NEED_TOTAL':
    'The need criterion in force is {needCriterion, number, money} a person a month; for {members, plural, one {# member} other {# members}} the family’s need is {total, number, money} a month.',
  'step.TSA_INCOME_TOTAL': 'The income of all members from {from, date, month} to {to, date, month} is {total, number, money}.',
  'step.TSA_INCOME_AVERAGE': 'Divided by {months, plural, one {# month} other {# months}}, that is {average, number, money} a month on average.',
  'step.TSA_AMOUNT': 'The assistance is the family’s need minus its average monthly income: {need, number, money} − {average, number, money} = {amount, number, money}.',
  'step.TSA_ADULT_REASON':
    'A member aged {age} has a reason beyond the family’s control not to work: {reason, select, DISABILITY {a disability} CARER {caring for a disabled member or a young child} STUDENT {full-time study} UNEMPLOYMENT {registered unemployment} MILITARY_SERVICE {military service} other {a recognised reason}}.',
  'step.TSA_ADULT_NO_REASON': 'A member aged {age} is able to work and has no reason beyond the family’s control not to.',
  'step.TSA_REFUSED_ADULT': 'Refused: {adults, plural, one {an able-bodied adult has} other {# able-bodied adults have}} no reason beyond the family’s control not to work.',
  'step.TSA_REFUSED_INCOME': 'Refused: the average monthly income ({average, number, money}) is not below the family’s need ({need, number, money}).',
  'step.TSA_TERM': 'Assigned for {months, plural, one {# month} other {# months}}, from {from, date, day} to {to, date, day}.',
  'step.TSA_INFANT_SUPPLEMENT':
    'For {children, plural, one {the child} other {each of the # children}} under one, {amount, number, money} a month is assigned separately as the allowance for a child under one.',
  'step.TSA_GRANTED': 'Granted: {amount, number, money} a month from {from, date, day} to {to, date, day}.',
  'step.PENSION_AGE': 'You are {age}; the pension age, {pensionAge}, is reached on {reachedOn, date, day}.',
  'step.PENSION_REFUSED_AGE': 'Refused: the pension age, {pensionAge}, is not reached yet.',
  'step.PENSION_INSURED_YEARS': 'Your insurance record is {years, plural, one {# year} other {# years}} and {months, plural, one {# month} other {# months}}; the minimum is {minimumYears, plural, one {# year} other {# years}}.',
  'step.PENSION_REFUSED_RECORD': 'Refused: the insurance record is shorter than the minimum of {minimumYears, plural, one {# year} other {# years}}.',
  'step.PENSION_GRANTED': 'Granted: {amount, number, money} a month (the minimum pension) from {from, date, day}.',
  'step.DISABILITY_NONE': 'No disability is determined.',
  'step.DISABILITY_DETERMINED': '{group, select, CHILD {A disability of a child under 18 is determined from {from, date, day}.} other {A disability of group {group} is determined from {from, date, day}.}}',
  'step.DISABILITY_INSURED':
    '{pension, select, yes {With an insurance record of {years, plural, one {# year} other {# years}} and {months, plural, one {# month} other {# months}}, a disability labour pension is due.} other {With no insurance record, the social allowance for disability is due.}}',
  'step.DISABILITY_GRANTED': 'Granted: {amount, number, money} a month from {from, date, day}.',
  'step.DISABILITY_GRANTED_UNTIL': 'Granted: {amount, number, money} a month from {from, date, day} to {to, date, day}.',
  'step.SURVIVOR_DEPENDANT': 'The child was {age} on the day of the death; children under {limit} are dependants.',
  'step.SURVIVOR_BREADWINNER': '{breadwinner, select, yes {The deceased was a breadwinner (an insurance record or income).} other {The deceased had neither an insurance record nor income.}}',
  'step.SURVIVOR_REFUSED_NO_DEATH': 'Refused: no death is registered.',
  'step.SURVIVOR_REFUSED_NOT_DEPENDANT': 'Refused: the child was not a dependant of the deceased.',
  'step.SURVIVOR_REFUSED_NOT_BREADWINNER': 'Refused: the deceased was not a breadwinner.',
  'step.SURVIVOR_GRANTED': 'Granted: {amount, number, money} a month from {from, date, day} to {to, date, day}.',
  'step.BIRTH_REGISTERED': 'The birth of a child on {birthDate, date, day} is registered.',
  'step.BIRTH_GRANT_GRANTED': 'Granted: a one-time grant of {amount, number, money}, paid with the payments of {month, date, month}.',
  'step.CHILD_AGE': '{age, plural, =0 {The child is not yet one year old.} one {The child is # year old.} other {The child is # years old.}}',
  'step.CHILD_REFUSED_AGE': 'Refused: the child is one year old or older.',
  'step.CHILD_REFUSED_NO_TSA': 'Refused: the family receives no targeted social assistance.',
  'step.CHILD_TSA_ACTIVE': 'The family receives targeted social assistance.',
  'step.CHILD_GRANTED': 'Granted: {amount, number, money} a month from {from, date, day} to {to, date, day}.',

  // A correction after a rule version is re-run over history (engine/src/flows/rerun-corrections.ts).
  'step.RERUN_CORRECTION': 'Re-decided with the corrected rule for {from, date, month} – {to, date, month}: {months, plural, one {# month} other {# months}} compared with what was paid; arrears {arrears, number, money}, overpayment {overpayment, number, money}.',
  'step.REDECISION_CORRECTION': 'Decided again on today’s facts ({cause, select, APPEAL {on your appeal} other {a fact it used was corrected}}): {months, plural, =0 {no month paid so far} one {# month paid} other {# months paid}} compared with what is now due; arrears {arrears, number, money}, overpayment {overpayment, number, money}; the new amount applies from {from, date, day}.',

  // ── SMS (engine/src/sms) ──────────────────────────────────────────────────
  'sms.GRANTED_FIRST': '{benefit}: granted {amount, number, money} a month from {from, date, day}. Collect your bank card from {pickupDate, date, day} at {branch}.',
  'sms.GRANTED': '{benefit}: granted {amount, number, money} a month from {from, date, day}. It will be paid to your card.',
  'sms.GRANTED_ONE_TIME': '{benefit}: a one-time payment of {amount, number, money} is granted and will be paid to your card in {month, date, month}.',
  'sms.REFUSED': '{benefit}: refused because {reason}. The full explanation is on the e-sosial.az portal.',
  'sms.TERM_ENDED': '{benefit}: your assignment ended on {to, date, day}. Apply again to continue receiving it.',
  'sms.ASSIGNMENT_ENDED': '{benefit}: the payment stopped from {to, date, day} because {reason}.',
  'sms.REDECIDED': '{benefit}: decided again on corrected facts: {amount, number, money} a month from {from, date, day}. Owed to you for past months: {arrears, number, money}; overpaid, to be recovered from later payments: {overpayment, number, money}. The explanation is on the e-sosial.az portal.',
  'sms.REDECIDED_STOPPED': '{benefit}: decided again on corrected facts: the payment stops from {from, date, day} because {reason}. Overpaid, to be recovered from later payments: {overpayment, number, money}. The explanation is on the e-sosial.az portal.',
  'sms.APPEAL_FILED': '{benefit}: your appeal was received. The decision is first checked again on today’s facts; you will get an SMS at each step.',
  'sms.APPEAL_REDECIDED': '{benefit}: on your appeal the decision was made again. If you still disagree, pursue the appeal on the e-sosial.az portal.',
  'sms.APPEAL_IN_REVIEW': '{benefit}: your appeal went to an appeals officer and will be reviewed by {deadline, date, day}.',
  'sms.APPEAL_UPHELD': '{benefit}: your appeal was reviewed and the decision stands. The officer’s reason is on the e-sosial.az portal.',
  'sms.APPEAL_REFERRED': '{benefit}: on your appeal a fact was sent to the agency that supplied it to be checked. If the agency corrects it, the decision is made again automatically.',
  'sms.APPEAL_SETTLED': '{benefit}: your appeal was settled by a new decision on corrected facts. The explanation is on the e-sosial.az portal.',
  'sms.RENEWED': '{benefit}: renewed without a new application, {amount, number, money} a month from {from, date, day}.',
  'sms.NOT_RENEWED': '{benefit}: not renewed after {to, date, day} because {reason}. The explanation is on the e-sosial.az portal.',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof en;

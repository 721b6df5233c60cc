import { useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import type { EducationLevel, IncomeSource, ReportedChange } from '../generated/graphql.ts';
import { useSpeech } from './i18n/intl.ts';
import { ReportChangeMutation } from './queries.ts';

const CHANGES: readonly ReportedChange[] = ['INCOME_STARTED', 'INCOME_ENDED', 'STUDY_STARTED', 'MEMBER_JOINED', 'MEMBER_LEFT', 'CHILD_BORN', 'CARE_STARTED', 'CARE_STOPPED'];
/** The changes that name another person (`memberPin`): required for all but a birth (a newborn may have no PIN yet). */
const NAMES_MEMBER: readonly ReportedChange[] = ['MEMBER_JOINED', 'MEMBER_LEFT', 'CHILD_BORN', 'CARE_STARTED', 'CARE_STOPPED'];
const PIN = /^[0-9A-HJ-NP-Z]{7}$/;
const SOURCES: readonly IncomeSource[] = ['SALARY', 'SELF_EMPLOYMENT', 'RENT', 'OTHER'];
const LEVELS: readonly EducationLevel[] = ['SCHOOL', 'VOCATIONAL', 'BACHELOR', 'MASTER', 'DOCTORATE'];
/** The API's bound for a declared monthly income (AZN). */
const MAX_AMOUNT = 100_000;

type Outcome = { kind: 'idle' } | { kind: 'sending' } | { kind: 'invalid' } | { kind: 'failed' } | { kind: 'done'; facts: number };

/**
 * A citizen reports a change of their circumstances: recorded as facts they declared (marked so on
 * their record), and their benefits are checked again at once. The registry refuses what is out of
 * range; the form checks the same bounds first so the person learns it before sending.
 */
export const ReportChangePage = () => {
  const { t } = useSpeech();
  const base = useId();
  const [, reportChange] = useMutation(ReportChangeMutation);
  const [change, setChange] = useState<ReportedChange>('INCOME_STARTED');
  const [from, setFrom] = useState('');
  const [amount, setAmount] = useState('');
  const [source, setSource] = useState<IncomeSource>('SALARY');
  const [institution, setInstitution] = useState('');
  const [level, setLevel] = useState<EducationLevel>('BACHELOR');
  const [fullTime, setFullTime] = useState(true);
  const [memberPin, setMemberPin] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  // One key per intended report: a retry after a lost answer records nothing twice.
  const key = useRef<string>(crypto.randomUUID());
  const heading = useRef<HTMLHeadingElement>(null);
  const result = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (outcome.kind === 'done' || outcome.kind === 'failed' || outcome.kind === 'invalid') result.current?.focus();
  }, [outcome.kind]);

  const income = change === 'INCOME_STARTED' || change === 'INCOME_ENDED';
  const valid = (): boolean => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) return false;
    if (change === 'INCOME_STARTED') {
      const n = Number(amount.replace(',', '.'));
      if (!(n > 0 && n <= MAX_AMOUNT)) return false;
    }
    if (change === 'STUDY_STARTED' && institution.trim().length === 0) return false;
    const pin = memberPin.trim().toUpperCase();
    if (NAMES_MEMBER.includes(change) && (pin.length > 0 || change !== 'CHILD_BORN') && !PIN.test(pin)) return false;
    return true;
  };

  const send = async () => {
    if (!valid()) return setOutcome({ kind: 'invalid' });
    setOutcome({ kind: 'sending' });
    const input = {
      change,
      from,
      idempotencyKey: key.current,
      ...(income ? { incomeSource: source } : {}),
      ...(change === 'INCOME_STARTED' ? { monthlyAmount: Number(amount.replace(',', '.')).toFixed(2) } : {}),
      ...(change === 'STUDY_STARTED' ? { institution: institution.trim(), educationLevel: level, fullTime } : {}),
      ...(NAMES_MEMBER.includes(change) && memberPin.trim().length > 0 ? { memberPin: memberPin.trim().toUpperCase() } : {}),
    };
    const sent = await reportChange({ input });
    const reported = sent.data?.reportChange;
    if (!reported) {
      const code = sent.error?.graphQLErrors[0]?.extensions['code'];
      return setOutcome({ kind: code === 'BAD_USER_INPUT' ? 'invalid' : 'failed' });
    }
    key.current = crypto.randomUUID();
    setOutcome({ kind: 'done', facts: reported.facts.length });
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('portal.reportTitle')}
      </h1>
      <p>{t('portal.reportIntro')}</p>
      {outcome.kind !== 'idle' && outcome.kind !== 'sending' && (
        <p ref={result} tabIndex={-1} className={outcome.kind === 'done' ? 'notice' : 'error card'} role={outcome.kind === 'done' ? 'status' : 'alert'}>
          {outcome.kind === 'done' ? t('portal.reportDone', { n: outcome.facts }) : outcome.kind === 'invalid' ? t('portal.reportInvalid') : t('portal.reportFailed')}
        </p>
      )}
      <form
        className="card"
        noValidate
        aria-label={t('portal.reportTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <fieldset>
          <legend>{t('portal.reportWhat')}</legend>
          {CHANGES.map((value) => (
            <label key={value} className="choice">
              <input type="radio" name={`${base}-change`} value={value} checked={change === value} onChange={() => setChange(value)} />
              {t(`enum.ReportedChange.${value}`)}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${base}-from`}>{t('portal.reportFrom')}</label>
        <input id={`${base}-from`} type="date" value={from} required onChange={(e) => setFrom(e.target.value)} />
        {change === 'INCOME_STARTED' && (
          <>
            <label htmlFor={`${base}-amount`}>{t('portal.reportAmount')}</label>
            <input id={`${base}-amount`} inputMode="decimal" value={amount} required onChange={(e) => setAmount(e.target.value)} />
          </>
        )}
        {income && (
          <>
            <label htmlFor={`${base}-source`}>{t('portal.reportSource')}</label>
            <select id={`${base}-source`} value={source} onChange={(e) => setSource(e.target.value as IncomeSource)}>
              {SOURCES.map((value) => (
                <option key={value} value={value}>
                  {t(`enum.IncomeSource.${value}`)}
                </option>
              ))}
            </select>
          </>
        )}
        {change === 'STUDY_STARTED' && (
          <>
            <label htmlFor={`${base}-institution`}>{t('portal.reportInstitution')}</label>
            <input id={`${base}-institution`} maxLength={200} value={institution} required onChange={(e) => setInstitution(e.target.value)} />
            <label htmlFor={`${base}-level`}>{t('portal.reportLevel')}</label>
            <select id={`${base}-level`} value={level} onChange={(e) => setLevel(e.target.value as EducationLevel)}>
              {LEVELS.map((value) => (
                <option key={value} value={value}>
                  {t(`enum.EducationLevel.${value}`)}
                </option>
              ))}
            </select>
            <label className="choice">
              <input type="checkbox" checked={fullTime} onChange={(e) => setFullTime(e.target.checked)} />
              {t('portal.reportFullTime')}
            </label>
          </>
        )}
        {NAMES_MEMBER.includes(change) && (
          <>
            <label htmlFor={`${base}-member`}>{t(change === 'CARE_STARTED' || change === 'CARE_STOPPED' ? 'portal.reportCaredForPin' : 'portal.reportMemberPin')}</label>
            <input id={`${base}-member`} maxLength={7} autoCapitalize="characters" value={memberPin} required={change !== 'CHILD_BORN'} onChange={(e) => setMemberPin(e.target.value)} />
          </>
        )}
        <div className="actions">
          <button type="submit" disabled={outcome.kind === 'sending'}>
            {outcome.kind === 'sending' ? t('portal.reportSending') : t('portal.reportSend')}
          </button>
        </div>
      </form>
    </>
  );
};

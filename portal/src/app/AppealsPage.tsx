import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import type { MyAppealsQuery } from '../generated/graphql.ts';
import { FileAppealMutation, MyAppealsQuery as MyAppealsDocument, PursueAppealMutation } from './appeal-queries.ts';
import { AppealTimeline, useFactLabel } from './AppealTimeline.tsx';
import { useSession } from './context.ts';
import { DecisionExplanation, languageOf } from './DecisionExplanation.tsx';
import { useSpeech } from './i18n/intl.ts';
import { LoadError, Loading } from './Status.tsx';
import { useRegistryQuery } from './use-registry-query.ts';

type Person = MyAppealsQuery['person'];
type Decision = Person['decisions'][number];
type Appeal = Person['appeals'][number];
type Recovery = Person['recoveries'][number];

type Form = { kind: 'closed' } | { kind: 'open'; reason: string; disputed: readonly string[]; invalid: boolean } | { kind: 'sending' };

/** One decision with its letter, what marks it (renewal, replacement, under appeal) and the appeal form. */
const DecisionCard = ({ decision: d, onFiled }: { decision: Decision; onFiled: (message: string) => void }) => {
  const { t, code, dateTime } = useSpeech();
  const factLabel = useFactLabel();
  const [form, setForm] = useState<Form>({ kind: 'closed' });
  const [, fileAppeal] = useMutation(FileAppealMutation);
  // One key per form: a resent appeal (a double click, a retry) is the same appeal.
  const key = useRef<string>(crypto.randomUUID());
  const reasonId = `reason-${d.id}`;
  const facts = d.inputs.filter((i) => i.factId);
  const send = async (reason: string, disputed: readonly string[]) => {
    if (reason.trim() === '') return setForm({ kind: 'open', reason, disputed, invalid: true });
    setForm({ kind: 'sending' });
    const sent = await fileAppeal({ input: { decisionId: d.id, reason, disputedFactIds: [...disputed], idempotencyKey: key.current } });
    const result = sent.data?.fileAppeal;
    setForm({ kind: 'closed' });
    if (!result) return onFiled(t('portal.appeal.appealFailed'));
    onFiled(result.error ? t(`enum.AppealErrorCode.${result.error.code}`) : t('portal.appeal.appealSent'));
  };
  return (
    <article className="benefit" aria-labelledby={`decision-${d.id}`}>
      <h3 id={`decision-${d.id}`}>
        {code('benefit', d.benefitType.code)} <span className="muted">· {dateTime(d.decidedAt)}</span>
      </h3>
      {!d.application && !d.replaces && d.benefitType.code === 'TSA' && <p className="badge">{t('portal.appeal.renewed')}</p>}
      {d.replaces && <p className="badge">{t('portal.appeal.replacement')}</p>}
      <DecisionExplanation decision={d} />
      {d.appeal ? (
        <p className="badge">{t('portal.appeal.underAppeal')}</p>
      ) : form.kind === 'closed' ? (
        <button type="button" className="outline" onClick={() => setForm({ kind: 'open', reason: '', disputed: [], invalid: false })}>
          {t('portal.appeal.appealButton')}
        </button>
      ) : (
        <form
          className="confirm"
          onSubmit={(e) => {
            e.preventDefault();
            if (form.kind === 'open') void send(form.reason, form.disputed);
          }}
        >
          <label htmlFor={reasonId}>{t('portal.appeal.appealReason')}</label>
          <textarea
            id={reasonId}
            maxLength={1000}
            rows={3}
            aria-invalid={form.kind === 'open' && form.invalid}
            aria-describedby={form.kind === 'open' && form.invalid ? `${reasonId}-error` : undefined}
            value={form.kind === 'open' ? form.reason : ''}
            disabled={form.kind === 'sending'}
            onChange={(e) => form.kind === 'open' && setForm({ ...form, reason: e.target.value, invalid: false })}
          />
          {form.kind === 'open' && form.invalid && (
            <p id={`${reasonId}-error`} className="error" role="alert">
              {t('portal.appeal.appealReasonNeeded')}
            </p>
          )}
          {facts.length > 0 && (
            <fieldset>
              <legend>{t('portal.appeal.appealDisputed')}</legend>
              {facts.map((f) => (
                <label key={f.factId} className="check">
                  <input
                    type="checkbox"
                    disabled={form.kind === 'sending'}
                    checked={form.kind === 'open' && form.disputed.includes(f.factId ?? '')}
                    onChange={(e) =>
                      form.kind === 'open' &&
                      setForm({ ...form, disputed: e.target.checked ? [...form.disputed, f.factId ?? ''] : form.disputed.filter((id) => id !== f.factId) })
                    }
                  />{' '}
                  {factLabel(f)}
                </label>
              ))}
            </fieldset>
          )}
          <div className="actions">
            <button type="submit" disabled={form.kind === 'sending'}>
              {form.kind === 'sending' ? t('portal.appeal.appealSending') : t('portal.appeal.appealSend')}
            </button>
            <button type="button" className="outline" disabled={form.kind === 'sending'} onClick={() => setForm({ kind: 'closed' })}>
              {t('portal.appeal.cancel')}
            </button>
          </div>
        </form>
      )}
    </article>
  );
};

/** One appeal: what she wrote, the decision now, its timeline, and (after a re-decision) the choice to pursue. */
const AppealCard = ({ appeal: ap, onPursued }: { appeal: Appeal; onPursued: (message: string) => void }) => {
  const { t, code, dateTime } = useSpeech();
  const [, pursueAppeal] = useMutation(PursueAppealMutation);
  const [busy, setBusy] = useState(false);
  return (
    <article className="application" aria-labelledby={`appeal-${ap.id}`}>
      <h3 id={`appeal-${ap.id}`}>{code('benefit', ap.decision.benefitType.code)}</h3>
      <dl className="pairs">
        <div>
          <dt>{t('portal.appeal.filedOn')}</dt>
          <dd>{dateTime(ap.filedAt)}</dd>
        </div>
        <div>
          <dt>{t('portal.appeal.yourReason')}</dt>
          <dd>{ap.reason}</dd>
        </div>
        <div>
          <dt>{t('portal.appeal.decisionNow')}</dt>
          <dd>{ap.currentDecision.summary}</dd>
        </div>
      </dl>
      <AppealTimeline appeal={ap} reader="citizen" />
      {ap.status === 'REDECIDED' && (
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void pursueAppeal({ input: { appealId: ap.id } }).then((sent) => {
              setBusy(false);
              const result = sent.data?.pursueAppeal;
              onPursued(!result ? t('portal.appeal.appealFailed') : result.error ? t(`enum.AppealErrorCode.${result.error.code}`) : t('portal.appeal.pursued'));
            });
          }}
        >
          {t('portal.appeal.pursue')}
        </button>
      )}
    </article>
  );
};

/** An overpayment being recovered: how much, how much withheld so far (by month), what is left. */
const RecoveryCard = ({ recovery: r }: { recovery: Recovery }) => {
  const { t, code, money, month } = useSpeech();
  return (
    <dl className="pairs">
      <div>
        <dt>{t('portal.appeal.overpaid')}</dt>
        <dd>
          {money(r.amount)} · {code('benefit', r.benefitCode)}
        </dd>
      </div>
      <div>
        <dt>{t('portal.appeal.recovered')}</dt>
        <dd>{money(r.recovered)}</dd>
      </div>
      <div>
        <dt>{t('portal.appeal.remaining')}</dt>
        <dd>
          <strong>{money(r.remaining)}</strong>
        </dd>
      </div>
      {r.deductions.map((d) => (
        <div key={d.month}>
          <dt>
            {t('portal.appeal.withheldIn')} · {month(d.month)}
          </dt>
          <dd>{money(d.amount)}</dd>
        </div>
      ))}
    </dl>
  );
};

/**
 * The citizen's decisions, each with its explanation and an "Appeal" form; her appeals with their
 * timelines (and, after a re-decision, the choice to pursue); the overpayments to pay back.
 */
export const AppealsPage = () => {
  const { t, language } = useSpeech();
  const { pin = '' } = useSession();
  const state = useRegistryQuery({ query: MyAppealsDocument, variables: { pin, language: languageOf(language) } });
  const [message, setMessage] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (message) notice.current?.focus();
  }, [message]);
  const done = (text: string) => {
    setMessage(text);
    state.reload();
  };
  const person = state.data?.person;
  const decisions = person ? [...person.decisions].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt)) : [];
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('portal.appeal.appealsTitle')}
      </h1>
      <p>{t('portal.appeal.appealsIntro')}</p>
      {message && (
        <p ref={notice} tabIndex={-1} className="notice" role="status">
          {message}
        </p>
      )}
      {state.loading && <Loading />}
      {state.error && <LoadError error={state.error} onRetry={state.reload} />}
      {person && (
        <>
          <section className="card" aria-labelledby="my-appeals">
            <h2 id="my-appeals">{t('portal.appeal.myAppeals')}</h2>
            {person.appeals.length === 0 ? <p>{t('portal.appeal.noAppeals')}</p> : person.appeals.map((ap) => <AppealCard key={ap.id} appeal={ap} onPursued={done} />)}
          </section>
          <section className="card" aria-labelledby="my-recoveries">
            <h2 id="my-recoveries">{t('portal.appeal.recoveriesTitle')}</h2>
            <p className="small">{t('portal.appeal.recoveriesIntro')}</p>
            {person.recoveries.length === 0 ? <p>{t('portal.appeal.noRecoveries')}</p> : person.recoveries.map((r) => <RecoveryCard key={r.id} recovery={r} />)}
          </section>
          <section className="card" aria-labelledby="my-decisions">
            <h2 id="my-decisions">{t('portal.appeal.decisions')}</h2>
            {decisions.map((d) => (
              <DecisionCard key={d.id} decision={d} onFiled={done} />
            ))}
          </section>
        </>
      )}
    </>
  );
};

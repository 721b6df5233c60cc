import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { findTranslation } from '@usr/shared/i18n';
import { AppealTimeline, enumText } from './AppealTimeline.tsx';
import type { MyAppealsQuery } from '../generated/graphql.ts';
import { FileAppealMutation, MyAppealsQuery as MyAppealsDocument, PursueAppealMutation } from './appeal-queries.ts';
import { useLang, useSession } from './context.ts';
import { DecisionExplanation, languageOf } from './DecisionExplanation.tsx';
import { APPEAL_STRINGS } from './i18n-appeals.ts';
import { formatDateTime, formatMoney, formatMonth } from './i18n.ts';
import { LoadError, Loading } from './Status.tsx';
import { useRegistryQuery } from './use-registry-query.ts';

type Person = MyAppealsQuery['person'];
type Decision = Person['decisions'][number];
type Appeal = Person['appeals'][number];

type Form = { kind: 'closed' } | { kind: 'open'; reason: string; disputed: string[]; invalid: boolean } | { kind: 'sending' };

const DecisionCard = ({ decision: d, onFiled }: { decision: Decision; onFiled: (message: string) => void }) => {
  const { lang } = useLang();
  const a = APPEAL_STRINGS[lang];
  const [form, setForm] = useState<Form>({ kind: 'closed' });
  const [, fileAppeal] = useMutation(FileAppealMutation);
  const key = useRef<string>(crypto.randomUUID());
  const reasonId = `reason-${d.id}`;
  const facts = d.inputs.filter((i) => i.factId);
  const send = async (reason: string, disputed: string[]) => {
    if (reason.trim() === '') return setForm({ kind: 'open', reason, disputed, invalid: true });
    setForm({ kind: 'sending' });
    const sent = await fileAppeal({ input: { decisionId: d.id, reason, disputedFactIds: disputed, idempotencyKey: key.current } });
    const result = sent.data?.fileAppeal;
    setForm({ kind: 'closed' });
    if (!result) return onFiled(a.appealFailed);
    onFiled(result.error ? enumText(lang, 'AppealErrorCode', result.error.code) : a.appealSent);
  };
  return (
    <article className="benefit" aria-labelledby={`decision-${d.id}`}>
      <h3 id={`decision-${d.id}`}>
        {d.benefitType.name} <span className="muted">· {formatDateTime(lang, d.decidedAt)}</span>
      </h3>
      {!d.application && d.benefitType.code === 'TSA' && !d.replaces && <p className="badge">{a.renewed}</p>}
      {d.replaces && <p className="badge">{a.replacement}</p>}
      <DecisionExplanation decision={d} />
      {d.appeal ? (
        <p className="badge">{a.underAppeal}</p>
      ) : form.kind === 'closed' ? (
        <button type="button" className="outline" onClick={() => setForm({ kind: 'open', reason: '', disputed: [], invalid: false })}>
          {a.appealButton}
        </button>
      ) : (
        <form
          className="confirm"
          onSubmit={(e) => {
            e.preventDefault();
            if (form.kind === 'open') void send(form.reason, form.disputed);
          }}
        >
          <label htmlFor={reasonId}>{a.appealReason}</label>
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
              {a.appealReasonNeeded}
            </p>
          )}
          {facts.length > 0 && (
            <fieldset>
              <legend>{a.appealDisputed}</legend>
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
                  {f.summary}
                </label>
              ))}
            </fieldset>
          )}
          <div className="actions">
            <button type="submit" disabled={form.kind === 'sending'}>
              {form.kind === 'sending' ? a.appealSending : a.appealSend}
            </button>
            <button type="button" className="outline" disabled={form.kind === 'sending'} onClick={() => setForm({ kind: 'closed' })}>
              {a.cancel}
            </button>
          </div>
        </form>
      )}
    </article>
  );
};

const AppealCard = ({ appeal: ap, onPursued }: { appeal: Appeal; onPursued: (message: string) => void }) => {
  const { lang } = useLang();
  const a = APPEAL_STRINGS[lang];
  const [, pursueAppeal] = useMutation(PursueAppealMutation);
  const [busy, setBusy] = useState(false);
  return (
    <article className="application" aria-labelledby={`appeal-${ap.id}`}>
      <h3 id={`appeal-${ap.id}`}>
        {ap.decision.benefitType.name} <span className={`state state-${ap.status.toLowerCase()}`}>· {enumText(lang, 'AppealStatus', ap.status)}</span>
      </h3>
      <dl className="pairs">
        <div>
          <dt>{a.filedOn}</dt>
          <dd>{formatDateTime(lang, ap.filedAt)}</dd>
        </div>
        <div>
          <dt>{a.yourReason}</dt>
          <dd>{ap.reason}</dd>
        </div>
        <div>
          <dt>{a.decisionNow}</dt>
          <dd>{ap.currentDecision.summary}</dd>
        </div>
      </dl>
      <AppealTimeline appeal={ap} />
      {ap.status === 'REDECIDED' && (
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void pursueAppeal({ input: { appealId: ap.id } }).then((sent) => {
              setBusy(false);
              const result = sent.data?.pursueAppeal;
              onPursued(!result ? a.appealFailed : result.error ? enumText(lang, 'AppealErrorCode', result.error.code) : a.pursued);
            });
          }}
        >
          {a.pursue}
        </button>
      )}
    </article>
  );
};

/**
 * The citizen's decisions, each with its explanation and an "Appeal" form; the appeals with their
 * timeline (and, after a re-decision, the choice to pursue); the overpayments to pay back with
 * what each payment withheld.
 */
export const AppealsPage = () => {
  const { lang } = useLang();
  const a = APPEAL_STRINGS[lang];
  const { pin = '' } = useSession();
  const state = useRegistryQuery({ query: MyAppealsDocument, variables: { pin, language: languageOf(lang) } });
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
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {a.appealsTitle}
      </h1>
      <p>{a.appealsIntro}</p>
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
            <h2 id="my-appeals">{a.myAppeals}</h2>
            {person.appeals.length === 0 ? <p>{a.noAppeals}</p> : person.appeals.map((ap) => <AppealCard key={ap.id} appeal={ap} onPursued={done} />)}
          </section>
          <section className="card" aria-labelledby="my-recoveries">
            <h2 id="my-recoveries">{a.recoveriesTitle}</h2>
            <p className="small">{a.recoveriesIntro}</p>
            {person.recoveries.length === 0 ? (
              <p>{a.noRecoveries}</p>
            ) : (
              person.recoveries.map((r) => (
                <dl key={r.id} className="pairs">
                  <div>
                    <dt>{a.overpaid}</dt>
                    <dd>
                      {formatMoney(lang, r.amount)} · {findTranslation(lang, `benefit.${r.benefitCode}`) ?? r.benefitCode}
                    </dd>
                  </div>
                  <div>
                    <dt>{a.recovered}</dt>
                    <dd>{formatMoney(lang, r.recovered)}</dd>
                  </div>
                  <div>
                    <dt>{a.remaining}</dt>
                    <dd>
                      <strong>{formatMoney(lang, r.remaining)}</strong>
                    </dd>
                  </div>
                  {r.deductions.map((d) => (
                    <div key={d.month}>
                      <dt>
                        {a.withheldIn} · {formatMonth(lang, d.month)}
                      </dt>
                      <dd>{formatMoney(lang, d.amount)}</dd>
                    </div>
                  ))}
                </dl>
              ))
            )}
          </section>
          <section className="card" aria-labelledby="my-decisions">
            <h2 id="my-decisions">{a.decisions}</h2>
            {person.decisions.map((d) => (
              <DecisionCard key={d.id} decision={d} onFiled={done} />
            ))}
          </section>
        </>
      )}
    </>
  );
};

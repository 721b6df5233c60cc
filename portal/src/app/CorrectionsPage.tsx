import { useEffect, useId, useRef, useState } from 'react';
import type { CorrectionOutcome, CorrectionQueueQuery } from '../generated/graphql.ts';
import { useLang, usePurpose } from './context.ts';
import { request } from './graphql-client.ts';
import { formatDate, formatDateTime } from './i18n.ts';
import { Pager } from './Pager.tsx';
import { Link } from './Link.tsx';
import { PurposeNeeded } from './Purpose.tsx';
import { AnswerCorrectionMutation, CorrectionQueueQuery as CorrectionQueueDocument } from './queries.ts';
import { LoadError, Loading } from './Status.tsx';
import { useQuery } from './use-query.ts';

type QueueItem = CorrectionQueueQuery['correctionRequests']['items'][number];

/** The API's bounds for an answer's reason (after trimming). */
const MAX_REASON = 1000;
const PAGE = 20;

type AnswerError = 'outcome' | 'reason' | 'failed';

/**
 * A caseworker's answer to one request: CONFIRMED or REJECTED, always with a reason the person
 * reads (CORRECTED needs a new fact, which only the agency supplies). Sent with the declared purpose.
 */
const AnswerForm = ({ item, accessToken, purpose }: { item: QueueItem; accessToken: string; purpose: string }) => {
  const { s, t } = useLang();
  const base = useId();
  const [outcome, setOutcome] = useState<CorrectionOutcome | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AnswerError | null>(null);
  const [sending, setSending] = useState(false);
  const [answered, setAnswered] = useState<string | null>(null);
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (answered) done.current?.focus();
  }, [answered]);

  const submit = async () => {
    const trimmed = reason.trim();
    if (!outcome) return setError('outcome');
    if (trimmed.length === 0 || trimmed.length > MAX_REASON) return setError('reason');
    setError(null);
    setSending(true);
    try {
      const data = await request(AnswerCorrectionMutation, { id: item.id, outcome, reason: trimmed }, accessToken, { purpose });
      setAnswered(data.answerCorrectionRequest.status);
    } catch {
      setError('failed');
    } finally {
      setSending(false);
    }
  };

  if (answered) {
    return (
      <p ref={done} className="notice" role="status" tabIndex={-1}>
        {s.answeredAs(t.correctionStatus[answered] ?? answered)}
      </p>
    );
  }
  const errorText = error === 'outcome' ? s.answerOutcomeRequired : error === 'reason' ? s.answerReasonRequired : error === 'failed' ? s.answerFailed : null;
  return (
    <form
      className="answer-form"
      noValidate
      aria-label={`${s.answerTitle}: ${t.factKinds[item.fact.kind] ?? item.fact.kind}, ${item.fact.subject.firstName} ${item.fact.subject.lastName}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset aria-invalid={error === 'outcome'} aria-describedby={`${base}-corrected`}>
        <legend>{s.answerTitle}</legend>
        {(['CONFIRMED', 'REJECTED'] as const).map((value) => (
          <label key={value} className="choice">
            <input type="radio" name={`${base}-outcome`} value={value} checked={outcome === value} onChange={() => {
                setOutcome(value);
                if (error === 'outcome') setError(null);
              }} />
            {value === 'CONFIRMED' ? s.answerConfirm : s.answerReject}
          </label>
        ))}
        <p id={`${base}-corrected`} className="small muted">
          {s.correctedByAgency}
        </p>
      </fieldset>
      <label htmlFor={`${base}-reason`}>{s.answerReasonLabel}</label>
      <textarea
        id={`${base}-reason`}
        rows={3}
        maxLength={MAX_REASON}
        value={reason}
        aria-invalid={error === 'reason'}
        aria-describedby={errorText ? `${base}-error` : undefined}
        onChange={(e) => {
          setReason(e.target.value);
          if (error === 'reason') setError(null);
        }}
      />
      {errorText && (
        <p id={`${base}-error`} className="error small" role="alert">
          {errorText}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={sending}>
          {sending ? s.answerSending : s.answerSend}
        </button>
      </div>
    </form>
  );
};

/** Caseworkers: open correction requests about people of their region, oldest first, to answer. */
export const CorrectionsPage = ({ accessToken }: { accessToken: string }) => {
  const { s, t, lang } = useLang();
  const { purpose } = usePurpose();
  const [offset, setOffset] = useState(0);
  const [state, reload] = useQuery(CorrectionQueueDocument, { offset }, accessToken, { purpose, skip: !purpose });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const page = state.status === 'done' ? state.data.correctionRequests : undefined;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {s.correctionsTitle}
      </h1>
      <p>{s.correctionsIntro}</p>
      {!purpose && <PurposeNeeded />}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
      {page && page.items.length === 0 && <p className="card">{s.noOpenCorrections}</p>}
      {page && page.items.length > 0 && purpose && (
        <ol className="log queue" aria-label={s.correctionsTitle}>
          {page.items.map((item) => {
            const f = item.fact;
            return (
              <li key={item.id} className="card">
                <h2>
                  {t.factKinds[f.kind] ?? f.kind} <span className="badge">{t.contested}</span>
                </h2>
                <dl className="pairs">
                  <div>
                    <dt>{s.contestedBy}</dt>
                    <dd>
                      <Link to={`/people/${f.subject.pin}`}>
                        {f.subject.lastName} {f.subject.firstName}
                      </Link>{' '}
                      <span className="mono small">{f.subject.pin}</span>
                    </dd>
                  </div>
                  <div>
                    <dt>{s.agency}</dt>
                    <dd>{f.agency.name}</dd>
                  </div>
                  <div>
                    <dt>{t.sourceReference}</dt>
                    <dd className="mono">{f.sourceReference}</dd>
                  </div>
                  <div>
                    <dt>{t.validFrom}</dt>
                    <dd>
                      {formatDate(lang, f.validFrom)} {t.validTo} {f.validTo ? formatDate(lang, f.validTo) : t.ongoing}
                    </dd>
                  </div>
                  <div>
                    <dt>{s.requestedOn}</dt>
                    <dd>{formatDateTime(lang, item.requestedAt)}</dd>
                  </div>
                  <div>
                    <dt>{s.citizenReason}</dt>
                    <dd className="reason">{item.reason}</dd>
                  </div>
                </dl>
                <AnswerForm item={item} accessToken={accessToken} purpose={purpose} />
              </li>
            );
          })}
        </ol>
      )}
      {page && <Pager page={page} size={PAGE} onOffset={setOffset} />}
    </>
  );
};

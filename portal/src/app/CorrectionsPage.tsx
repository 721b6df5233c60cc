import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import type { CorrectionOutcome, CorrectionQueueQuery } from '../generated/graphql.ts';
import { useLang, usePurpose } from './context.ts';
import { formatDate, formatDateTime } from './i18n.ts';
import { Pager } from './Pager.tsx';
import { PurposeNeeded } from './Purpose.tsx';
import { AnswerCorrectionMutation, CorrectionQueueQuery as CorrectionQueueDocument } from './queries.ts';
import { LoadError, Loading } from './Status.tsx';
import { useRegistryQuery } from './use-registry-query.ts';

type QueueItem = CorrectionQueueQuery['correctionRequests']['items'][number];

/** The API's bounds for an answer's reason (after trimming). */
const MAX_REASON = 1000;
const PAGE = 20;

type AnswerError = 'outcome' | 'reason' | 'failed';

/** A request answered on this visit, and how. */
interface Answered {
  readonly status: string;
  readonly item: QueueItem;
}

/**
 * A caseworker's answer to one request: CONFIRMED or REJECTED, always with a reason the person
 * reads (CORRECTED needs a new fact, which only the agency supplies). Sent with the declared purpose.
 */
const AnswerForm = ({ item, onAnswered }: { item: QueueItem; onAnswered: (answer: Answered) => void }) => {
  const { s, t } = useLang();
  const base = useId();
  const [outcome, setOutcome] = useState<CorrectionOutcome | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AnswerError | null>(null);
  const [{ fetching: sending }, answer] = useMutation(AnswerCorrectionMutation);

  const submit = async () => {
    const trimmed = reason.trim();
    if (!outcome) return setError('outcome');
    if (trimmed.length === 0 || trimmed.length > MAX_REASON) return setError('reason');
    setError(null);
    const result = await answer({ id: item.id, outcome, reason: trimmed });
    if (!result.data) return setError('failed');
    onAnswered({ status: result.data.answerCorrectionRequest.status, item });
  };

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
export const CorrectionsPage = () => {
  const { s, t, lang } = useLang();
  const { purpose } = usePurpose();
  const [offset, setOffset] = useState(0);
  const state = useRegistryQuery({ query: CorrectionQueueDocument, variables: { offset }, pause: !purpose });
  // The answer just sent: said above the queue, which drops the answered request when it reloads.
  const [answered, setAnswered] = useState<Answered | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (answered) done.current?.focus();
  }, [answered]);
  const page = state.data?.correctionRequests;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {s.correctionsTitle}
      </h1>
      <p>{s.correctionsIntro}</p>
      {!purpose && <PurposeNeeded />}
      {answered && (
        <p ref={done} className="notice" role="status" tabIndex={-1}>
          {s.answeredAs(t.correctionStatus[answered.status] ?? answered.status)}{' '}
          {t.factKinds[answered.item.fact.kind] ?? answered.item.fact.kind}, {answered.item.fact.subject.lastName} {answered.item.fact.subject.firstName}
        </p>
      )}
      {state.loading && <Loading />}
      {state.error && <LoadError error={state.error} onRetry={state.reload} />}
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
                <AnswerForm item={item} onAnswered={setAnswered} />
              </li>
            );
          })}
        </ol>
      )}
      {page && <Pager page={page} size={PAGE} onOffset={setOffset} />}
    </>
  );
};

import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import type { CorrectionOutcome, CorrectionQueueQuery, CorrectionStatus } from '../generated/graphql.ts';
import { usePurpose } from './context.ts';
import { Pager } from './Pager.tsx';
import { PurposeNeeded } from './Purpose.tsx';
import { AnswerCorrectionMutation, CorrectionQueueQuery as CorrectionQueueDocument } from './queries.ts';
import { LoadError, Loading } from './Status.tsx';
import { useRegistryQuery } from './use-registry-query.ts';
import { useSpeech } from './i18n/intl.ts';
import { FactValue } from './record/Facts.tsx';

type QueueItem = CorrectionQueueQuery['correctionRequests']['items'][number];

/** The API's bounds for an answer's reason (after trimming). */
const MAX_REASON = 1000;
const PAGE = 20;

type AnswerError = 'outcome' | 'reason' | 'failed';

/** A request answered on this visit, and how. */
interface Answered {
  readonly status: CorrectionStatus;
  readonly item: QueueItem;
}

/**
 * A caseworker's answer to one request: CONFIRMED or REJECTED, always with a reason the person
 * reads (CORRECTED needs a new fact, which only the agency supplies). Sent with the declared purpose.
 */
const AnswerForm = ({ item, onAnswered }: { item: QueueItem; onAnswered: (answer: Answered) => void }) => {
  const { t } = useSpeech();
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

  const errorText = error === 'outcome' ? t('staff.answerOutcomeRequired') : error === 'reason' ? t('staff.answerReasonRequired') : error === 'failed' ? t('staff.answerFailed') : null;
  return (
    <form
      className="answer-form"
      noValidate
      aria-label={`${t('staff.answerTitle')}: ${t(`enum.FactKind.${item.fact.kind}`)}, ${item.fact.subject.firstName} ${item.fact.subject.lastName}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset aria-invalid={error === 'outcome'} aria-describedby={`${base}-corrected`}>
        <legend>{t('staff.answerTitle')}</legend>
        {(['CONFIRMED', 'REJECTED', 'FORWARDED'] as const).map((value) => (
          <label key={value} className="choice">
            <input type="radio" name={`${base}-outcome`} value={value} checked={outcome === value} onChange={() => {
                setOutcome(value);
                if (error === 'outcome') setError(null);
              }} />
            {value === 'CONFIRMED' ? t('staff.answerConfirm') : value === 'REJECTED' ? t('staff.answerReject') : t('staff.answerForward')}
          </label>
        ))}
        <p id={`${base}-corrected`} className="small muted">
          {t('staff.correctedByAgency')}
        </p>
      </fieldset>
      <label htmlFor={`${base}-reason`}>{t('staff.answerReasonLabel')}</label>
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
          {sending ? t('staff.answerSending') : t('staff.answerSend')}
        </button>
      </div>
    </form>
  );
};

/** Caseworkers: open correction requests about people of their region, oldest first, to answer. */
export const CorrectionsPage = () => {
  const { t, code, date, dateTime } = useSpeech();
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
        {t('staff.correctionsTitle')}
      </h1>
      <p>{t('staff.correctionsIntro')}</p>
      {!purpose && <PurposeNeeded />}
      {answered && (
        <p ref={done} className="notice" role="status" tabIndex={-1}>
          {t('staff.answeredAs', { status: t(`enum.CorrectionStatus.${answered.status}`) })}{' '}
          {t(`enum.FactKind.${answered.item.fact.kind}`)}, {answered.item.fact.subject.lastName} {answered.item.fact.subject.firstName}
        </p>
      )}
      {state.loading && <Loading />}
      {state.error && <LoadError error={state.error} onRetry={state.reload} />}
      {page && page.items.length === 0 && <p className="card">{t('staff.noOpenCorrections')}</p>}
      {page && page.items.length > 0 && purpose && (
        <ol className="log queue" aria-label={t('staff.correctionsTitle')}>
          {page.items.map((item) => {
            const f = item.fact;
            return (
              <li key={item.id} className="card">
                <h2>
                  {t(`enum.FactKind.${f.kind}`)} <span className="badge">{t('portal.contested')}</span>
                </h2>
                <dl className="pairs">
                  <div>
                    <dt>{t('staff.contestedBy')}</dt>
                    <dd>
                      <Link to={`/people/${f.subject.pin}`}>
                        {f.subject.lastName} {f.subject.firstName}
                      </Link>{' '}
                      <span className="mono small">{f.subject.pin}</span>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('staff.agency')}</dt>
                    <dd>{code('agency', f.agency.code)}</dd>
                  </div>
                  <div>
                    <dt>{t('portal.sourceReference')}</dt>
                    <dd className="mono">{f.sourceReference}</dd>
                  </div>
                  <div>
                    <dt>{t('portal.validFrom')}</dt>
                    <dd>
                      {date(f.validFrom)} {t('portal.validTo')} {f.validTo ? date(f.validTo) : t('portal.ongoing')}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('staff.contestedValue')}</dt>
                    <dd>
                      <FactValue value={f.value} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('staff.requestedOn')}</dt>
                    <dd>{dateTime(item.requestedAt)}</dd>
                  </div>
                  <div>
                    <dt>{t('staff.citizenReason')}</dt>
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

import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import type { MessageKey } from '@usr/shared/i18n';
import type { ChangeReviewQueueQuery } from '../generated/graphql.ts';
import { ChangeReviewQueueQuery as QueueDocument, CloseChangeReviewMutation } from './change-review-queries.ts';
import { usePurpose } from './context.ts';
import { useSpeech } from './i18n/intl.ts';
import { errorCodes } from './registry-client.ts';
import { Loading, StaffLoadError } from './Status.tsx';
import { useRegistryQuery } from './use-registry-query.ts';
import { ReasonField } from './ReasonField.tsx';

type Review = ChangeReviewQueueQuery['changeReviews'][number];

/** The typed refusals closeChangeReview answers, each with its sentence. */
const ERROR_KEYS: Record<string, MessageKey> = {
  BAD_USER_INPUT: 'staff.review.error.BAD_USER_INPUT',
  FORBIDDEN: 'staff.review.error.FORBIDDEN',
  NOT_FOUND: 'staff.review.error.NOT_FOUND',
};

/**
 * One review item: who declared what, the amount in force against the amount the declaration would
 * give, the deadline, and the officer's answer (accept or reject, always with a reason). Nothing here
 * sets an amount: accepting makes the engine decide again counting the declared facts.
 */
const ReviewItem = ({ review: r, onDone }: { review: Review; onDone: (message: string) => void }) => {
  const { t, date, money, code } = useSpeech();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [, closeReview] = useMutation(CloseChangeReviewMutation);
  const id = `change-review-${r.id}`;
  const send = (accept: boolean) => {
    if (reason.trim() === '') return setInvalid(true);
    setBusy(true);
    void closeReview({ input: { reviewId: r.id, accept, reason } }).then((result) => {
      setBusy(false);
      const closed = result.data?.closeChangeReview;
      if (!closed) {
        const key = ERROR_KEYS[errorCodes(result.error)[0] ?? ''];
        return onDone(t(key ?? 'staff.review.failed'));
      }
      onDone(!closed.changed ? t('staff.review.unchanged') : t(accept ? 'staff.review.accepted' : 'staff.review.rejected'));
    });
  };
  return (
    <article className="card application" aria-labelledby={id}>
      <h2 id={id}>
        {code('benefit', r.benefitCode)} <span className="muted">· {code('region', r.regionCode)}</span>
        {r.workingDaysLeft < 0 && <span className="badge overdue">{t('staff.appeal.overdue')}</span>}
      </h2>
      <dl className="pairs">
        <div>
          <dt>{t('staff.review.person')}</dt>
          <dd className="mono">{r.subject.pin}</dd>
        </div>
        <div>
          <dt>{t('staff.review.change')}</dt>
          <dd>{t('staff.review.changeText', { n: r.factIds.length, benefit: code('benefit', r.benefitCode) })}</dd>
        </div>
        <div>
          <dt>{t('staff.review.currentAmount')}</dt>
          <dd>{money(r.currentAmount)}</dd>
        </div>
        <div>
          <dt>{t('staff.review.declaredAmount')}</dt>
          <dd>
            <strong>{money(r.declaredAmount)}</strong>
          </dd>
        </div>
        <div>
          <dt>{t('staff.review.deadline')}</dt>
          <dd>
            <strong>{date(r.deadline)}</strong> ·{' '}
            {r.workingDaysLeft < 0 ? t('staff.workingDaysLate', { n: -r.workingDaysLeft }) : t('staff.workingDaysLeft', { n: r.workingDaysLeft })}
          </dd>
        </div>
      </dl>
      <form className="confirm" noValidate onSubmit={(e) => e.preventDefault()}>
        <ReasonField
          id={id}
          label={t('staff.review.reason')}
          needed={t('staff.review.reasonNeeded')}
          maxLength={1000}
          value={reason}
          invalid={invalid}
          busy={busy}
          onChange={(value) => (setReason(value), setInvalid(false))}
        />
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => send(true)}>
            {t('staff.review.accept')}
          </button>
          <button type="button" className="outline" disabled={busy} onClick={() => send(false)}>
            {t('staff.review.reject')}
          </button>
        </div>
      </form>
    </article>
  );
};

/** The review items of declared changes: caseworkers see their region's, appeals officers every one. */
export const ChangeReviewQueuePage = () => {
  const { t } = useSpeech();
  const { purpose } = usePurpose();
  const state = useRegistryQuery({ query: QueueDocument, pause: !purpose });
  const [message, setMessage] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const items = state.data?.changeReviews ?? [];
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('staff.review.queueTitle')}
      </h1>
      <p>{t('staff.review.queueIntro')}</p>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {!purpose && <p className="card">{t('staff.review.purposeNeeded')}</p>}
      {purpose && state.loading && <Loading />}
      {state.error && <StaffLoadError error={state.error} onRetry={state.reload} />}
      {state.data && items.length === 0 && <p className="card">{t('staff.review.queueEmpty')}</p>}
      {items.map((r) => (
        <ReviewItem
          key={r.id}
          review={r}
          onDone={(text) => {
            setMessage(text);
            state.reload();
          }}
        />
      ))}
    </>
  );
};

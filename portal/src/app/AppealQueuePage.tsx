import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import type { AppealErrorCode, AppealQueueQuery } from '../generated/graphql.ts';
import { AppealQueueQuery as AppealQueueDocument, ReferAppealMutation, UpholdAppealMutation } from './appeal-queries.ts';
import { useFactLabel } from './AppealTimeline.tsx';
import { usePurpose } from './context.ts';
import { DecisionExplanation, languageOf } from './DecisionExplanation.tsx';
import { useSpeech } from './i18n/intl.ts';
import { Loading, StaffLoadError } from './Status.tsx';
import { useRegistryQuery } from './use-registry-query.ts';

type QueuedAppeal = AppealQueueQuery['appealReviewQueue']['items'][number];

/**
 * One appeal in review: the citizen's reason, the decision with its facts and steps (the disputed
 * facts listed), and the officer's two possible acts. Neither sets an outcome or an amount.
 */
const ReviewCard = ({ appeal: ap, onDone }: { appeal: QueuedAppeal; onDone: (message: string) => void }) => {
  const { t, date, dateTime, code } = useSpeech();
  const factLabel = useFactLabel();
  const [upholdReason, setUpholdReason] = useState('');
  const [factId, setFactId] = useState('');
  const [referReason, setReferReason] = useState('');
  const [invalid, setInvalid] = useState<'uphold' | 'refer' | undefined>();
  const [busy, setBusy] = useState(false);
  const [, upholdAppeal] = useMutation(UpholdAppealMutation);
  const [, referAppeal] = useMutation(ReferAppealMutation);
  const d = ap.currentDecision;
  const facts = d.inputs.filter((i) => i.factId);
  const disputed = facts.filter((f) => ap.disputedFactIds.includes(f.factId ?? ''));
  const finish = (ok: boolean, error: AppealErrorCode | undefined) => {
    setBusy(false);
    onDone(!ok ? t('staff.appeal.actionFailed') : error ? t(`enum.AppealErrorCode.${error}`) : t('staff.appeal.actionDone'));
  };
  const id = `review-${ap.id}`;
  return (
    <article className="card application" aria-labelledby={id}>
      <h2 id={id}>
        {code('benefit', d.benefitType.code)} <span className="muted">· {dateTime(ap.filedAt)}</span>
        {ap.overdue && <span className="badge overdue">{t('staff.appeal.overdue')}</span>}
      </h2>
      <dl className="pairs">
        <div>
          <dt>{t('portal.appeal.reviewBy')}</dt>
          <dd>
            <strong>{ap.reviewDeadline ? date(ap.reviewDeadline) : '—'}</strong>
            {ap.reviewWorkingDaysLeft !== null && ap.reviewWorkingDaysLeft !== undefined && (
              <> · {ap.reviewWorkingDaysLeft < 0 ? t('staff.workingDaysLate', { n: -ap.reviewWorkingDaysLeft }) : t('staff.workingDaysLeft', { n: ap.reviewWorkingDaysLeft })}</>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('staff.appeal.citizenReason')}</dt>
          <dd>{ap.reason}</dd>
        </div>
        {disputed.length > 0 && (
          <div>
            <dt>{t('staff.appeal.disputed')}</dt>
            <dd>
              <ul className="list">
                {disputed.map((f) => (
                  <li key={f.factId}>{factLabel(f)}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <section aria-labelledby={`${id}-decision`}>
        <h3 id={`${id}-decision`}>{t('staff.appeal.decisionReviewed')}</h3>
        <DecisionExplanation decision={d} />
      </section>
      <form
        className="confirm"
        onSubmit={(e) => {
          e.preventDefault();
          if (upholdReason.trim() === '') return setInvalid('uphold');
          setBusy(true);
          void upholdAppeal({ input: { appealId: ap.id, reason: upholdReason } }).then((r) => finish(!!r.data, r.data?.upholdAppeal.error?.code));
        }}
      >
        <label htmlFor={`${id}-uphold`}>{t('staff.appeal.upholdReason')}</label>
        <textarea
          id={`${id}-uphold`}
          rows={3}
          maxLength={1000}
          value={upholdReason}
          aria-invalid={invalid === 'uphold'}
          aria-describedby={invalid === 'uphold' ? `${id}-uphold-error` : undefined}
          disabled={busy}
          onChange={(e) => (setUpholdReason(e.target.value), setInvalid(undefined))}
        />
        {invalid === 'uphold' && (
          <p id={`${id}-uphold-error`} className="error" role="alert">
            {t('staff.appeal.reasonNeeded')}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('staff.appeal.uphold')}
          </button>
        </div>
      </form>
      {facts.length > 0 && (
        <form
          className="confirm"
          onSubmit={(e) => {
            e.preventDefault();
            if (!factId || referReason.trim() === '') return setInvalid('refer');
            setBusy(true);
            void referAppeal({ input: { appealId: ap.id, factId, reason: referReason } }).then((r) => finish(!!r.data, r.data?.referAppealToAgency.error?.code));
          }}
        >
          <label htmlFor={`${id}-fact`}>{t('staff.appeal.referFact')}</label>
          <select id={`${id}-fact`} value={factId} disabled={busy} onChange={(e) => (setFactId(e.target.value), setInvalid(undefined))}>
            <option value="">{t('staff.appeal.chooseFact')}</option>
            {facts.map((f) => (
              <option key={f.factId} value={f.factId ?? ''}>
                {factLabel(f)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-refer`}>{t('staff.appeal.referReason')}</label>
          <textarea
            id={`${id}-refer`}
            rows={2}
            maxLength={1000}
            value={referReason}
            aria-invalid={invalid === 'refer'}
            aria-describedby={invalid === 'refer' ? `${id}-refer-error` : undefined}
            disabled={busy}
            onChange={(e) => (setReferReason(e.target.value), setInvalid(undefined))}
          />
          {invalid === 'refer' && (
            <p id={`${id}-refer-error`} className="error" role="alert">
              {t('staff.appeal.reasonNeeded')}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="outline" disabled={busy}>
              {t('staff.appeal.refer')}
            </button>
          </div>
        </form>
      )}
    </article>
  );
};

/** The appeals officers' queue, nearest review deadline first; every read needs a declared purpose. */
export const AppealQueuePage = () => {
  const { t, language } = useSpeech();
  const { purpose } = usePurpose();
  const state = useRegistryQuery({ query: AppealQueueDocument, variables: { language: languageOf(language) }, pause: !purpose });
  const [message, setMessage] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const items = state.data?.appealReviewQueue.items ?? [];
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('staff.appeal.queueTitle')}
      </h1>
      <p>{t('staff.appeal.queueIntro')}</p>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {!purpose && <p className="card">{t('staff.appeal.purposeNeededQueue')}</p>}
      {purpose && state.loading && <Loading />}
      {state.error && <StaffLoadError error={state.error} onRetry={state.reload} />}
      {state.data && items.length === 0 && <p className="card">{t('staff.appeal.queueEmpty')}</p>}
      {items.map((ap) => (
        <ReviewCard
          key={ap.id}
          appeal={ap}
          onDone={(text) => {
            setMessage(text);
            state.reload();
          }}
        />
      ))}
    </>
  );
};

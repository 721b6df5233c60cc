import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import type { AppealQueueQuery } from '../generated/graphql.ts';
import { AppealQueueQuery as AppealQueueDocument, ReferAppealMutation, UpholdAppealMutation } from './appeal-queries.ts';
import { enumText } from './AppealTimeline.tsx';
import { useLang, usePurpose } from './context.ts';
import { DecisionExplanation, languageOf } from './DecisionExplanation.tsx';
import { APPEAL_STRINGS } from './i18n-appeals.ts';
import { formatDate, formatDateTime } from './i18n.ts';
import { StaffLoadError, Loading } from './Status.tsx';
import { useRegistryQuery } from './use-registry-query.ts';

type QueuedAppeal = AppealQueueQuery['appealReviewQueue']['items'][number];

/** Today in Baku, `YYYY-MM-DD` (review deadlines are Baku calendar days). */
const bakuToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/**
 * One appeal in review: the citizen's reason, the decision with its facts and computation (the
 * disputed facts marked), and the officer's two possible acts. Neither sets an outcome or amount.
 */
const ReviewCard = ({ appeal: ap, onDone }: { appeal: QueuedAppeal; onDone: (message: string) => void }) => {
  const { lang } = useLang();
  const a = APPEAL_STRINGS[lang];
  const [upholdReason, setUpholdReason] = useState('');
  const [factId, setFactId] = useState('');
  const [referReason, setReferReason] = useState('');
  const [invalid, setInvalid] = useState<'uphold' | 'refer' | undefined>();
  const [busy, setBusy] = useState(false);
  const [, upholdAppeal] = useMutation(UpholdAppealMutation);
  const [, referAppeal] = useMutation(ReferAppealMutation);
  const d = ap.currentDecision;
  const facts = d.inputs.filter((i) => i.factId);
  const overdue = ap.reviewDeadline !== null && ap.reviewDeadline !== undefined && ap.reviewDeadline < bakuToday();
  const finish = (ok: boolean, code: string | undefined) => {
    setBusy(false);
    onDone(!ok ? a.actionFailed : code ? enumText(lang, 'AppealErrorCode', code) : a.actionDone);
  };
  const id = `review-${ap.id}`;
  return (
    <article className="application" aria-labelledby={id}>
      <h2 id={id}>
        {d.benefitType.name} <span className="muted">· {formatDateTime(lang, ap.filedAt)}</span>
      </h2>
      <dl className="pairs">
        <div>
          <dt>{a.reviewBy}</dt>
          <dd>
            <strong>{ap.reviewDeadline ? formatDate(lang, ap.reviewDeadline) : '—'}</strong> {overdue && <span className="badge">{a.reviewOverdue}</span>}
          </dd>
        </div>
        <div>
          <dt>{a.citizenReason}</dt>
          <dd>{ap.reason}</dd>
        </div>
        {ap.disputedFactIds.length > 0 && (
          <div>
            <dt>{a.disputed}</dt>
            <dd>
              <ul className="list">
                {facts
                  .filter((f) => ap.disputedFactIds.includes(f.factId ?? ''))
                  .map((f) => (
                    <li key={f.factId}>{f.summary}</li>
                  ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <section aria-label={a.decisionReviewed}>
        <h3>{a.decisionReviewed}</h3>
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
        <label htmlFor={`${id}-uphold`}>{a.upholdReason}</label>
        <textarea id={`${id}-uphold`} rows={3} maxLength={1000} value={upholdReason} aria-invalid={invalid === 'uphold'} disabled={busy} onChange={(e) => (setUpholdReason(e.target.value), setInvalid(undefined))} />
        {invalid === 'uphold' && (
          <p className="error" role="alert">
            {a.reasonNeeded}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {a.uphold}
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
          <label htmlFor={`${id}-fact`}>{a.referFact}</label>
          <select id={`${id}-fact`} value={factId} disabled={busy} onChange={(e) => (setFactId(e.target.value), setInvalid(undefined))}>
            <option value="">{a.chooseFact}</option>
            {facts.map((f) => (
              <option key={f.factId} value={f.factId ?? ''}>
                {f.summary}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-refer`}>{a.referReason}</label>
          <textarea id={`${id}-refer`} rows={2} maxLength={1000} value={referReason} aria-invalid={invalid === 'refer'} disabled={busy} onChange={(e) => (setReferReason(e.target.value), setInvalid(undefined))} />
          {invalid === 'refer' && (
            <p className="error" role="alert">
              {a.reasonNeeded}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="outline" disabled={busy}>
              {a.refer}
            </button>
          </div>
        </form>
      )}
    </article>
  );
};

/** The appeals officers' queue, nearest review deadline first; reads need a declared purpose. */
export const AppealQueuePage = () => {
  const { lang } = useLang();
  const a = APPEAL_STRINGS[lang];
  const { purpose } = usePurpose();
  const state = useRegistryQuery({ query: AppealQueueDocument, variables: { language: languageOf(lang) }, pause: !purpose });
  const [message, setMessage] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const items = state.data?.appealReviewQueue.items ?? [];
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {a.queueTitle}
      </h1>
      <p>{a.queueIntro}</p>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {!purpose && <p className="card">{a.purposeNeededQueue}</p>}
      {purpose && state.loading && <Loading />}
      {state.error && <StaffLoadError error={state.error} onRetry={state.reload} />}
      {state.data && items.length === 0 && <p className="card">{a.queueEmpty}</p>}
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

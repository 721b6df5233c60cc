import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import type { DraftErrorFieldsFragment, RulesDraftQuery } from '../../generated/graphql.ts';
import { RULES_APPROVER, RULES_EDITOR } from '../auth.ts';
import { useSession } from '../context.ts';
import { languageOf } from '../DecisionExplanation.tsx';
import { useSpeech } from '../i18n/intl.ts';
import { errorCodes } from '../registry-client.ts';
import { LoadError, Loading } from '../Status.tsx';
import { useRegistryQuery } from '../use-registry-query.ts';
import { DryRuns } from './DryRuns.tsx';
import { EMPTY_SAMPLE_FORM, type SampleForm } from './dry-run-sample.ts';
import { ApproveParameterDraftMutation, DraftQuery, RejectParameterDraftMutation } from './rules-queries.ts';
import type { MessageKey } from '@usr/shared/i18n';
import { Basis, Coverage, Refusal, Who, failureKey, parameterLabel, valueText } from './rules-parts.tsx';
import { ReasonField } from '../ReasonField.tsx';

type Draft = RulesDraftQuery['parameterDraft'];

/** Each parameter the draft changes: the value in force the day before against the proposed one, from which day, on what basis. */
const Diff = ({ draft }: { draft: Draft }) => {
  const speech = useSpeech();
  const { t, code, date } = speech;
  const id = useId();
  return (
    // One landmark only: the scrollable table, named by the heading.
    <section className="card">
      <h2 id={id}>{t('rules.diffTitle')}</h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={id}>
        <table className="rules-table diff">
          <thead>
            <tr>
              <th scope="col">{t('staff.parameter')}</th>
              <th scope="col">{t('rules.diffBefore')}</th>
              <th scope="col">{t('rules.diffAfter')}</th>
              <th scope="col">{t('rules.diffFrom')}</th>
              <th scope="col">{t('staff.legalBasis')}</th>
            </tr>
          </thead>
          <tbody>
            {draft.versions.map((v) => (
              <tr key={v.id}>
                <th scope="row">
                  {parameterLabel(speech, v.name)}
                  <div className="small muted">{code('benefit', v.benefitCode)}</div>
                </th>
                <td className="before">
                  {v.previous ? (
                    <>
                      <del>{valueText(speech, v.previous.unit, v.previous.value)}</del>
                      <div className="small muted">{t('rules.appliesFrom', { from: v.previous.effectiveFrom })}</div>
                    </>
                  ) : (
                    <span className="muted">{t('rules.diffNoPrevious')}</span>
                  )}
                </td>
                <td className="after">
                  <ins>
                    <strong>{valueText(speech, v.unit, v.value)}</strong>
                  </ins>
                  {v.supersedes && <div className="small">{t('rules.corrects')}</div>}
                </td>
                <td>
                  {date(v.effectiveFrom)}
                  <div className="small muted">{v.effectiveUntil ? t('rules.until', { until: v.effectiveUntil }) : t('rules.untilNext')}</div>
                </td>
                <td className="small">
                  <Basis version={v} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
};

/**
 * An approver approves or rejects (with a reason) a waiting draft. Whether the approver drafted it
 * is the registry's rule (OWN_DRAFT): the page says so beforehand, and shows the registry's
 * refusal if the step is tried anyway.
 */
const Decide = ({ draft, onDone }: { draft: Draft; onDone: (done: MessageKey) => void }) => {
  const { t } = useSpeech();
  const { roles, subject } = useSession();
  const id = useId();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'failed'; key: MessageKey } | { kind: 'refused'; error: DraftErrorFieldsFragment } | undefined>();
  const [, approve] = useMutation(ApproveParameterDraftMutation);
  const [, reject] = useMutation(RejectParameterDraftMutation);
  if (!roles?.has(RULES_APPROVER)) return <p className="card muted">{t('rules.approversOnly')}</p>;
  const own = subject === draft.draftedBy;

  const answer = (payload: { changed: boolean; error?: DraftErrorFieldsFragment | null } | undefined, error: Parameters<typeof failureKey>[0], done: 'rules.approved' | 'rules.rejected') => {
    setBusy(false);
    if (!payload) return setMessage({ kind: 'failed', key: failureKey(error) });
    if (payload.error) return setMessage({ kind: 'refused', error: payload.error });
    // Decided: the page reads the draft again (no longer waiting, this form goes) and says what happened.
    onDone(payload.changed ? done : 'rules.unchanged');
  };
  const sendApprove = () => {
    setBusy(true);
    setMessage(undefined);
    void approve({ input: { draftId: draft.id } }).then((r) => answer(r.data?.approveParameterDraft, r.error, 'rules.approved'));
  };
  const sendReject = () => {
    if (reason.trim() === '') return setInvalid(true);
    setBusy(true);
    setMessage(undefined);
    void reject({ input: { draftId: draft.id, reason: reason.trim() } }).then((r) => answer(r.data?.rejectParameterDraft, r.error, 'rules.rejected'));
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('rules.decideTitle')}</h2>
      {own && <p className="hint">{t('rules.ownDraftHint')}</p>}
      <form className="confirm" noValidate onSubmit={(e) => e.preventDefault()}>
        <ReasonField
          id={id}
          label={t('rules.rejectReason')}
          needed={t('rules.rejectReasonNeeded')}
          maxLength={2000}
          value={reason}
          invalid={invalid}
          busy={busy}
          onChange={(value) => (setReason(value), setInvalid(false))}
        />
        <div className="actions">
          <button type="button" disabled={busy} onClick={sendApprove}>
            {t('rules.approve')}
          </button>
          <button type="button" className="outline" disabled={busy} onClick={sendReject}>
            {t('rules.reject')}
          </button>
        </div>
      </form>
      {message?.kind === 'failed' && (
        <p className="error" role="alert">
          {t(message.key)}
        </p>
      )}
      {message?.kind === 'refused' && <Refusal error={message.error} />}
    </section>
  );
};

/**
 * One change set under review: where it stands and why it is made, what it changes (each value
 * against the one in force the day before), the coverage check with it applied, its dry runs
 * (and a request for another), and approval or rejection for an approver who did not draft it.
 */
export const DraftReviewPage = ({ id }: { id: string }) => {
  const { t, language, dateTime } = useSpeech();
  const { roles } = useSession();
  const state = useRegistryQuery({ query: DraftQuery, variables: { id, language: languageOf(language) } });
  const heading = useRef<HTMLHeadingElement>(null);
  const coverageId = useId();
  const [notice, setNotice] = useState<MessageKey | undefined>();
  // The dry-run sample chosen so far: kept here, as the draft is read again on a switch of language.
  const sampleForm = useState<SampleForm>(EMPTY_SAMPLE_FORM);
  useEffect(() => heading.current?.focus(), []);
  const draft = state.data?.parameterDraft;
  const pending = draft?.status === 'PENDING';
  const mayRequest = Boolean(roles?.has(RULES_EDITOR) || roles?.has(RULES_APPROVER));
  return (
    <>
      <p className="small">
        <Link to="/drafts">{t('rules.backToDrafts')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('rules.reviewTitle')}
        {draft && <span className={`badge status-${draft.status.toLowerCase()}`}>{t(`enum.ParameterDraftStatus.${draft.status}`)}</span>}
      </h1>
      {notice && (
        <p className="notice" role="status">
          {t(notice)}
        </p>
      )}
      {state.loading && <Loading />}
      {state.error &&
        (errorCodes(state.error).includes('NOT_FOUND') ? (
          <p className="error card" role="alert">
            {t('rules.error.NOT_FOUND')}
          </p>
        ) : (
          <LoadError error={state.error} onRetry={state.reload} />
        ))}
      {draft && (
        <>
          <dl className="pairs card">
            <div>
              <dt>{t('rules.status')}</dt>
              <dd>{t(`enum.ParameterDraftStatus.${draft.status}`)}</dd>
            </div>
            <div>
              <dt>{t('rules.reason')}</dt>
              <dd>{draft.reason}</dd>
            </div>
            <div>
              <dt>{t('rules.draftedBy')}</dt>
              <dd>
                <Who subject={draft.draftedBy} name={draft.draftedByName} />, {dateTime(draft.createdAt)}
              </dd>
            </div>
            {draft.decidedBy && draft.decidedAt && (
              <div>
                <dt>{t('rules.decidedBy')}</dt>
                <dd>
                  <Who subject={draft.decidedBy} name={draft.decidedByName} />, {dateTime(draft.decidedAt)}
                </dd>
              </div>
            )}
            {draft.rejectionReason && (
              <div>
                <dt>{t('rules.rejectionReason')}</dt>
                <dd>{draft.rejectionReason}</dd>
              </div>
            )}
          </dl>
          <Diff draft={draft} />
          <Coverage check={draft.coverage} headingId={coverageId} title="rules.coverageWithDraft" />
          <DryRuns draftId={draft.id} runs={draft.dryRuns} canRequest={pending && mayRequest} onChanged={state.reload} sampleForm={sampleForm} />
          {pending && (
            <Decide
              draft={draft}
              onDone={(done) => {
                setNotice(done);
                state.reload();
              }}
            />
          )}
        </>
      )}
    </>
  );
};

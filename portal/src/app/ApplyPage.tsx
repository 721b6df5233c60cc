import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import type { MyApplicationsQuery } from '../generated/graphql.ts';
import { useSession } from './context.ts';
import { DecisionExplanation, languageOf } from './DecisionExplanation.tsx';
import { ApplyForAssistanceMutation, MyApplicationsQuery as MyApplicationsDocument, WithdrawApplicationMutation } from './queries.ts';
import { LoadError, Loading } from './Status.tsx';
import { useRegistryQuery } from './use-registry-query.ts';
import { useSpeech } from './i18n/intl.ts';

type Household = NonNullable<MyApplicationsQuery['person']['household']>;
type Application = Household['applications'][number];

type Step = { kind: 'idle' } | { kind: 'confirming' } | { kind: 'sending' } | { kind: 'failed' } | { kind: 'sent'; pending: boolean };

/** Where the application stands, in plain words: days left, late, decided or withdrawn. */
const StatusLine = ({ application: a }: { application: Application }) => {
  const { t } = useSpeech();
  if (a.status === 'WITHDRAWN') return <p className="small">{a.withdrawnAt ? t('portal.statusWithdrawn', { date: a.withdrawnAt }) : t('enum.ApplicationStatus.WITHDRAWN')}</p>;
  if (a.status === 'DECIDED') return <p className="small">{t('portal.statusDecided')}</p>;
  const left = a.workingDaysLeft ?? 0;
  return <p className={left < 0 ? 'notice' : 'small'}>{left < 0 ? t('portal.statusLate', { n: -left }) : t('portal.statusWaiting', { n: left })}</p>;
};

type Withdrawal = 'idle' | 'confirming' | 'sending' | 'failed';

/** The applicant withdraws an application still waiting for a decision, after confirming. */
const WithdrawControl = ({ application: a, onDone }: { application: Application; onDone: () => void }) => {
  const { t } = useSpeech();
  const [, withdraw] = useMutation(WithdrawApplicationMutation);
  const [state, setState] = useState<Withdrawal>('idle');
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state === 'confirming') confirm.current?.focus();
  }, [state]);
  const send = async () => {
    setState('sending');
    const sent = await withdraw({ id: a.id });
    if (!sent.data?.withdrawApplication) return setState('failed');
    setState('idle');
    onDone();
  };
  if (state === 'idle' || state === 'failed')
    return (
      <div className="actions">
        <button type="button" className="outline" onClick={() => setState('confirming')}>
          {t('portal.withdraw')}
        </button>
        {state === 'failed' && (
          <p className="error small" role="alert">
            {t('portal.withdrawFailed')}
          </p>
        )}
      </div>
    );
  return (
    <div className="confirm" role="group" aria-label={t('portal.withdraw')}>
      <p>{t('portal.withdrawConfirmText')}</p>
      <div className="actions">
        <button ref={confirm} type="button" disabled={state === 'sending'} onClick={() => void send()}>
          {t('portal.withdrawConfirm')}
        </button>
        <button type="button" className="outline" disabled={state === 'sending'} onClick={() => setState('idle')}>
          {t('portal.cancel')}
        </button>
      </div>
    </div>
  );
};

const ApplicationCard = ({ application: a, mine, onChanged }: { application: Application; mine: boolean; onChanged: () => void }) => {
  const { t, code, date, dateTime } = useSpeech();
  const headingId = `application-${a.id}`;
  return (
    <article className="application" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {code('benefit', a.benefitType.code)}{' '}
        <span className={`state state-${a.status.toLowerCase()}`}>· {t(`enum.ApplicationStatus.${a.status}`)}</span>
      </h3>
      <StatusLine application={a} />
      <dl className="pairs">
        <div>
          <dt>{t('portal.submittedOn')}</dt>
          <dd>{dateTime(a.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t('portal.decisionDue')}</dt>
          <dd>
            <strong>{date(a.deadline)}</strong>
          </dd>
        </div>
      </dl>
      {a.status === 'SUBMITTED' && mine && <WithdrawControl application={a} onDone={onChanged} />}
      {a.decision && (
        <section className="decision-block" aria-label={t('portal.theDecision')}>
          <h4>{t('portal.theDecision')}</h4>
          <DecisionExplanation decision={a.decision} />
        </section>
      )}
    </article>
  );
};

/**
 * Apply for TSA for my household: who it covers, a confirmation step, then the application with
 * its deadline and status, and the decision explained in the chosen language once it is taken.
 */
export const ApplyPage = () => {
  const { t, language } = useSpeech();
  const { pin = '' } = useSession();
  const state = useRegistryQuery({ query: MyApplicationsDocument, variables: { pin, language: languageOf(language) } });
  const [, applyForAssistance] = useMutation(ApplyForAssistanceMutation);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  // One key per intended application: a retry after a lost answer gets the same application back.
  const key = useRef<string>(crypto.randomUUID());
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const applyButton = useRef<HTMLButtonElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (step.kind === 'confirming') confirmButton.current?.focus();
    if (step.kind === 'sent' || step.kind === 'failed') outcome.current?.focus();
  }, [step.kind]);

  const household = state.data?.person.household ?? undefined;
  const applications = household ? [...household.applications].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt)) : [];
  const pending = applications.some((a) => a.status === 'SUBMITTED');

  const apply = async (householdId: string) => {
    setStep({ kind: 'sending' });
    const sent = await applyForAssistance({ input: { householdId, idempotencyKey: key.current } });
    const result = sent.data?.applyForAssistance;
    if (!result) return setStep({ kind: 'failed' });
    setStep({ kind: 'sent', pending: result.error?.code === 'ALREADY_PENDING' });
    key.current = crypto.randomUUID();
    state.reload();
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('portal.applyTitle')}
      </h1>
      <p>{t('portal.applyIntro')}</p>
      {state.loading && <Loading />}
      {state.error && <LoadError error={state.error} onRetry={state.reload} />}
      {state.data && !household && <p className="card">{t('portal.noHouseholdApply')}</p>}
      {(step.kind === 'sent' || step.kind === 'failed') && (
        <p ref={outcome} tabIndex={-1} className={step.kind === 'failed' ? 'error card' : 'notice'} role={step.kind === 'failed' ? 'alert' : 'status'}>
          {step.kind === 'failed' ? t('portal.applyFailed') : step.pending ? t('portal.applyAlreadyPending') : t('portal.applySubmitted')}
        </p>
      )}
      {household && (
        <>
          <section className="card" aria-labelledby="apply-household">
            <h2 id="apply-household">{t('portal.applyHousehold')}</h2>
            <ul className="list">
              {household.members.map((m) => (
                <li key={m.id} className={m.person.pin === pin ? 'me' : undefined}>
                  <strong>
                    {m.person.firstName} {m.person.lastName}
                  </strong>
                  <span className="muted"> · {t(`enum.Relation.${m.relation}`)}</span>
                </li>
              ))}
            </ul>
            {!pending && step.kind !== 'confirming' && step.kind !== 'sending' && (
              <button ref={applyButton} type="button" onClick={() => setStep({ kind: 'confirming' })}>
                {t('portal.applyButton')}
              </button>
            )}
            {(step.kind === 'confirming' || step.kind === 'sending') && (
              <div className="confirm" role="group" aria-labelledby="apply-confirm">
                <h3 id="apply-confirm">{t('portal.applyConfirmTitle')}</h3>
                <p>{t('portal.applyConfirmText', { n: household.members.length })}</p>
                <div className="actions">
                  <button ref={confirmButton} type="button" disabled={step.kind === 'sending'} onClick={() => void apply(household.id)}>
                    {step.kind === 'sending' ? t('portal.applySending') : t('portal.applyConfirm')}
                  </button>
                  <button
                    type="button"
                    className="outline"
                    disabled={step.kind === 'sending'}
                    onClick={() => {
                      setStep({ kind: 'idle' });
                      requestAnimationFrame(() => applyButton.current?.focus());
                    }}
                  >
                    {t('portal.cancel')}
                  </button>
                </div>
              </div>
            )}
          </section>
          <section className="card" aria-labelledby="apply-applications">
            <h2 id="apply-applications">{t('portal.applicationsTitle')}</h2>
            {applications.length === 0 ? <p>{t('portal.noApplications')}</p> : applications.map((a) => <ApplicationCard key={a.id} application={a} mine={a.applicant.pin === pin} onChanged={state.reload} />)}
          </section>
        </>
      )}
    </>
  );
};

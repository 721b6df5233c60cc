import { useEffect, useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { MessageKey } from '@usr/shared/i18n';
import type { DraftErrorFieldsFragment, DryRunFieldsFragment } from '../../generated/graphql.ts';
import { useSpeech, type Speech } from '../i18n/intl.ts';
import { RequestParameterDryRunMutation } from './rules-queries.ts';
import { Refusal, Who, failureKey } from './rules-parts.tsx';

type DryRun = DryRunFieldsFragment;
type Report = NonNullable<DryRun['report']>;

/** A share typed as a per cent (1 to 100, decimals allowed) as the API's share (above 0, at most 1). */
export const shareOfPercent = (typed: string): number | undefined => {
  const normal = typed.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normal)) return undefined;
  const percent = Number(normal);
  return percent > 0 && percent <= 100 ? percent / 100 : undefined;
};

/** The change in monthly cost in words: more, less or none, the amount without its sign. */
const costText = (speech: Speech, delta: string): string => {
  const amount = delta.replace(/^[-+]/, '');
  if (!/[1-9]/.test(amount)) return speech.t('rules.costSame');
  return speech.t(delta.startsWith('-') ? 'rules.costDown' : 'rules.costUp', { amount });
};

/** A band of the distribution: "from -50.00 AZN to under -10.00 AZN", "under ...", "... or more". */
const bandText = (speech: Speech, band: Report['distribution'][number]): string => {
  if (band.from == null && band.to != null) return speech.t('rules.bandBelow', { to: band.to });
  if (band.to == null && band.from != null) return speech.t('rules.bandAbove', { from: band.from });
  return speech.t('rules.bandBetween', { from: band.from ?? 0, to: band.to ?? 0 });
};

/** A dry run's figures: decisions assessed and changed, newly granted and refused, monthly cost change, the distribution, examples. */
const ReportFigures = ({ report, titleId }: { report: Report; titleId: string }) => {
  const speech = useSpeech();
  const { t, code, money, number } = speech;
  return (
    <>
      <dl className="pairs">
        <div>
          <dt>{t('rules.reportAssessed')}</dt>
          <dd>{number(report.assessed)}</dd>
        </div>
        <div>
          <dt>{t('rules.reportChanged')}</dt>
          <dd>{number(report.changed)}</dd>
        </div>
        <div>
          <dt>{t('rules.reportNewlyGranted')}</dt>
          <dd>{number(report.newlyGranted)}</dd>
        </div>
        <div>
          <dt>{t('rules.reportNewlyRefused')}</dt>
          <dd>{number(report.newlyRefused)}</dd>
        </div>
        <div>
          <dt>{t('rules.reportCost')}</dt>
          <dd>
            <strong>{costText(speech, report.monthlyCostDelta)}</strong>
          </dd>
        </div>
      </dl>
      {report.distribution.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${titleId}-distribution`}>
          <h4 id={`${titleId}-distribution`}>{t('rules.distributionTitle')}</h4>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('rules.band')}</th>
                <th scope="col">{t('rules.bandDecisions')}</th>
              </tr>
            </thead>
            <tbody>
              {report.distribution.map((band) => (
                <tr key={`${band.from ?? ''}-${band.to ?? ''}`}>
                  <td>{bandText(speech, band)}</td>
                  <td>{number(band.decisions)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.examples.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${titleId}-examples`}>
          <h4 id={`${titleId}-examples`}>{t('rules.examplesTitle')}</h4>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('rules.exampleBenefit')}</th>
                <th scope="col">{t('rules.examplePerson')}</th>
                <th scope="col">{t('rules.exampleBefore')}</th>
                <th scope="col">{t('rules.exampleAfter')}</th>
              </tr>
            </thead>
            <tbody>
              {report.examples.map((e, i) => (
                <tr key={i}>
                  <td>{code('benefit', e.benefitCode)}</td>
                  <td>{e.subjectPin ? <span className="mono">{e.subjectPin}</span> : <span className="muted">{t('rules.anonymised')}</span>}</td>
                  <td>{e.before != null ? money(e.before) : t('rules.exampleRefused')}</td>
                  <td>{e.after != null ? money(e.after) : t('rules.exampleRefused')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
};

/** One dry run: its sample, who asked and when, where it stands, and its report once DONE. */
const DryRunItem = ({ run }: { run: DryRun }) => {
  const { t, dateTime } = useSpeech();
  const titleId = `dry-run-${run.id}`;
  return (
    <article className="dry-run" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {t('rules.dryRunHeading', { percent: Math.round(run.sampleShare * 1000) / 10 })}
        <span className={`badge status-${run.status.toLowerCase()}`}>{t(`enum.ParameterDryRunStatus.${run.status}`)}</span>
      </h3>
      <dl className="pairs small">
        <div>
          <dt>{t('rules.dryRunRequestedAt')}</dt>
          <dd>
            <Who subject={run.requestedBy} />, {dateTime(run.requestedAt)}
          </dd>
        </div>
        {run.completedAt && (
          <div>
            <dt>{t('rules.dryRunCompletedAt')}</dt>
            <dd>{dateTime(run.completedAt)}</dd>
          </div>
        )}
      </dl>
      {run.status === 'QUEUED' && <p className="muted">{t('rules.dryRunWaiting')}</p>}
      {run.status === 'FAILED' && <p className="error">{t('rules.dryRunFailed')}</p>}
      {run.report && <ReportFigures report={run.report} titleId={titleId} />}
    </article>
  );
};

/**
 * The draft's dry runs, newest first, and (while the draft waits) a request for another with a
 * sample share. While one is queued the page asks the registry again every few seconds.
 */
export const DryRuns = ({ draftId, runs, canRequest, onChanged }: { draftId: string; runs: readonly DryRun[]; canRequest: boolean; onChanged: () => void }) => {
  const { t } = useSpeech();
  const id = useId();
  const [share, setShare] = useState('100');
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'done' | 'failed' | 'invalid'; key: MessageKey } | { kind: 'refused'; error: DraftErrorFieldsFragment } | undefined>();
  const [, requestDryRun] = useMutation(RequestParameterDryRunMutation);
  const queued = runs.some((r) => r.status === 'QUEUED');
  useEffect(() => {
    if (!queued) return;
    const timer = setInterval(onChanged, 2000);
    return () => clearInterval(timer);
  }, [queued, onChanged]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const sampleShare = shareOfPercent(share);
    if (sampleShare === undefined) return setMessage({ kind: 'invalid', key: 'rules.dryRunShareInvalid' });
    setBusy(true);
    setMessage(undefined);
    void requestDryRun({ input: { draftId, sampleShare, idempotencyKey: key } }).then((result) => {
      setBusy(false);
      const payload = result.data?.requestParameterDryRun;
      if (!payload) return setMessage({ kind: 'failed', key: failureKey(result.error) });
      if (payload.error) return setMessage({ kind: 'refused', error: payload.error });
      setKey(crypto.randomUUID());
      setMessage({ kind: 'done', key: 'rules.dryRunRequested' });
      onChanged();
    });
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('rules.dryRunsTitle')}</h2>
      <p>{t('rules.dryRunsIntro')}</p>
      {canRequest && (
        <form className="inline-form" noValidate onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-share`}>{t('rules.dryRunShare')}</label>
            <input id={`${id}-share`} inputMode="decimal" size={5} autoComplete="off" value={share} onChange={(e) => setShare(e.target.value)} />
          </div>
          <button type="submit" disabled={busy}>
            {busy ? t('rules.sending') : t('rules.dryRunRequest')}
          </button>
        </form>
      )}
      {message?.kind === 'done' && (
        <p className="notice" role="status">
          {t(message.key)}
        </p>
      )}
      {(message?.kind === 'failed' || message?.kind === 'invalid') && (
        <p className="error" role="alert">
          {t(message.key)}
        </p>
      )}
      {message?.kind === 'refused' && <Refusal error={message.error} />}
      {runs.length === 0 ? <p className="muted">{t('rules.dryRunNone')}</p> : runs.map((run) => <DryRunItem key={run.id} run={run} />)}
      {queued && (
        <button type="button" className="outline" onClick={onChanged}>
          {t('rules.checkAgain')}
        </button>
      )}
    </section>
  );
};

import { useEffect, useId, useMemo, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { useMutation } from 'urql';
import type { MessageKey } from '@usr/shared/i18n';
import type { DraftErrorFieldsFragment, DryRunFieldsFragment, ParameterDryRunSampleKind } from '../../generated/graphql.ts';
import { useSpeech, type Speech } from '../i18n/intl.ts';
import { RegionsQuery } from '../queries.ts';
import { useRegistryQuery } from '../use-registry-query.ts';
import { FIELD_PROBLEM, FIELDS_OF_KIND, SAMPLE_KINDS, requestFailure, sampleOfForm, sampleText, type SampleField, type SampleForm } from './dry-run-sample.ts';
import { RequestParameterDryRunMutation } from './rules-queries.ts';
import { Refusal, Who } from './rules-parts.tsx';

type DryRun = DryRunFieldsFragment;
type Report = NonNullable<DryRun['report']>;

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
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${titleId}-distribution ${titleId}-sample`}>
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
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${titleId}-examples ${titleId}-sample`}>
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

/** One dry run: its sample in words, who asked and when, where it stands, and its report once DONE. */
const DryRunItem = ({ run }: { run: DryRun }) => {
  const speech = useSpeech();
  const { t, dateTime } = speech;
  const titleId = `dry-run-${run.id}`;
  return (
    <article className="dry-run" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {/* Also names the report's tables: each dry run's are told apart by its sample. */}
        <span id={`${titleId}-sample`}>{sampleText(speech, run.sample)}</span>
        <span className={`badge status-${run.status.toLowerCase()}`}>{t(`enum.ParameterDryRunStatus.${run.status}`)}</span>
      </h3>
      <dl className="pairs small">
        <div>
          <dt>{t('rules.dryRunRequestedAt')}</dt>
          <dd>
            <Who subject={run.requestedBy} name={run.requestedByName} />, {dateTime(run.requestedAt)}
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

type Message = { kind: 'done' | 'failed'; key: MessageKey } | { kind: 'invalid'; field: SampleField } | { kind: 'refused'; error: DraftErrorFieldsFragment };

/**
 * The sample's fields for the chosen kind: a share in per cent, a region of the registry's geography
 * (named in the reader's language), or a number of households and an optional seed. The field the
 * page or the registry found wrong is marked and says what it takes.
 */
const SampleFields = ({ id, form, set, invalid, regions }: { id: string; form: SampleForm; set: (change: Partial<SampleForm>) => void; invalid: SampleField | undefined; regions: readonly string[] }) => {
  const speech = useSpeech();
  const { t } = speech;
  const marked = (field: SampleField) => ({ 'aria-invalid': invalid === field, 'aria-describedby': invalid === field ? `${id}-problem` : undefined });
  return FIELDS_OF_KIND[form.kind].map((field) => {
    switch (field) {
      case 'share':
        return (
          <div className="field" key={field}>
            <label htmlFor={`${id}-share`}>{t('rules.dryRunShare')}</label>
            <input id={`${id}-share`} inputMode="decimal" size={5} autoComplete="off" value={form.percent} onChange={(e) => set({ percent: e.target.value })} {...marked(field)} />
          </div>
        );
      case 'regionCode':
        return (
          <div className="field" key={field}>
            <label htmlFor={`${id}-region`}>{t('rules.dryRunRegion')}</label>
            <select id={`${id}-region`} value={form.regionCode} onChange={(e) => set({ regionCode: e.target.value })} {...marked(field)}>
              <option value="">{t('rules.dryRunRegionChoose')}</option>
              {regions.map((code) => (
                <option key={code} value={code}>
                  {speech.code('region', code)}
                </option>
              ))}
            </select>
          </div>
        );
      case 'households':
        return (
          <div className="field" key={field}>
            <label htmlFor={`${id}-households`}>{t('rules.dryRunHouseholds')}</label>
            <input id={`${id}-households`} inputMode="numeric" size={7} autoComplete="off" value={form.households} onChange={(e) => set({ households: e.target.value })} {...marked(field)} />
          </div>
        );
      case 'seed':
        return (
          <div className="field" key={field}>
            <label htmlFor={`${id}-seed`}>{t('rules.dryRunSeed')}</label>
            <input id={`${id}-seed`} inputMode="numeric" size={10} autoComplete="off" value={form.seed} onChange={(e) => set({ seed: e.target.value })} {...marked(field)} />
          </div>
        );
    }
  });
};

/**
 * The draft's dry runs, newest first, each saying which sample it ran, and (while the draft waits) a
 * request for another on the sample the requester chooses. One retry key per sample: a retry of the
 * same request answers the same dry run, and a change of the sample takes a new key. While one is
 * queued the page asks the registry again every few seconds. The page holds the form's state
 * (`sampleForm`), so the choice stays while the draft is read again in another language.
 */
export const DryRuns = ({
  draftId,
  runs,
  canRequest,
  onChanged,
  sampleForm: [form, setForm],
}: {
  draftId: string;
  runs: readonly DryRun[];
  canRequest: boolean;
  onChanged: () => void;
  sampleForm: [SampleForm, Dispatch<SetStateAction<SampleForm>>];
}) => {
  const { t } = useSpeech();
  const id = useId();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | undefined>();
  const [, requestDryRun] = useMutation(RequestParameterDryRunMutation);
  // The registry's geography (the same list the people search offers), asked for only when a request may be made.
  const regionsState = useRegistryQuery({ query: RegionsQuery, pause: !canRequest });
  const regions = useMemo(() => (regionsState.data?.regions ?? []).map((r) => r.code), [regionsState.data]);
  const queued = runs.some((r) => r.status === 'QUEUED');
  useEffect(() => {
    if (!queued) return;
    const timer = setInterval(onChanged, 2000);
    return () => clearInterval(timer);
  }, [queued, onChanged]);

  const set = (change: Partial<SampleForm>) => {
    setForm((before) => ({ ...before, ...change }));
    setKey(crypto.randomUUID());
    if (message?.kind === 'invalid') setMessage(undefined);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = sampleOfForm(form, new Set(regions));
    if ('invalid' in checked) return setMessage({ kind: 'invalid', field: checked.invalid });
    setBusy(true);
    setMessage(undefined);
    void requestDryRun({ input: { draftId, sample: checked.sample, idempotencyKey: key } }).then((result) => {
      setBusy(false);
      const payload = result.data?.requestParameterDryRun;
      if (!payload) {
        const failure = requestFailure(result.error);
        // The key was taken by another sample: the next request goes with a new one.
        if (failure.key === 'rules.error.CONFLICT') setKey(crypto.randomUUID());
        return setMessage(failure.field ? { kind: 'invalid', field: failure.field } : { kind: 'failed', key: failure.key });
      }
      if (payload.error) return setMessage({ kind: 'refused', error: payload.error });
      setKey(crypto.randomUUID());
      setMessage({ kind: 'done', key: 'rules.dryRunRequested' });
      onChanged();
    });
  };

  const problem = message?.kind === 'invalid' ? FIELD_PROBLEM[message.field] : undefined;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('rules.dryRunsTitle')}</h2>
      <p>{t('rules.dryRunsIntro')}</p>
      {canRequest && (
        <form className="inline-form" noValidate onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('rules.dryRunSample')}</label>
            <select id={`${id}-kind`} value={form.kind} onChange={(e) => set({ kind: e.target.value as ParameterDryRunSampleKind })}>
              {SAMPLE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`enum.ParameterDryRunSampleKind.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <SampleFields id={id} form={form} set={set} invalid={message?.kind === 'invalid' ? message.field : undefined} regions={regions} />
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
      {problem && (
        <p id={`${id}-problem`} className="error" role="alert">
          {t(problem.key, problem.values)}
        </p>
      )}
      {message?.kind === 'failed' && (
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

import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ParameterDraftStatus } from '../../generated/graphql.ts';
import { useSpeech } from '../i18n/intl.ts';
import { Loading, StaffLoadError } from '../Status.tsx';
import { useRegistryQuery } from '../use-registry-query.ts';
import { DraftsQuery } from './rules-queries.ts';
import { Who, parameterLabel } from './rules-parts.tsx';

/** Every draft status (the SDL enum: a value added there fails typecheck here), in the order the filter offers them. */
const STATUS_ORDER: Record<ParameterDraftStatus, number> = { PENDING: 0, APPROVED: 1, REJECTED: 2 };
const STATUSES = (Object.keys(STATUS_ORDER) as ParameterDraftStatus[]).sort((a, b) => STATUS_ORDER[a] - STATUS_ORDER[b]);

/** The change sets, newest first, waiting ones by default: what each changes, who drafted it and when, where it stands. */
export const DraftsPage = () => {
  const speech = useSpeech();
  const { t, code, dateTime } = speech;
  const [status, setStatus] = useState<ParameterDraftStatus | ''>('PENDING');
  const state = useRegistryQuery({ query: DraftsQuery, variables: { status: status || null } });
  const heading = useRef<HTMLHeadingElement>(null);
  const filterId = useId();
  useEffect(() => heading.current?.focus(), []);
  const drafts = state.data?.parameterDrafts ?? [];
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('rules.draftsTitle')}
      </h1>
      <p>{t('rules.draftsIntro')}</p>
      <div className="field inline">
        <label htmlFor={filterId}>{t('rules.draftsShow')}</label>
        <select id={filterId} value={status} onChange={(e) => setStatus(STATUSES.find((s) => s === e.target.value) ?? '')}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`enum.ParameterDraftStatus.${s}`)}
            </option>
          ))}
          <option value="">{t('rules.allDrafts')}</option>
        </select>
      </div>
      {state.loading && <Loading />}
      {state.error && <StaffLoadError error={state.error} onRetry={state.reload} />}
      {state.data && drafts.length === 0 && <p className="card">{t('rules.draftsEmpty')}</p>}
      {drafts.length > 0 && (
        <ul className="drafts">
          {drafts.map((d) => {
            const titleId = `draft-${d.id}`;
            const benefits = [...new Set(d.versions.map((v) => code('benefit', v.benefitCode)))].join(', ');
            return (
              <li key={d.id} className="card">
                <article aria-labelledby={titleId}>
                  <h2 id={titleId}>
                    <Link to={`/drafts/${d.id}`}>
                      {benefits}: {d.versions.map((v) => parameterLabel(speech, v.name)).join(', ')}
                    </Link>
                    <span className={`badge status-${d.status.toLowerCase()}`}>{t(`enum.ParameterDraftStatus.${d.status}`)}</span>
                  </h2>
                  <p>{d.reason}</p>
                  <dl className="pairs small">
                    <div>
                      <dt>{t('rules.draftedBy')}</dt>
                      <dd>
                        <Who subject={d.draftedBy} name={d.draftedByName} />, {dateTime(d.createdAt)}
                      </dd>
                    </div>
                    {d.decidedBy && d.decidedAt && (
                      <div>
                        <dt>{t('rules.decidedBy')}</dt>
                        <dd>
                          <Who subject={d.decidedBy} name={d.decidedByName} />, {dateTime(d.decidedAt)}
                        </dd>
                      </div>
                    )}
                  </dl>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
};

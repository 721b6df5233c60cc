import { useEffect, useId, useRef, useState } from 'react';
import type { ParameterStatus } from '../../generated/graphql.ts';
import { languageOf } from '../DecisionExplanation.tsx';
import { useSpeech } from '../i18n/intl.ts';
import { Loading, StaffLoadError } from '../Status.tsx';
import { useRegistryQuery } from '../use-registry-query.ts';
import { HistoryQuery } from './rules-queries.ts';
import { Basis, Who, byBenefit, parameterLabel, periodText, valueText } from './rules-parts.tsx';

/** Every version status (the SDL enum: a value added there fails typecheck here), in the order the filter offers them. */
const STATUS_ORDER: Record<ParameterStatus, number> = { APPROVED: 0, DRAFT: 1, REJECTED: 2, SUPERSEDED: 3 };
const STATUSES = (Object.keys(STATUS_ORDER) as ParameterStatus[]).sort((a, b) => STATUS_ORDER[a] - STATUS_ORDER[b]);

/**
 * The history of the benefit parameters: every version, drafted, approved, rejected or superseded,
 * per benefit and parameter, oldest first, with its value, period, legal basis, who drafted and
 * who approved it and when. Read only, for rules staff and auditors alike.
 */
export const HistoryPage = () => {
  const speech = useSpeech();
  const { t, language, code, dateTime } = speech;
  const state = useRegistryQuery({ query: HistoryQuery, variables: { language: languageOf(language) } });
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = useId();
  const [benefit, setBenefit] = useState('');
  const [status, setStatus] = useState<ParameterStatus | ''>('');
  useEffect(() => heading.current?.focus(), []);
  const groups = byBenefit(state.data?.parameterVersions ?? []);
  const shown = groups
    .filter(([code]) => !benefit || code === benefit)
    .map(([code, versions]) => [code, versions.filter((v) => !status || v.status === status)] as const)
    .filter(([, versions]) => versions.length > 0);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('rules.historyTitle')}
      </h1>
      <p>{t('rules.historyIntro')}</p>
      <div className="filters">
        <div className="field inline">
          <label htmlFor={`${ids}-benefit`}>{t('rules.historyBenefit')}</label>
          <select id={`${ids}-benefit`} value={benefit} onChange={(e) => setBenefit(e.target.value)}>
            <option value="">{t('rules.allBenefits')}</option>
            {groups.map(([c]) => (
              <option key={c} value={c}>
                {code('benefit', c)}
              </option>
            ))}
          </select>
        </div>
        <div className="field inline">
          <label htmlFor={`${ids}-status`}>{t('rules.historyStatus')}</label>
          <select id={`${ids}-status`} value={status} onChange={(e) => setStatus(STATUSES.find((s) => s === e.target.value) ?? '')}>
            <option value="">{t('rules.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`enum.ParameterStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {state.loading && <Loading />}
      {state.error && <StaffLoadError error={state.error} onRetry={state.reload} />}
      {state.data && shown.length === 0 && <p className="card">{t('rules.historyEmpty')}</p>}
      {shown.map(([benefitCode, versions]) => {
        const titleId = `${ids}-${benefitCode}`;
        return (
          <section key={benefitCode} className="card" aria-labelledby={titleId}>
            <h2 id={titleId}>{code('benefit', benefitCode)}</h2>
            <div className="table-wrap" tabIndex={0} role="region" aria-label={`${t('rules.historyTitle')}: ${code('benefit', benefitCode)}`}>
              <table className="rules-table history">
                <thead>
                  <tr>
                    <th scope="col">{t('staff.parameter')}</th>
                    <th scope="col">{t('staff.value')}</th>
                    <th scope="col">{t('rules.applies')}</th>
                    <th scope="col">{t('rules.status')}</th>
                    <th scope="col">{t('staff.legalBasis')}</th>
                    <th scope="col">{t('rules.who')}</th>
                  </tr>
                </thead>
                <tbody>
                  {versions.map((v) => (
                    <tr key={v.id} className={`status-${v.status.toLowerCase()}`}>
                      <th scope="row">{parameterLabel(speech, v.name)}</th>
                      <td>{valueText(speech, v.unit, v.value)}</td>
                      <td>{periodText(speech, v.effectiveFrom, v.effectiveUntil)}</td>
                      <td>{t(`enum.ParameterStatus.${v.status}`)}</td>
                      <td className="small">
                        <Basis version={v} />
                      </td>
                      <td className="small">
                        {v.draft ? (
                          <>
                            {t('rules.draftedBy')}: <Who subject={v.draftedBy} name={v.draftedByName} />, {dateTime(v.createdAt)}
                          </>
                        ) : (
                          <>
                            {t('rules.seeded')}, {dateTime(v.createdAt)}
                          </>
                        )}
                        {v.approvedBy && (
                          <div>
                            {t('rules.approvedBy')}: <Who subject={v.approvedBy} name={v.approvedByName} />
                            {v.decidedAt && <>, {dateTime(v.decidedAt)}</>}
                          </div>
                        )}
                        {/* A rejection's day (a seeded value's "decision" is its seeding, said above). */}
                        {v.draft && !v.approvedBy && v.decidedAt && (
                          <div>
                            {t('rules.decidedOn')}: {dateTime(v.decidedAt)}
                          </div>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
};

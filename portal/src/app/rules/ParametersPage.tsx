import { useEffect, useId, useRef } from 'react';
import type { ParameterVersionFieldsFragment } from '../../generated/graphql.ts';
import { languageOf } from '../DecisionExplanation.tsx';
import { useSpeech } from '../i18n/intl.ts';
import { Loading, StaffLoadError } from '../Status.tsx';
import { useRegistryQuery } from '../use-registry-query.ts';
import { ParametersQuery } from './rules-queries.ts';
import { Basis, Coverage, bakuToday, byBenefit, parameterLabel, valueText } from './rules-parts.tsx';

type Version = ParameterVersionFieldsFragment;

/** Per parameter: the approved value in force today (the latest dated on or before it) and the next one approved. */
const inForce = (versions: readonly Version[], today: string): Array<{ name: string; current?: Version; next?: Version }> => {
  const byName = new Map<string, Version[]>();
  for (const v of versions) byName.set(v.name, [...(byName.get(v.name) ?? []), v]);
  return [...byName].map(([name, values]) => {
    const dated = [...values].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    const current = dated.filter((v) => v.effectiveFrom <= today && (!v.effectiveUntil || v.effectiveUntil >= today)).at(-1);
    const next = dated.find((v) => v.effectiveFrom > today);
    return { name, current, next };
  });
};

/** One benefit's parameters: name, value in force with its unit, the day it took effect, its basis, the next approved value. */
const BenefitParameters = ({ benefitCode, versions, today }: { benefitCode: string; versions: readonly Version[]; today: string }) => {
  const speech = useSpeech();
  const { t, code, date } = speech;
  const id = useId();
  const benefit = code('benefit', benefitCode);
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{benefit}</h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={`${t('rules.parametersTitle')}: ${benefit}`}>
        <table className="rules-table">
          <thead>
            <tr>
              <th scope="col">{t('staff.parameter')}</th>
              <th scope="col">{t('rules.inForce')}</th>
              <th scope="col">{t('staff.effectiveFrom')}</th>
              <th scope="col">{t('staff.legalBasis')}</th>
            </tr>
          </thead>
          <tbody>
            {inForce(versions, today).map(({ name, current, next }) => (
              <tr key={name}>
                <th scope="row">{parameterLabel(speech, name)}</th>
                <td>
                  {current ? valueText(speech, current.unit, current.value) : t('rules.noValueYet')}
                  {next && <div className="small muted">{t('rules.nextValue', { from: next.effectiveFrom, value: valueText(speech, next.unit, next.value) })}</div>}
                </td>
                <td>{current && date(current.effectiveFrom)}</td>
                <td className="small">{current && <Basis version={current} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
};

/**
 * The benefit parameters decisions use today, per benefit in catalogue order, and the coverage
 * check of the approved set (every day from a parameter's start has exactly one value).
 */
export const ParametersPage = () => {
  const { t, language } = useSpeech();
  const state = useRegistryQuery({ query: ParametersQuery, variables: { language: languageOf(language) } });
  const heading = useRef<HTMLHeadingElement>(null);
  const coverageId = useId();
  useEffect(() => heading.current?.focus(), []);
  const today = bakuToday();
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('rules.parametersTitle')}
      </h1>
      <p>{t('rules.parametersIntro')}</p>
      {state.loading && <Loading />}
      {state.error && <StaffLoadError error={state.error} onRetry={state.reload} />}
      {state.data && (
        <>
          <Coverage check={state.data.parameterCoverage} headingId={coverageId} title="rules.coverageTitle" />
          {byBenefit(state.data.parameterVersions).map(([benefitCode, versions]) => (
            <BenefitParameters key={benefitCode} benefitCode={benefitCode} versions={versions} today={today} />
          ))}
        </>
      )}
    </>
  );
};

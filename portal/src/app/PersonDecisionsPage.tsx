import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { PersonDecisionsQuery } from '../generated/graphql.ts';
import { AppealTimeline } from './AppealTimeline.tsx';
import { usePurpose } from './context.ts';
import { PurposeNeeded } from './Purpose.tsx';
import { PersonDecisionsQuery as PersonDecisionsDocument } from './queries.ts';
import { Loading, StaffLoadError } from './Status.tsx';
import { languageOf } from './DecisionExplanation.tsx';
import { useRegistryQuery } from './use-registry-query.ts';
import { useSpeech } from './i18n/intl.ts';

type Decision = PersonDecisionsQuery['person']['decisions'][number];

/**
 * One decision with everything that explains it: inputs, steps, the rule parameters it used (with
 * the date each took effect and its legal basis, or that it is an unsourced placeholder), what it
 * replaced.
 */
const DecisionDetail = ({ decision: d }: { decision: Decision }) => {
  const { t, code, date, dateTime, money } = useSpeech();
  const headingId = `decision-${d.id}`;
  const benefit = code('benefit', d.benefitType.code);
  return (
    <article className="card decision" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {benefit}: <span className={`state state-${d.outcome.toLowerCase()}`}>{t(`enum.DecisionOutcome.${d.outcome}`)}</span>
      </h2>
      <dl className="pairs">
        <div>
          <dt>{t('portal.decision')}</dt>
          <dd>
            {dateTime(d.decidedAt)} · {t('portal.letterReference')} <span className="mono">{d.referenceNumber}</span>
          </dd>
        </div>
        <div>
          <dt>{t('staff.effectiveFrom')}</dt>
          <dd>{date(d.effectiveDate)}</dd>
        </div>
        {d.paymentKind === 'ONE_TIME' && d.oneTimeAmount && (
          <div>
            <dt>{t('portal.amountOnce')}</dt>
            <dd>{money(d.oneTimeAmount)}</dd>
          </div>
        )}
        {d.paymentKind === 'MONTHLY' && d.monthlyAmount && (
          <div>
            <dt>{t('portal.monthlyAmount')}</dt>
            <dd>{money(d.monthlyAmount)}</dd>
          </div>
        )}
        <div>
          <dt>{t('staff.reasonCode')}</dt>
          <dd>{code('reason', d.reasonCode)}</dd>
        </div>
        {d.application && (
          <div>
            <dt>{t('staff.application')}</dt>
            <dd>
              {t('staff.submittedAt')} {dateTime(d.application.submittedAt)} · {t('staff.deadline')} {date(d.application.deadline)}
            </dd>
          </div>
        )}
        {d.assignment && (
          <div>
            <dt>{t('staff.assignment')}</dt>
            <dd>
              {t(`enum.AssignmentStatus.${d.assignment.status}`)} · {date(d.assignment.periodFrom)} –{' '}
              {d.assignment.periodTo ? date(d.assignment.periodTo) : t('portal.ongoing')}
            </dd>
          </div>
        )}
        {d.replaces && (
          <div>
            <dt>{t('staff.replaces')}</dt>
            <dd>{t('staff.replacesEarlier')}</dd>
          </div>
        )}
      </dl>
      {d.appeal && (
        <section className="appeal" aria-labelledby={`${headingId}-appeal`}>
          <h3 id={`${headingId}-appeal`}>{t('portal.appeal.underAppeal')}</h3>
          <dl className="pairs">
            <div>
              <dt>{t('staff.appeal.citizenReason')}</dt>
              <dd>{d.appeal.reason}</dd>
            </div>
          </dl>
          <AppealTimeline appeal={d.appeal} reader="staff" />
        </section>
      )}
      <h3>{t('staff.decisionInputs')}</h3>
      {d.inputs.length === 0 ? (
        <p className="small">{t('staff.noInputs')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`${t('staff.decisionInputs')}: ${benefit}`}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('staff.fact')}</th>
                <th scope="col">{t('staff.subject')}</th>
                <th scope="col">{t('portal.recordedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {d.inputs.map((input, i) => (
                <tr key={`${input.factId ?? 'input'}-${i}`}>
                  <td>
                    <strong>{code('enum.FactKind', input.kind)}</strong>
                  </td>
                  <td className="mono">{input.subject?.pin ?? '—'}</td>
                  <td>{input.recordedAt ? dateTime(input.recordedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('staff.decisionSteps')}</h3>
      <ol className="steps">
        {[...(d.steps ?? [])]
          .sort((a, b) => a.position - b.position)
          .map((step) => (
            <li key={step.position}>{step.plain}</li>
          ))}
      </ol>
      <h3>{t('staff.decisionParameters')}</h3>
      {d.parameters.length === 0 ? (
        <p className="small">{t('staff.noParameters')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`${t('staff.decisionParameters')}: ${benefit}`}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('staff.parameter')}</th>
                <th scope="col">{t('staff.value')}</th>
                <th scope="col">{t('staff.effectiveFrom')}</th>
                <th scope="col">{t('staff.legalBasis')}</th>
              </tr>
            </thead>
            <tbody>
              {d.parameters.map((p) => (
                <tr key={p.name}>
                  <td>{code('staff.parameter', p.name)}</td>
                  <td>{t(`parameterValue.${p.unit}`, { value: p.value })}</td>
                  <td>{date(p.effectiveFrom)}</td>
                  <td>
                    {p.basis ? (
                      <>
                        {p.basis.act}
                        {p.basis.article && `, ${p.basis.article}`}
                        {p.basis.date && ` (${date(p.basis.date)})`}: {p.basis.text}
                      </>
                    ) : (
                      t('staff.basisNotRecorded')
                    )}
                    {!p.sourced && <span className="small muted"> ({t('staff.unsourced')})</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
};

/** Auditors: every decision about one person, newest first, in full. */
export const PersonDecisionsPage = ({ pin }: { pin: string }) => {
  const { t, date, language } = useSpeech();
  const { purpose } = usePurpose();
  const state = useRegistryQuery({ query: PersonDecisionsDocument, variables: { pin, language: languageOf(language) }, pause: !purpose });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const person = state.data?.person;
  const decisions = person ? [...person.decisions].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt)) : [];
  return (
    <>
      <p className="small">
        <Link to="/">← {t('staff.backToSearch')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('staff.decisionsAbout')}
        {person ? `: ${[person.lastName, person.firstName, person.patronymic].filter(Boolean).join(' ')}` : ''}
      </h1>
      {person && (
        <p className="small muted">
          <span className="mono">{person.pin}</span> · {date(person.birthDate)}
        </p>
      )}
      {!purpose && <PurposeNeeded />}
      {state.loading && <Loading />}
      {state.error && <StaffLoadError error={state.error} onRetry={state.reload} />}
      {person && decisions.length === 0 && <p className="card">{t('staff.noDecisions')}</p>}
      {decisions.map((d) => (
        <DecisionDetail key={d.id} decision={d} />
      ))}
    </>
  );
};

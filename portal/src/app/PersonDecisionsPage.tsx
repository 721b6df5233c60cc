import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { PersonDecisionsQuery } from '../generated/graphql.ts';
import { useLang, usePurpose } from './context.ts';
import { formatDate, formatDateTime, formatMoney } from './i18n.ts';
import { PurposeNeeded } from './Purpose.tsx';
import { AppealTimeline } from './AppealTimeline.tsx';
import { APPEAL_STRINGS } from './i18n-appeals.ts';
import { PersonDecisionsQuery as PersonDecisionsDocument } from './queries.ts';
import { Loading, StaffLoadError } from './Status.tsx';
import { useRegistryQuery } from './use-registry-query.ts';

type Decision = PersonDecisionsQuery['person']['decisions'][number];

/**
 * One decision with everything that explains it: inputs, steps, the rule parameters it used (with
 * the date each took effect and its legal basis, or that it is an unsourced placeholder), what it
 * replaced.
 */
const DecisionDetail = ({ decision: d }: { decision: Decision }) => {
  const { t, s, lang } = useLang();
  const headingId = `decision-${d.id}`;
  return (
    <article className="card decision" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {d.benefitType.name}: <span className={`state state-${d.outcome.toLowerCase()}`}>{t.outcomes[d.outcome] ?? d.outcome}</span>
      </h2>
      <dl className="pairs">
        <div>
          <dt>{t.decision}</dt>
          <dd>
            {formatDateTime(lang, d.decidedAt)} · {t.ruleVersion} <span className="mono">{d.ruleVersion}</span>
          </dd>
        </div>
        <div>
          <dt>{s.effectiveFrom}</dt>
          <dd>{formatDate(lang, d.effectiveDate)}</dd>
        </div>
        {d.monthlyAmount && (
          <div>
            <dt>{t.monthlyAmount}</dt>
            <dd>{formatMoney(lang, d.monthlyAmount)}</dd>
          </div>
        )}
        <div>
          <dt>{s.reasonCode}</dt>
          <dd className="mono">{d.reasonCode}</dd>
        </div>
        {d.application && (
          <div>
            <dt>{s.application}</dt>
            <dd>
              {s.submittedAt} {formatDateTime(lang, d.application.submittedAt)} · {s.deadline} {formatDate(lang, d.application.deadline)}
            </dd>
          </div>
        )}
        {d.assignment && (
          <div>
            <dt>{s.assignment}</dt>
            <dd>
              {t.assignmentStatus[d.assignment.status] ?? d.assignment.status} · {formatDate(lang, d.assignment.periodFrom)} –{' '}
              {d.assignment.periodTo ? formatDate(lang, d.assignment.periodTo) : t.ongoing}
            </dd>
          </div>
        )}
        {d.replaces && (
          <div>
            <dt>{s.replaces}</dt>
            <dd className="mono">{d.replaces.id}</dd>
          </div>
        )}
      </dl>
      <h3>{s.decisionInputs}</h3>
      {d.inputs.length === 0 ? (
        <p className="small">{s.noInputs}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`${s.decisionInputs}: ${d.benefitType.name}`}>
          <table>
            <thead>
              <tr>
                <th scope="col">{s.fact}</th>
                <th scope="col">{s.subject}</th>
                <th scope="col">{t.recordedAt}</th>
              </tr>
            </thead>
            <tbody>
              {d.inputs.map((input, i) => (
                <tr key={`${input.factId ?? 'input'}-${i}`}>
                  <td>
                    <strong>{t.factKinds[input.kind] ?? input.kind}</strong>
                    <div className="small">{input.summary}</div>
                  </td>
                  <td className="mono">{input.subject?.pin ?? '—'}</td>
                  <td>{input.recordedAt ? formatDateTime(lang, input.recordedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {d.appeal && (
        <section aria-label={APPEAL_STRINGS[lang].underAppeal}>
          <h3>{APPEAL_STRINGS[lang].underAppeal}</h3>
          <p>
            {APPEAL_STRINGS[lang].citizenReason}: {d.appeal.reason}
          </p>
          <AppealTimeline appeal={d.appeal} />
        </section>
      )}
      <h3>{s.decisionSteps}</h3>
      <ol className="steps">
        {[...(d.steps ?? [])]
          .sort((a, b) => a.position - b.position)
          .map((step) => (
            <li key={step.position}>
              {step.description}
              {step.formula ? <code> {step.formula}</code> : null} → <strong>{step.result}</strong>
            </li>
          ))}
      </ol>
      <h3>{s.decisionParameters}</h3>
      {d.parameters.length === 0 ? (
        <p className="small">{s.noParameters}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`${s.decisionParameters}: ${d.benefitType.name}`}>
          <table>
            <thead>
              <tr>
                <th scope="col">{s.parameter}</th>
                <th scope="col">{s.value}</th>
                <th scope="col">{s.effectiveFrom}</th>
                <th scope="col">{s.legalBasis}</th>
              </tr>
            </thead>
            <tbody>
              {d.parameters.map((p) => (
                <tr key={p.name}>
                  <td className="mono">{p.name}</td>
                  <td>
                    {p.value} <span className="small muted">{p.unit}</span>
                  </td>
                  <td>{formatDate(lang, p.effectiveFrom)}</td>
                  <td>
                    {p.legalBasis}
                    {!p.sourced && <span className="small muted"> ({s.unsourced})</span>}
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
  const { s, lang } = useLang();
  const { purpose } = usePurpose();
  const state = useRegistryQuery({ query: PersonDecisionsDocument, variables: { pin }, pause: !purpose });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const person = state.data?.person;
  const decisions = person ? [...person.decisions].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt)) : [];
  return (
    <>
      <p className="small">
        <Link to="/">← {s.backToSearch}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {s.decisionsAbout}
        {person ? `: ${[person.lastName, person.firstName, person.patronymic].filter(Boolean).join(' ')}` : ''}
      </h1>
      {person && (
        <p className="small muted">
          <span className="mono">{person.pin}</span> · {formatDate(lang, person.birthDate)}
        </p>
      )}
      {!purpose && <PurposeNeeded />}
      {state.loading && <Loading />}
      {state.error && <StaffLoadError error={state.error} onRetry={state.reload} />}
      {person && decisions.length === 0 && <p className="card">{s.noDecisions}</p>}
      {decisions.map((d) => (
        <DecisionDetail key={d.id} decision={d} />
      ))}
    </>
  );
};

import { useLang } from '../context.ts';
import { DecisionExplanation } from '../DecisionExplanation.tsx';
import { formatDate, formatMoney, formatMonth } from '../i18n.ts';
import type { Benefit, Decision, Person } from './record-types.ts';
import { Section } from './Section.tsx';

/**
 * One benefit paid to the person, with the decision that assigned it when that decision is about
 * them (a benefit for a child, paid to the parent, is decided about the child: not shown here).
 */
const BenefitCard = ({ benefit, decision: d }: { benefit: Benefit; decision: Decision | undefined }) => {
  const { t, lang } = useLang();
  const headingId = `benefit-${benefit.id}`;
  return (
    <article className="benefit" aria-labelledby={headingId}>
      <h3 id={headingId}>{benefit.benefitType.name}</h3>
      <dl className="pairs">
        <div>
          <dt>{t.monthlyAmount}</dt>
          <dd>{formatMoney(lang, benefit.monthlyAmount)}</dd>
        </div>
        <div>
          <dt>{t.period}</dt>
          <dd>
            {formatDate(lang, benefit.periodFrom)} – {benefit.periodTo ? formatDate(lang, benefit.periodTo) : t.ongoing}
          </dd>
        </div>
        <div>
          <dt>{t.status}</dt>
          <dd>{t.assignmentStatus[benefit.status] ?? benefit.status}</dd>
        </div>
        {d && (
          <div>
            <dt>{t.decision}</dt>
            <dd>
              {t.outcomes[d.outcome] ?? d.outcome}, {t.decidedOn} {formatDate(lang, d.decidedAt)} ({t.ruleVersion} {d.ruleVersion})
            </dd>
          </div>
        )}
      </dl>
      {d && <DecisionExplanation decision={d} />}
      <h4>{t.payments}</h4>
      {benefit.payments.length === 0 ? (
        <p className="small">{t.noPayments}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`${t.payments}: ${benefit.benefitType.name}`}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.month}</th>
                <th scope="col">{t.amount}</th>
                <th scope="col">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {benefit.payments.map((p) => (
                <tr key={p.id}>
                  <td>{formatMonth(lang, p.month)}</td>
                  <td className="num">{formatMoney(lang, p.amount)}</td>
                  <td>{t.paymentStatus[p.status] ?? p.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
};

export const Benefits = ({ person, staff }: { person: Person; staff: boolean }) => {
  const { t, s } = useLang();
  return (
    <Section id="benefits" title={staff ? s.benefits : t.benefits}>
      {person.benefits.length === 0 ? <p>{t.noBenefits}</p> : person.benefits.map((b) => <BenefitCard key={b.id} benefit={b} decision={person.decisions.find((d) => d.assignment?.id === b.id)} />)}
    </Section>
  );
};

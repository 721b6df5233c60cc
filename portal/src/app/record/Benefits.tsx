import { DecisionExplanation } from '../DecisionExplanation.tsx';
import type { Benefit, Decision, Person } from './record-types.ts';
import { Section } from './Section.tsx';
import { useSpeech } from '../i18n/intl.ts';

/**
 * One benefit paid to the person, with the decision that assigned it when that decision is about
 * them (a benefit for a child, paid to the parent, is decided about the child: not shown here).
 */
const BenefitCard = ({ benefit, decision: d }: { benefit: Benefit; decision: Decision | undefined }) => {
  const { t, code, date, money, month } = useSpeech();
  const headingId = `benefit-${benefit.id}`;
  const name = code('benefit', benefit.benefitType.code);
  return (
    <article className="benefit" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <dl className="pairs">
        {benefit.paymentKind === 'ONE_TIME' ? (
          <>
            <div>
              <dt>{t('portal.amountOnce')}</dt>
              <dd>{money(benefit.amount)}</dd>
            </div>
            <div>
              <dt>{t('portal.paidOn')}</dt>
              <dd>{date(benefit.periodFrom)}</dd>
            </div>
          </>
        ) : (
          <>
            <div>
              <dt>{t('portal.monthlyAmount')}</dt>
              <dd>{money(benefit.amount)}</dd>
            </div>
            <div>
              <dt>{t('portal.period')}</dt>
              <dd>
                {date(benefit.periodFrom)} – {benefit.periodTo ? date(benefit.periodTo) : t('portal.ongoing')}
              </dd>
            </div>
          </>
        )}
        <div>
          <dt>{t('portal.status')}</dt>
          <dd>{t(`enum.AssignmentStatus.${benefit.status}`)}</dd>
        </div>
        {benefit.nextPayment && (
          <div>
            <dt>{t('portal.nextPayment')}</dt>
            <dd>{t('portal.nextPaymentValue', { amount: money(benefit.nextPayment.amount), on: date(benefit.nextPayment.on), month: month(benefit.nextPayment.month) })}</dd>
          </div>
        )}
      </dl>
      {d && <DecisionExplanation decision={d} />}
      <h4>{t('portal.payments')}</h4>
      {benefit.payments.length === 0 ? (
        <p className="small">{t('portal.noPayments')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`${t('portal.payments')}: ${name}`}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('portal.month')}</th>
                <th scope="col">{t('portal.amount')}</th>
                <th scope="col">{t('portal.status')}</th>
              </tr>
            </thead>
            <tbody>
              {benefit.payments.map((p) => (
                <tr key={p.id}>
                  <td>{month(p.month)}</td>
                  <td className="num">{money(p.amount)}</td>
                  <td>{t(`enum.PaymentStatus.${p.status}`)}</td>
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
  const { t } = useSpeech();
  return (
    <Section id="benefits" title={staff ? t('staff.benefits') : t('portal.benefits')}>
      {person.benefits.length === 0 ? <p>{t('portal.noBenefits')}</p> : person.benefits.map((b) => <BenefitCard key={b.id} benefit={b} decision={person.decisions.find((d) => d.assignment?.id === b.id)} />)}
    </Section>
  );
};

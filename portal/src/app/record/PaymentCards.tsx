import { useLang } from '../context.ts';
import { formatDate } from '../i18n.ts';
import type { Person } from './record-types.ts';
import { Section } from './Section.tsx';

/** The bank cards benefits are paid to, and where and from when to collect them. */
export const PaymentCards = ({ person }: { person: Person }) => {
  const { t, lang } = useLang();
  if (person.paymentAccounts.length === 0) return null;
  return (
    <Section id="card" title={t.paymentCard}>
      {person.paymentAccounts.map((a) => (
        <dl className="pairs" key={a.id}>
          <div>
            <dt>{t.bank}</dt>
            <dd>{a.bank}</dd>
          </div>
          <div>
            <dt>{t.branch}</dt>
            <dd>{a.branchAddress}</dd>
          </div>
          <div>
            <dt>{t.pickupDate}</dt>
            <dd>{formatDate(lang, a.cardPickupDate)}</dd>
          </div>
          <div>
            <dt>{t.cardNumber}</dt>
            <dd>
              <span className="mono">{a.cardNumberMasked}</span> · {t.accountStatus[a.status] ?? a.status}
            </dd>
          </div>
        </dl>
      ))}
    </Section>
  );
};

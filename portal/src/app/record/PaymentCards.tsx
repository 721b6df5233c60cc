import type { Person } from './record-types.ts';
import { Section } from './Section.tsx';
import { useSpeech } from '../i18n/intl.ts';

/** The bank cards benefits are paid to, and where and from when to collect them. */
/** Bank and branch names are written in Azerbaijani, whatever the page's language (marked `lang`). */
export const PaymentCards = ({ person }: { person: Person }) => {
  const { t, date } = useSpeech();
  if (person.paymentAccounts.length === 0) return null;
  return (
    <Section id="card" title={t('portal.paymentCard')}>
      {person.paymentAccounts.map((a) => (
        <dl className="pairs" key={a.id}>
          <div>
            <dt>{t('portal.bank')}</dt>
            <dd lang="az">{a.bank}</dd>
          </div>
          <div>
            <dt>{t('portal.branch')}</dt>
            <dd lang="az">{a.branchAddress}</dd>
          </div>
          <div>
            <dt>{t('portal.pickupDate')}</dt>
            <dd>{date(a.cardPickupDate)}</dd>
          </div>
          <div>
            <dt>{t('portal.cardNumber')}</dt>
            <dd>
              <span className="mono">{a.cardNumberMasked}</span> · {t(`enum.PaymentAccountStatus.${a.status}`)}
            </dd>
          </div>
        </dl>
      ))}
    </Section>
  );
};

import type { CorrectionRequest } from './record-types.ts';
import { Section } from './Section.tsx';
import { useSpeech } from '../i18n/intl.ts';

/** The person's requests to correct a fact, with the agency's answer. */
export const CorrectionRequests = ({ requests, staff }: { requests: readonly CorrectionRequest[]; staff: boolean }) => {
  const { t, dateTime } = useSpeech();
  return (
    <Section id="corrections" title={staff ? t('staff.correctionRequests') : t('portal.correctionRequests')}>
      {!staff && <p className="small">{t('portal.correctionRequestsIntro')}</p>}
      {requests.length === 0 ? (
        <p>{t('portal.noCorrectionRequests')}</p>
      ) : (
        <ul className="list" aria-labelledby="corrections">
          {requests.map((r) => (
            <li key={r.id}>
              <strong>{t(`enum.FactKind.${r.fact.kind}`)}</strong> <span className="mono small">{r.fact.sourceReference}</span>
              <dl className="pairs small">
                <div>
                  <dt>{t('portal.status')}</dt>
                  <dd>
                    <span className={`state state-${r.status.toLowerCase()}`}>{t(`enum.CorrectionStatus.${r.status}`)}</span>
                  </dd>
                </div>
                <div>
                  <dt>{t('portal.yourReason')}</dt>
                  <dd className="reason">{r.reason}</dd>
                </div>
                <div>
                  <dt>{t('portal.requestedOn')}</dt>
                  <dd>{dateTime(r.requestedAt)}</dd>
                </div>
                {r.answeredAt && (
                  <div>
                    <dt>{t('portal.answeredOn')}</dt>
                    <dd>{dateTime(r.answeredAt)}</dd>
                  </div>
                )}
                {r.answerReason && (
                  <div>
                    <dt>{t('portal.agencyAnswer')}</dt>
                    <dd className="reason">{r.answerReason}</dd>
                  </div>
                )}
                {r.correctingFact && (
                  <div>
                    <dt>{t('portal.correctedBy')}</dt>
                    <dd>
                      {t(`enum.FactKind.${r.correctingFact.kind}`)} · <span className="mono">{r.correctingFact.sourceReference}</span>
                    </dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
};

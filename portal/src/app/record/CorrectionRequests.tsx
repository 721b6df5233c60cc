import { useLang } from '../context.ts';
import { formatDateTime } from '../i18n.ts';
import type { CorrectionRequest } from './record-types.ts';
import { Section } from './Section.tsx';

/** The person's requests to correct a fact, with the agency's answer. */
export const CorrectionRequests = ({ requests, staff }: { requests: readonly CorrectionRequest[]; staff: boolean }) => {
  const { t, s, lang } = useLang();
  return (
    <Section id="corrections" title={staff ? s.correctionRequests : t.correctionRequests}>
      {!staff && <p className="small">{t.correctionRequestsIntro}</p>}
      {requests.length === 0 ? (
        <p>{t.noCorrectionRequests}</p>
      ) : (
        <ul className="list" aria-labelledby="corrections">
          {requests.map((r) => (
            <li key={r.id}>
              <strong>{t.factKinds[r.fact.kind] ?? r.fact.kind}</strong> <span className="mono small">{r.fact.sourceReference}</span>
              <dl className="pairs small">
                <div>
                  <dt>{t.status}</dt>
                  <dd>
                    <span className={`state state-${r.status.toLowerCase()}`}>{t.correctionStatus[r.status] ?? r.status}</span>
                  </dd>
                </div>
                <div>
                  <dt>{t.yourReason}</dt>
                  <dd className="reason">{r.reason}</dd>
                </div>
                <div>
                  <dt>{t.requestedOn}</dt>
                  <dd>{formatDateTime(lang, r.requestedAt)}</dd>
                </div>
                {r.answeredAt && (
                  <div>
                    <dt>{t.answeredOn}</dt>
                    <dd>{formatDateTime(lang, r.answeredAt)}</dd>
                  </div>
                )}
                {r.answerReason && (
                  <div>
                    <dt>{t.agencyAnswer}</dt>
                    <dd className="reason">{r.answerReason}</dd>
                  </div>
                )}
                {r.correctingFact && (
                  <div>
                    <dt>{t.correctedBy}</dt>
                    <dd>
                      {t.factKinds[r.correctingFact.kind] ?? r.correctingFact.kind} · <span className="mono">{r.correctingFact.sourceReference}</span>
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

import { useEffect, useRef, useState } from 'react';
import { usePurpose } from './context.ts';
import { useSpeech } from './i18n/intl.ts';
import { Pager } from './Pager.tsx';
import { PurposeNeeded } from './Purpose.tsx';
import { ApplicationsNeedingAttentionQuery } from './queries.ts';
import { LoadError, Loading } from './Status.tsx';
import { useRegistryQuery } from './use-registry-query.ts';

const PAGE = 20;

/**
 * Staff (caseworkers: their region; auditors: all): the applications still waiting for a decision
 * that are late, due within 3 working days, or whose automatic decision failed: nothing waits
 * silently. Read with the declared purpose of use; each applicant listed is a logged read.
 */
export const DeadlinesPage = () => {
  const { t, date } = useSpeech();
  const [offset, setOffset] = useState(0);
  const { purpose } = usePurpose();
  const state = useRegistryQuery({ query: ApplicationsNeedingAttentionQuery, variables: { offset }, pause: !purpose });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const items = state.data?.applicationsNeedingAttention;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('staff.deadlinesTitle')}
      </h1>
      <p>{t('staff.deadlinesIntro')}</p>
      {!purpose && <PurposeNeeded />}
      {state.loading && <Loading />}
      {state.error && <LoadError error={state.error} onRetry={state.reload} />}
      {items && items.length === 0 && offset === 0 && <p className="card">{t('staff.deadlinesEmpty')}</p>}
      {items && items.length > 0 && (
        <ol className="log queue" aria-label={t('staff.deadlinesTitle')}>
          {items.map((item) => (
            <li key={item.application.id} className="card">
              <h2 className="h3">
                {item.application.benefitType.name}{' '}
                {item.reasons.map((reason) => (
                  <span key={reason} className="badge">
                    {t(`enum.AttentionReason.${reason}`)}
                  </span>
                ))}
              </h2>
              <dl className="pairs">
                <div>
                  <dt>{t('staff.applicant')}</dt>
                  <dd>
                    {item.application.applicant.lastName} {item.application.applicant.firstName} <span className="mono">{item.application.applicant.pin}</span>
                  </dd>
                </div>
                <div>
                  <dt>{t('staff.decisionDue')}</dt>
                  <dd>
                    <strong>{date(item.application.deadline)}</strong> · {item.workingDaysLeft < 0 ? t('staff.workingDaysLate', { n: -item.workingDaysLeft }) : t('staff.workingDaysLeft', { n: item.workingDaysLeft })}
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
      {items && <Pager page={{ offset, hasMore: items.length === PAGE }} size={PAGE} onOffset={setOffset} />}
    </>
  );
};

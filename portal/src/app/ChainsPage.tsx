import { useEffect, useRef } from 'react';
import { ChainStatusQuery } from './queries.ts';
import { LoadError, Loading } from './Status.tsx';
import { useRegistryQuery } from './use-registry-query.ts';
import { useSpeech } from './i18n/intl.ts';

interface Verification {
  readonly verified: boolean;
  readonly entries: number;
  readonly firstBrokenSeq?: string | null;
}

const ChainCard = ({ title, chain }: { title: string; chain: Verification }) => {
  const { t } = useSpeech();
  return (
    <section className={`card chain ${chain.verified ? 'chain-ok' : 'chain-broken'}`} aria-label={title}>
      <h2>{title}</h2>
      <p className="chain-state">
        <span aria-hidden="true">{chain.verified ? '✓' : '✗'}</span> <strong>{chain.verified ? t('staff.chainIntact') : t('staff.chainBroken')}</strong>
      </p>
      <p className="small">{t('staff.chainEntries', { n: chain.entries })}</p>
      {chain.firstBrokenSeq && (
        <p>
          {t('staff.chainFirstBroken')}: <span className="mono">#{chain.firstBrokenSeq}</span>
        </p>
      )}
    </section>
  );
};

/** Auditors: the audit trail's hash chains, recomputed by the registry on every visit. */
export const ChainsPage = () => {
  const { t } = useSpeech();
  // Recomputed on every visit: never from the cache.
  const state = useRegistryQuery({ query: ChainStatusQuery, requestPolicy: 'network-only' });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('staff.chainsTitle')}
      </h1>
      <p>{t('staff.chainsIntro')}</p>
      {state.loading && <Loading />}
      {state.error && <LoadError error={state.error} onRetry={state.reload} />}
      {state.data && (
        <div className="chains">
          <ChainCard title={t('staff.accessChain')} chain={state.data.accessLogChain} />
          <ChainCard title={t('staff.decisionChain')} chain={state.data.decisionLogChain} />
        </div>
      )}
      <button type="button" className="outline" onClick={state.reload}>
        {t('staff.checkAgain')}
      </button>
    </>
  );
};

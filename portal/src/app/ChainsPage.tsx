import { useEffect, useRef } from 'react';
import { useLang } from './context.ts';
import { ChainStatusQuery } from './queries.ts';
import { LoadError, Loading } from './Status.tsx';
import { useRegistryQuery } from './use-registry-query.ts';

interface Verification {
  readonly verified: boolean;
  readonly entries: number;
  readonly firstBrokenSeq?: string | null;
}

const ChainCard = ({ title, chain }: { title: string; chain: Verification }) => {
  const { s } = useLang();
  return (
    <section className={`card chain ${chain.verified ? 'chain-ok' : 'chain-broken'}`} aria-label={title}>
      <h2>{title}</h2>
      <p className="chain-state">
        <span aria-hidden="true">{chain.verified ? '✓' : '✗'}</span> <strong>{chain.verified ? s.chainIntact : s.chainBroken}</strong>
      </p>
      <p className="small">{s.chainEntries(chain.entries)}</p>
      {chain.firstBrokenSeq && (
        <p>
          {s.chainFirstBroken}: <span className="mono">#{chain.firstBrokenSeq}</span>
        </p>
      )}
    </section>
  );
};

/** Auditors: the audit trail's hash chains, recomputed by the registry on every visit. */
export const ChainsPage = () => {
  const { s } = useLang();
  // Recomputed on every visit: never from the cache.
  const state = useRegistryQuery({ query: ChainStatusQuery, requestPolicy: 'network-only' });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {s.chainsTitle}
      </h1>
      <p>{s.chainsIntro}</p>
      {state.loading && <Loading />}
      {state.error && <LoadError error={state.error} onRetry={state.reload} />}
      {state.data && (
        <div className="chains">
          <ChainCard title={s.accessChain} chain={state.data.accessLogChain} />
          <ChainCard title={s.decisionChain} chain={state.data.decisionLogChain} />
        </div>
      )}
      <button type="button" className="outline" onClick={state.reload}>
        {s.checkAgain}
      </button>
    </>
  );
};

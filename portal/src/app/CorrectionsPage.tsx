import { useEffect, useRef } from 'react';
import { useLang } from './context.ts';
import { Link } from './Link.tsx';

/**
 * Caseworkers: the correction requests of their region's people. The registry has no region-wide
 * list for caseworkers yet (the facts subgraph lists requests to agency feeds only), so this page
 * sends the caseworker to a person's record, where the person's requests are listed.
 */
export const CorrectionsPage = ({ accessToken: _accessToken, region: _region }: { accessToken: string; region: string | undefined }) => {
  const { s } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {s.correctionsTitle}
      </h1>
      <p>{s.correctionsIntro}</p>
      <p className="card">
        <Link to="/">{s.findPerson}</Link>
      </p>
    </>
  );
};

import { useEffect, useRef, useState } from 'react';
import type { MyAccessLogQuery } from '../generated/graphql.ts';
import { useSession } from './context.ts';
import { MyAccessLogQuery as MyAccessLogDocument } from './queries.ts';
import { LoadError, Loading } from './Status.tsx';
import { useRegistryQuery } from './use-registry-query.ts';
import { usePurposeText } from './Purpose.tsx';
import { useSpeech } from './i18n/intl.ts';

type Entry = MyAccessLogQuery['person']['accessLog']['items'][number];

const PAGE = 50;

export const AccessLogPage = () => {
  const { t, code, dateTime } = useSpeech();
  const purposeText = usePurposeText();
  const { pin = '' } = useSession();
  const [offset, setOffset] = useState(0);
  const [earlier, setEarlier] = useState<Entry[]>([]);
  const state = useRegistryQuery({ query: MyAccessLogDocument, variables: { pin, offset } });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const page = state.data?.person.accessLog;
  const entries = [...earlier, ...(page?.items ?? [])].sort((a, b) => b.at.localeCompare(a.at) || Number(b.seq) - Number(a.seq));

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('portal.accessLogTitle')}
      </h1>
      <p>{t('portal.accessLogIntro')}</p>
      {state.error && <LoadError error={state.error} onRetry={state.reload} />}
      {entries.length === 0 && state.data && <p className="card">{t('portal.noAccess')}</p>}
      {entries.length > 0 && (
        <ol className="log" aria-label={t('portal.accessLogTitle')}>
          {entries.map((e) => (
            <li key={e.seq} className="card">
              <p>
                <strong>{code('portal.accessor', e.accessorKind)}</strong>
                <span className="muted">
                  {' '}
                  · <time dateTime={e.at}>{dateTime(e.at)}</time>
                </span>
              </p>
              <dl className="pairs">
                <div>
                  <dt>{t('portal.purpose')}</dt>
                  <dd>{purposeText(e.purpose)}</dd>
                </div>
                <div>
                  <dt>{t('portal.fieldsRead')}</dt>
                  <dd>{code('portal.service', e.service)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
      {state.loading && <Loading />}
      {page?.hasMore && (
        <button
          type="button"
          onClick={() => {
            setEarlier(entries);
            setOffset(offset + PAGE);
          }}
        >
          {t('portal.loadMore')}
        </button>
      )}
    </>
  );
};

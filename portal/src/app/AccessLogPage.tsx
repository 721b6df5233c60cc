import { useEffect, useId, useRef, useState } from 'react';
import type { MyAccessVisitsQuery, ReaderKind } from '../generated/graphql.ts';
import { useSession } from './context.ts';
import { MyAccessVisitsQuery as MyAccessVisitsDocument } from './queries.ts';
import { LoadError, Loading } from './Status.tsx';
import { useRegistryQuery } from './use-registry-query.ts';
import { useSpeech } from './i18n/intl.ts';

type Visit = MyAccessVisitsQuery['person']['accessVisits']['items'][number];

const PAGE = 50;
const READERS: readonly ReaderKind[] = ['PEOPLE', 'AUTOMATED'];

/**
 * "Who looked at my data": one card per reader and request (the API groups the reads into visits),
 * saying who (a role, or the automated decision system), when, why and what, in plain words.
 */
export const AccessLogPage = () => {
  const { t, code, dateTime } = useSpeech();
  // "A caseworker, Sumgait office": where a person reading works, from their token; systems have none.
  const readerOf = ({ reader }: Visit) => {
    const role = t(`enum.ReaderRole.${reader.role}`);
    if (reader.office) return t('portal.visitReaderAtOffice', { role, office: code('district', reader.office) });
    if (reader.region) return t('portal.visitReaderInRegion', { role, region: code('region', reader.region) });
    return role;
  };
  const { pin = '' } = useSession();
  const id = useId();
  const [readers, setReaders] = useState<ReaderKind | ''>('');
  const [offset, setOffset] = useState(0);
  const [earlier, setEarlier] = useState<Visit[]>([]);
  const state = useRegistryQuery({ query: MyAccessVisitsDocument, variables: { pin, offset, filter: readers ? { readers } : {} } });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const page = state.data?.person.accessVisits;
  const visits = [...earlier, ...(page?.items ?? [])];
  const choose = (next: ReaderKind | '') => {
    setReaders(next);
    setEarlier([]);
    setOffset(0);
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('portal.accessLogTitle')}
      </h1>
      <p>{t('portal.accessLogIntro')}</p>
      <fieldset className="card visit-filter">
        <legend>{t('portal.visitReaders')}</legend>
        {(['', ...READERS] as const).map((kind) => (
          <label key={kind || 'all'} className="choice">
            <input type="radio" name={`${id}-readers`} value={kind} checked={readers === kind} onChange={() => choose(kind)} />{' '}
            {kind ? t(`enum.ReaderKind.${kind}`) : t('portal.visitReadersAll')}
          </label>
        ))}
      </fieldset>
      {state.error && <LoadError error={state.error} onRetry={state.reload} />}
      {visits.length === 0 && state.data && <p className="card">{readers ? t('portal.noVisitsOfKind') : t('portal.noAccess')}</p>}
      {visits.length > 0 && (
        <ol className="log" aria-label={t('portal.accessLogTitle')}>
          {visits.map((v, i) => (
            <li key={`${v.at}-${i}`} className="card">
              <p>
                <strong>{readerOf(v)}</strong>
                <span className="muted">
                  {' '}
                  · <time dateTime={v.at}>{dateTime(v.at)}</time>
                </span>
              </p>
              <dl className="pairs">
                <div>
                  <dt>{t('portal.purpose')}</dt>
                  <dd>{v.purpose ? t(`enum.PurposeOfUse.${v.purpose}`) : t('portal.purposeNotCoded')}</dd>
                </div>
                <div>
                  <dt>{t('portal.fieldsRead')}</dt>
                  <dd>{v.categories.map((c) => t(`enum.DataCategory.${c}`)).join(', ')}</dd>
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
            setEarlier(visits);
            setOffset(offset + PAGE);
          }}
        >
          {t('portal.loadMore')}
        </button>
      )}
    </>
  );
};

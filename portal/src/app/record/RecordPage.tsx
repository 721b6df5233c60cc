import { useEffect, useRef } from 'react';
import { useSession } from '../context.ts';
import { languageOf } from '../DecisionExplanation.tsx';
import { MyRecordQuery } from '../queries.ts';
import { LoadError, Loading } from '../Status.tsx';
import { RecordSections } from './RecordSections.tsx';
import { useRegistryQuery } from '../use-registry-query.ts';
import { useSpeech } from '../i18n/intl.ts';

/** The citizen's own record ("My record"): they may contest its facts. */
export const RecordPage = () => {
  const { t, language } = useSpeech();
  const { pin = '' } = useSession();
  const { data, error, loading, reload } = useRegistryQuery({ query: MyRecordQuery, variables: { pin, language: languageOf(language) } });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('portal.navRecord')}
      </h1>
      {loading && <Loading />}
      {error && <LoadError error={error} onRetry={reload} />}
      {data && <RecordSections person={data.person} staff={false} />}
    </>
  );
};

import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { usePurpose } from '../context.ts';
import { languageOf } from '../DecisionExplanation.tsx';
import { PurposeNeeded } from '../Purpose.tsx';
import { MyRecordQuery } from '../queries.ts';
import { Loading, StaffLoadError } from '../Status.tsx';
import { RecordSections } from './RecordSections.tsx';
import { useRegistryQuery } from '../use-registry-query.ts';
import { useSpeech } from '../i18n/intl.ts';

/**
 * A person's record opened by a caseworker, read only, with the declared purpose (every read is
 * logged with it and the person sees it in "Who looked at my data").
 */
export const PersonRecordPage = ({ pin }: { pin: string }) => {
  const { t, language } = useSpeech();
  const { purpose } = usePurpose();
  const { data, error, loading, reload } = useRegistryQuery({ query: MyRecordQuery, variables: { pin, language: languageOf(language) }, pause: !purpose });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const person = data?.person;
  return (
    <>
      <p className="small">
        <Link to="/">← {t('staff.backToSearch')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {person ? [person.lastName, person.firstName, person.patronymic].filter(Boolean).join(' ') : t('staff.personRecord')}
      </h1>
      {!purpose && <PurposeNeeded />}
      {purpose && (
        <p className="notice opened-for">
          {t('staff.openedFor')}: <strong>{t(`enum.PurposeOfUse.${purpose}`)}</strong>
        </p>
      )}
      {loading && <Loading />}
      {error && <StaffLoadError error={error} onRetry={reload} />}
      {person && <RecordSections person={person} staff />}
    </>
  );
};

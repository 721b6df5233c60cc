import { useEffect, useRef } from 'react';
import { useSession } from '../context.ts';
import { languageOf } from '../DecisionExplanation.tsx';
import { useSpeech } from '../i18n/intl.ts';
import { printOnly } from '../print.ts';
import { MyAccessLogQuery, MyMessagesQuery, MyRecordQuery } from '../queries.ts';
import { LoadError, Loading } from '../Status.tsx';
import { useRegistryQuery } from '../use-registry-query.ts';
import { RecordSections } from './RecordSections.tsx';

/**
 * "Download all my data": everything the registry holds about the person (record, benefits and
 * decisions, payments, facts, correction requests, messages, who read their data) as one JSON file,
 * and the same as a readable page to print. Each read is the person's own, recorded as such.
 */
export const MyDataPage = () => {
  const { t, dateTime, language } = useSpeech();
  const { pin = '' } = useSession();
  const record = useRegistryQuery({ query: MyRecordQuery, variables: { pin, language: languageOf(language) } });
  const messages = useRegistryQuery({ query: MyMessagesQuery, variables: { pin } });
  const access = useRegistryQuery({ query: MyAccessLogQuery, variables: { pin, offset: 0 } });
  const heading = useRef<HTMLHeadingElement>(null);
  const copy = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const person = record.data?.person;
  const ready = person !== undefined && messages.data !== undefined && access.data !== undefined;

  const download = () => {
    const everything = { person, notifications: messages.data?.person.notifications, accessLog: access.data?.person.accessLog.items };
    const url = URL.createObjectURL(new Blob([JSON.stringify(everything, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `my-data-${pin}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('portal.myDataTitle')}
      </h1>
      <p>{t('portal.myDataIntro')}</p>
      {(record.loading || messages.loading || access.loading) && <Loading />}
      {record.error && <LoadError error={record.error} onRetry={record.reload} />}
      {ready && (
        <>
          <p className="actions no-print">
            <button type="button" onClick={download}>
              {t('portal.myDataDownload')}
            </button>
            <button type="button" className="outline" onClick={() => copy.current && printOnly(copy.current)}>
              {t('portal.myDataPrint')}
            </button>
          </p>
          <div ref={copy} className="my-data">
            <RecordSections person={person} staff={false} readOnly />
            <section className="card" aria-labelledby="my-data-messages">
              <h2 id="my-data-messages">{t('portal.messagesTitle')}</h2>
              {messages.data.person.notifications.length === 0 ? (
                <p>{t('portal.noMessages')}</p>
              ) : (
                <ul className="list">
                  {messages.data.person.notifications.map((m) => (
                    <li key={m.id}>
                      <p className="sms" lang={m.language.toLowerCase()}>
                        {m.text}
                      </p>
                      <p className="small muted">{dateTime(m.sentAt ?? m.queuedAt)}</p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="card" aria-labelledby="my-data-access">
              <h2 id="my-data-access">{t('portal.accessLogTitle')}</h2>
              <p className="small">{t('portal.myDataAccessCount', { n: access.data.person.accessLog.items.length })}</p>
            </section>
          </div>
        </>
      )}
    </>
  );
};

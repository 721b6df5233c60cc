import { useEffect, useRef, useState } from 'react';
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
 * decisions, payments, facts, correction requests, messages, the whole access log), assembled and
 * streamed by the registry (the gateway's /exports/my-data) as a JSON file or a readable page in
 * her language, and shown here to print. The registry records the download as her own read before
 * the file leaves (a retry of one download, same exportId, is recorded once).
 */
export const MyDataPage = () => {
  const { t, dateTime, language } = useSpeech();
  const { pin = '', accessToken } = useSession();
  const record = useRegistryQuery({ query: MyRecordQuery, variables: { pin, language: languageOf(language) } });
  const messages = useRegistryQuery({ query: MyMessagesQuery, variables: { pin } });
  const access = useRegistryQuery({ query: MyAccessLogQuery, variables: { pin, offset: 0 } });
  const heading = useRef<HTMLHeadingElement>(null);
  const copy = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const person = record.data?.person;
  const ready = person !== undefined && messages.data !== undefined && access.data !== undefined;
  const [downloading, setDownloading] = useState(false);
  const [failed, setFailed] = useState(false);
  // One id per intended download: a retry after a lost answer is the same entry in the log.
  const exportId = useRef<string>(crypto.randomUUID());

  const download = async (format: 'json' | 'html') => {
    setFailed(false);
    setDownloading(true);
    try {
      const token = accessToken?.();
      const query = new URLSearchParams({ exportId: exportId.current, format, language });
      const response = await fetch(`/exports/my-data?${query.toString()}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      if (!response.ok) return setFailed(true);
      const file = await response.blob();
      exportId.current = crypto.randomUUID();
      const url = URL.createObjectURL(file);
      const link = document.createElement('a');
      link.href = url;
      link.download = `my-data-${pin}.${format}`;
      link.click();
      URL.revokeObjectURL(url);
    } catch {
      setFailed(true);
    } finally {
      setDownloading(false);
    }
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
            <button type="button" onClick={() => void download('json')} disabled={downloading}>
              {t('portal.myDataDownload')}
            </button>
            <button type="button" className="outline" onClick={() => void download('html')} disabled={downloading}>
              {t('portal.myDataDownloadPage')}
            </button>
            <button type="button" className="outline" onClick={() => copy.current && printOnly(copy.current)}>
              {t('portal.myDataPrint')}
            </button>
          </p>
          {failed && (
            <p role="alert" className="no-print">
              {t('portal.myDataFailed')}
            </p>
          )}
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

import { useEffect, useRef } from 'react';
import { useSession } from './context.ts';
import { MyMessagesQuery } from './queries.ts';
import { LoadError, Loading } from './Status.tsx';
import { useRegistryQuery } from './use-registry-query.ts';
import { useSpeech } from './i18n/intl.ts';

/** My messages: the SMS the registry sent the person, newest first, as they were written. */
export const MessagesPage = () => {
  const { t, dateTime } = useSpeech();
  const { pin = '' } = useSession();
  const state = useRegistryQuery({ query: MyMessagesQuery, variables: { pin } });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const messages = state.data?.person.notifications ?? [];
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('portal.messagesTitle')}
      </h1>
      <p>{t('portal.messagesIntro')}</p>
      {state.loading && <Loading />}
      {state.error && <LoadError error={state.error} onRetry={state.reload} />}
      {state.data && messages.length === 0 && <p className="card">{t('portal.noMessages')}</p>}
      {messages.length > 0 && (
        <ol className="log messages" aria-label={t('portal.messagesTitle')}>
          {messages.map((m) => (
            <li key={m.id} className="card message">
              <p className="sms" lang={m.language.toLowerCase()}>
                {m.text}
              </p>
              <p className="small muted">
                {m.sentAt ? (
                  <>
                    {t('portal.sentOn')} <time dateTime={m.sentAt}>{dateTime(m.sentAt)}</time>
                  </>
                ) : (
                  <>
                    {t('portal.queuedOn')} <time dateTime={m.queuedAt}>{dateTime(m.queuedAt)}</time>
                  </>
                )}{' '}
                · {t(`enum.NotificationStatus.${m.status}`)}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
};

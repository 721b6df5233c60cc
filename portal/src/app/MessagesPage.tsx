import { useEffect, useRef } from 'react';
import { useLang, useSession } from './context.ts';
import { formatDateTime } from './i18n.ts';
import { MyMessagesQuery } from './queries.ts';
import { LoadError, Loading } from './Status.tsx';
import { useRegistryQuery } from './use-registry-query.ts';

/** My messages: the SMS the registry sent the person, newest first, as they were written. */
export const MessagesPage = () => {
  const { t, lang } = useLang();
  const { pin = '' } = useSession();
  const state = useRegistryQuery({ query: MyMessagesQuery, variables: { pin } });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const messages = state.data?.person.notifications ?? [];
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.messagesTitle}
      </h1>
      <p>{t.messagesIntro}</p>
      {state.loading && <Loading />}
      {state.error && <LoadError error={state.error} onRetry={state.reload} />}
      {state.data && messages.length === 0 && <p className="card">{t.noMessages}</p>}
      {messages.length > 0 && (
        <ol className="log messages" aria-label={t.messagesTitle}>
          {messages.map((m) => (
            <li key={m.id} className="card message">
              <p className="sms" lang={m.language.toLowerCase()}>
                {m.text}
              </p>
              <p className="small muted">
                {m.sentAt ? (
                  <>
                    {t.sentOn} <time dateTime={m.sentAt}>{formatDateTime(lang, m.sentAt)}</time>
                  </>
                ) : (
                  <>
                    {t.queuedOn} <time dateTime={m.queuedAt}>{formatDateTime(lang, m.queuedAt)}</time>
                  </>
                )}{' '}
                · {t.messageStatus[m.status] ?? m.status}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
};

import { useCallback, useEffect, useMemo, useState } from 'react';
import type { User, UserManager } from 'oidc-client-ts';
import { CALLBACK_PATH, displayNameOf, pinOf } from './auth.ts';
import { AccessLogPage } from './AccessLogPage.tsx';
import { LangContext } from './context.ts';
import { LANGUAGE_NAMES, LANGUAGES, STRINGS, initialLang, rememberLang, type Lang } from './i18n.ts';
import { RecordPage } from './RecordPage.tsx';
import { Loading } from './Status.tsx';

type Route = 'record' | 'access-log';
const PATHS: Record<Route, string> = { record: '/', 'access-log': '/access-log' };
const routeOf = (path: string): Route => (path === PATHS['access-log'] ? 'access-log' : 'record');

/** The code exchange runs once even if an effect runs twice (StrictMode, re-mounts). */
let callback: Promise<User> | undefined;

type Session = { status: 'pending' } | { status: 'anonymous'; error?: string } | { status: 'signed-in'; user: User };

export const App = ({ userManager }: { userManager: UserManager }) => {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [route, setRoute] = useState<Route>(() => routeOf(location.pathname));
  const [session, setSession] = useState<Session>({ status: 'pending' });
  const t = STRINGS[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.appName} · ${t.tagline}`;
  }, [lang, t]);

  useEffect(() => {
    let cancelled = false;
    const finish = async (): Promise<User | null> => {
      if (location.pathname === CALLBACK_PATH) {
        callback ??= userManager.signinRedirectCallback();
        const user = await callback;
        const target = typeof user.state === 'string' && user.state.startsWith('/') ? user.state : '/';
        history.replaceState(null, '', target);
        setRoute(routeOf(target));
        return user;
      }
      const user = await userManager.getUser();
      return user && !user.expired ? user : null;
    };
    finish().then(
      (user) => !cancelled && setSession(user ? { status: 'signed-in', user } : { status: 'anonymous' }),
      (error: unknown) => {
        if (cancelled) return;
        history.replaceState(null, '', '/');
        setSession({ status: 'anonymous', error: error instanceof Error ? error.message : String(error) });
      },
    );
    const onLoaded = (user: User) => setSession({ status: 'signed-in', user });
    const onGone = () => setSession({ status: 'anonymous' });
    userManager.events.addUserLoaded(onLoaded);
    userManager.events.addUserUnloaded(onGone);
    userManager.events.addAccessTokenExpired(onGone);
    return () => {
      cancelled = true;
      userManager.events.removeUserLoaded(onLoaded);
      userManager.events.removeUserUnloaded(onGone);
      userManager.events.removeAccessTokenExpired(onGone);
    };
  }, [userManager]);

  useEffect(() => {
    const onPop = () => setRoute(routeOf(location.pathname));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((to: Route) => {
    history.pushState(null, '', PATHS[to]);
    setRoute(to);
  }, []);

  const changeLang = (next: Lang) => {
    rememberLang(next);
    setLang(next);
  };

  const signIn = () => void userManager.signinRedirect({ state: location.pathname, ui_locales: lang, extraQueryParams: { kc_locale: lang } });
  const signOut = () => void userManager.signoutRedirect();

  const context = useMemo(() => ({ lang, t }), [lang, t]);
  const user = session.status === 'signed-in' ? session.user : undefined;
  const pin = user ? pinOf(user) : undefined;

  return (
    <LangContext.Provider value={context}>
      <a className="skip" href="#main">
        {t.skipToContent}
      </a>
      <header className="top">
        <div className="bar">
          <p className="brand">
            <span className="logo" aria-hidden="true">
              ◆
            </span>{' '}
            {t.appName}
            <span className="tagline">{t.tagline}</span>
          </p>
          <div className="tools">
            <label htmlFor="lang" className="lang-label">
              {t.language}
            </label>
            <select id="lang" value={lang} onChange={(e) => changeLang(e.target.value as Lang)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
            {user && (
              <button type="button" className="secondary" onClick={signOut}>
                {t.signOut}
              </button>
            )}
          </div>
        </div>
        {user && (
          <nav aria-label={t.mainNav}>
            <ul>
              {(['record', 'access-log'] as const).map((r) => (
                <li key={r}>
                  <a
                    href={PATHS[r]}
                    aria-current={route === r ? 'page' : undefined}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(r);
                    }}
                  >
                    {r === 'record' ? t.navRecord : t.navAccessLog}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {session.status === 'pending' && <Loading />}
        {session.status === 'anonymous' && (
          <section className="card welcome" aria-labelledby="welcome">
            <h1 id="welcome">{t.welcomeTitle}</h1>
            <p>{t.welcomeText}</p>
            {session.error && (
              <p className="error" role="alert">
                {session.error}
              </p>
            )}
            <button type="button" onClick={signIn}>
              {t.signIn}
            </button>
          </section>
        )}
        {user && (
          <>
            <p className="small muted signed-in">
              {t.signedInAs} <strong>{displayNameOf(user)}</strong>
            </p>
            {!pin ? (
              <p className="error" role="alert">
                {t.loadError}
              </p>
            ) : route === 'record' ? (
              <RecordPage pin={pin} accessToken={user.access_token} />
            ) : (
              <AccessLogPage pin={pin} accessToken={user.access_token} />
            )}
          </>
        )}
      </main>
      <footer className="foot">
        <p className="small">{t.footer}</p>
      </footer>
    </LangContext.Provider>
  );
};

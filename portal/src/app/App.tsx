import { useCallback, useEffect, useMemo, useState } from 'react';
import type { User, UserManager } from 'oidc-client-ts';
import { CALLBACK_PATH, displayNameOf, pinOf, regionOf, workspaceOf, type Workspace } from './auth.ts';
import { AccessLogPage } from './AccessLogPage.tsx';
import { ApplyPage } from './ApplyPage.tsx';
import { AuditLogPage } from './AuditLogPage.tsx';
import { ChainsPage } from './ChainsPage.tsx';
import { LangContext, NavigateContext, PurposeContext } from './context.ts';
import { CorrectionsPage } from './CorrectionsPage.tsx';
import { AUDITOR_PURPOSES, CASEWORKER_PURPOSES, STAFF_STRINGS } from './i18n-staff.ts';
import { LANGUAGE_NAMES, LANGUAGES, STRINGS, initialLang, rememberLang, type Lang } from './i18n.ts';
import { Link } from './Link.tsx';
import { MessagesPage } from './MessagesPage.tsx';
import { PeopleSearchPage } from './PeopleSearchPage.tsx';
import { PersonDecisionsPage } from './PersonDecisionsPage.tsx';
import { PurposeBar, storedPurpose, storePurpose } from './Purpose.tsx';
import { PersonRecordPage, RecordPage } from './RecordPage.tsx';
import { NAVIGATION, pathOf, routeOf, type PageName, type Route } from './routes.ts';
import { Loading } from './Status.tsx';

/** The code exchange runs once even if an effect runs twice (StrictMode, re-mounts). */
let callback: Promise<User> | undefined;

type Session = { status: 'pending' } | { status: 'anonymous'; error?: string } | { status: 'signed-in'; user: User };

const PURPOSES: Record<Workspace, readonly string[]> = { caseworker: CASEWORKER_PURPOSES, auditor: AUDITOR_PURPOSES, citizen: [], none: [] };

/** The page a route shows; the nav entry it belongs to. */
const sectionOf = (route: Route): PageName => (route.page === 'person' ? 'people' : route.page === 'person-decisions' ? 'decisions' : route.page);

export const App = ({ userManager }: { userManager: UserManager }) => {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [path, setPath] = useState(() => location.pathname);
  const [session, setSession] = useState<Session>({ status: 'pending' });
  const [purpose, setPurposeState] = useState<string | undefined>(undefined);
  const t = STRINGS[lang];
  const s = STAFF_STRINGS[lang];
  const user = session.status === 'signed-in' ? session.user : undefined;
  const workspace: Workspace = user ? workspaceOf(user) : 'none';

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.appName} · ${t.tagline}`;
  }, [lang, t]);

  useEffect(() => setPurposeState(storedPurpose(PURPOSES[workspace])), [workspace]);

  useEffect(() => {
    let cancelled = false;
    const finish = async (): Promise<User | null> => {
      if (location.pathname === CALLBACK_PATH) {
        callback ??= userManager.signinRedirectCallback();
        const signedIn = await callback;
        const target = typeof signedIn.state === 'string' && signedIn.state.startsWith('/') ? signedIn.state : '/';
        history.replaceState(null, '', target);
        setPath(target);
        return signedIn;
      }
      const stored = await userManager.getUser();
      return stored && !stored.expired ? stored : null;
    };
    finish().then(
      (signedIn) => !cancelled && setSession(signedIn ? { status: 'signed-in', user: signedIn } : { status: 'anonymous' }),
      (error: unknown) => {
        if (cancelled) return;
        history.replaceState(null, '', '/');
        setPath('/');
        setSession({ status: 'anonymous', error: error instanceof Error ? error.message : String(error) });
      },
    );
    const onLoaded = (loaded: User) => setSession({ status: 'signed-in', user: loaded });
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
    const onPop = () => setPath(location.pathname);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((to: string) => {
    history.pushState(null, '', to);
    setPath(to);
    scrollTo(0, 0);
  }, []);

  const changeLang = (next: Lang) => {
    rememberLang(next);
    setLang(next);
  };

  const setPurpose = useCallback((next: string | undefined) => {
    storePurpose(next);
    setPurposeState(next);
  }, []);

  const signIn = () => void userManager.signinRedirect({ state: location.pathname, ui_locales: lang, extraQueryParams: { kc_locale: lang } });
  const signOut = () => {
    storePurpose(undefined);
    void userManager.signoutRedirect();
  };

  const context = useMemo(() => ({ lang, t, s }), [lang, t, s]);
  const purposeContext = useMemo(() => ({ purpose, setPurpose }), [purpose, setPurpose]);
  const route = routeOf(path, workspace);
  const tagline = workspace === 'caseworker' ? s.taglineCaseworker : workspace === 'auditor' ? s.taglineAuditor : t.tagline;
  const labels: Record<PageName, string> = {
    record: t.navRecord,
    'access-log': t.navAccessLog,
    apply: t.navApply,
    messages: t.navMessages,
    people: s.navPeople,
    person: s.navPeople,
    corrections: s.navCorrections,
    decisions: s.navDecisions,
    'person-decisions': s.navDecisions,
    'audit-log': s.navAuditLog,
    chains: s.navChain,
  };

  const page = (signedIn: User) => {
    const token = signedIn.access_token;
    switch (route.page) {
      case 'record':
      case 'apply':
      case 'messages':
      case 'access-log': {
        const pin = pinOf(signedIn);
        if (!pin) return <p className="error" role="alert">{t.loadError}</p>;
        if (route.page === 'apply') return <ApplyPage pin={pin} accessToken={token} />;
        if (route.page === 'messages') return <MessagesPage pin={pin} accessToken={token} />;
        return route.page === 'record' ? <RecordPage pin={pin} accessToken={token} /> : <AccessLogPage pin={pin} accessToken={token} />;
      }
      case 'people':
        return <PeopleSearchPage accessToken={token} region={regionOf(signedIn)} target={(pin) => pathOf({ page: 'person', pin }, workspace)} />;
      case 'person':
        return <PersonRecordPage key={route.pin} pin={route.pin} accessToken={token} />;
      case 'corrections':
        return <CorrectionsPage accessToken={token} />;
      case 'decisions':
        return <PeopleSearchPage accessToken={token} region={undefined} target={(pin) => pathOf({ page: 'person-decisions', pin }, workspace)} />;
      case 'person-decisions':
        return <PersonDecisionsPage key={route.pin} pin={route.pin} accessToken={token} />;
      case 'audit-log':
        return <AuditLogPage accessToken={token} />;
      case 'chains':
        return <ChainsPage accessToken={token} />;
    }
  };

  return (
    <LangContext.Provider value={context}>
      <NavigateContext.Provider value={navigate}>
        <PurposeContext.Provider value={purposeContext}>
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
                <span className="tagline">{tagline}</span>
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
            {user && NAVIGATION[workspace].length > 0 && (
              <nav aria-label={t.mainNav}>
                <ul>
                  {NAVIGATION[workspace].map((name) => (
                    <li key={name}>
                      <Link to={pathOf({ page: name } as Route, workspace)} current={sectionOf(route) === name}>
                        {labels[name]}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            {user && PURPOSES[workspace].length > 0 && <PurposeBar purposes={PURPOSES[workspace]} />}
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
                {workspace === 'auditor' && <p className="small read-only">{s.readOnly}</p>}
                {workspace === 'none' ? (
                  <p className="error" role="alert">
                    {s.noWorkspace}
                  </p>
                ) : (
                  page(user)
                )}
              </>
            )}
          </main>
          <footer className="foot">
            <p className="small">{workspace === 'caseworker' || workspace === 'auditor' ? `${t.appName} · ${tagline}` : t.footer}</p>
          </footer>
        </PurposeContext.Provider>
      </NavigateContext.Provider>
    </LangContext.Provider>
  );
};

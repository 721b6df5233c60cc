import { useCallback, useEffect, useMemo, useState } from 'react';
import type { User, UserManager } from 'oidc-client-ts';
import { Link, Navigate, Route, Routes, matchPath, useLocation, useNavigate } from 'react-router';
import { Provider as GraphQLProvider } from 'urql';
import { CALLBACK_PATH, displayNameOf, pinOf, regionOf, workspaceOf, type Workspace } from './auth.ts';
import { LangContext, PurposeContext, SessionContext, type LangContextValue } from './context.ts';
import { APPEALS_PURPOSES, AUDITOR_PURPOSES, CASEWORKER_PURPOSES, STAFF_STRINGS } from './i18n-staff.ts';
import { APPEAL_STRINGS } from './i18n-appeals.ts';
import { LANGUAGE_NAMES, LANGUAGES, STRINGS, initialLang, rememberLang, type Lang } from './i18n.ts';
import { PurposeBar, storedPurpose, storePurpose } from './Purpose.tsx';
import { AccessTokenHolder, createRegistryClient } from './registry-client.ts';
import { ROUTES, type PageRoute } from './routes.tsx';
import { Loading } from './Status.tsx';

/** The code exchange runs once even if an effect runs twice (StrictMode, re-mounts). */
let callback: Promise<User> | undefined;

type Session = { status: 'pending' } | { status: 'anonymous'; error?: string } | { status: 'signed-in'; user: User };

const PURPOSES: Record<Workspace, readonly string[]> = { caseworker: CASEWORKER_PURPOSES, auditor: AUDITOR_PURPOSES, appeals: APPEALS_PURPOSES, citizen: [], none: [] };

/** A navigation entry: a real link, marked current on its own path and the paths that belong to it. */
const NavItem = ({ route, label }: { route: PageRoute; label: string }) => {
  const { pathname } = useLocation();
  const current = [route.path, ...(route.nav?.also ?? [])].some((pattern) => matchPath(pattern, pathname));
  return (
    <Link to={route.path} aria-current={current ? 'page' : undefined}>
      {label}
    </Link>
  );
};

/** Back to the top of a new page (each page's heading then takes the focus). */
const ScrollToTop = () => {
  const { pathname } = useLocation();
  useEffect(() => {
    scrollTo(0, 0);
  }, [pathname]);
  return null;
};

export const App = ({ userManager }: { userManager: UserManager }) => {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [session, setSession] = useState<Session>({ status: 'pending' });
  const [chosenPurpose, setChosenPurpose] = useState<string | undefined>(() => storedPurpose());
  const [accessToken] = useState(() => new AccessTokenHolder());
  const navigate = useNavigate();
  const t = STRINGS[lang];
  const s = STAFF_STRINGS[lang];
  const user = session.status === 'signed-in' ? session.user : undefined;
  const workspace: Workspace = user ? workspaceOf(user) : 'none';
  const purposes = PURPOSES[workspace];
  const purpose = chosenPurpose && purposes.includes(chosenPurpose) ? chosenPurpose : undefined;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.appName} · ${t.tagline}`;
  }, [lang, t]);

  useEffect(() => {
    let cancelled = false;
    const signedIn = (signed: User) => {
      accessToken.set(signed.access_token);
      setSession({ status: 'signed-in', user: signed });
    };
    const signedOut = () => {
      accessToken.set(undefined);
      setSession({ status: 'anonymous' });
    };
    const finish = async (): Promise<User | null> => {
      if (location.pathname === CALLBACK_PATH) {
        callback ??= userManager.signinRedirectCallback();
        const signed = await callback;
        const target = typeof signed.state === 'string' && signed.state.startsWith('/') ? signed.state : '/';
        void navigate(target, { replace: true });
        return signed;
      }
      const stored = await userManager.getUser();
      return stored && !stored.expired ? stored : null;
    };
    finish().then(
      (signed) => {
        if (cancelled) return;
        if (signed) signedIn(signed);
        else signedOut();
      },
      (error: unknown) => {
        if (cancelled) return;
        void navigate('/', { replace: true });
        accessToken.set(undefined);
        setSession({ status: 'anonymous', error: error instanceof Error ? error.message : String(error) });
      },
    );
    userManager.events.addUserLoaded(signedIn);
    userManager.events.addUserUnloaded(signedOut);
    userManager.events.addAccessTokenExpired(signedOut);
    return () => {
      cancelled = true;
      userManager.events.removeUserLoaded(signedIn);
      userManager.events.removeUserUnloaded(signedOut);
      userManager.events.removeAccessTokenExpired(signedOut);
    };
  }, [userManager, navigate, accessToken]);

  const changeLang = (next: Lang) => {
    rememberLang(next);
    setLang(next);
  };

  const setPurpose = useCallback((next: string | undefined) => {
    storePurpose(next);
    setChosenPurpose(next);
  }, []);

  const signIn = () => void userManager.signinRedirect({ state: location.pathname, ui_locales: lang, extraQueryParams: { kc_locale: lang } });
  const signOut = () => {
    storePurpose(undefined);
    void userManager.signoutRedirect();
  };

  const subject = user?.profile.sub;
  // One client (and cache) per signed-in person and declared purpose.
  const client = useMemo(() => (subject ? createRegistryClient(accessToken, purpose) : undefined), [subject, purpose, accessToken]);
  const context: LangContextValue = useMemo(() => ({ lang, t, s }), [lang, t, s]);
  const purposeContext = useMemo(() => ({ purpose, setPurpose }), [purpose, setPurpose]);
  const sessionContext = useMemo(
    () => ({ workspace, pin: user ? pinOf(user) : undefined, region: user && workspace === 'caseworker' ? regionOf(user) : undefined }),
    [user, workspace],
  );
  const tagline = workspace === 'caseworker' ? s.taglineCaseworker : workspace === 'auditor' ? s.taglineAuditor : workspace === 'appeals' ? APPEAL_STRINGS[lang].taglineAppeals : t.tagline;
  const routes = ROUTES[workspace];

  return (
    <LangContext.Provider value={context}>
      <SessionContext.Provider value={sessionContext}>
        <PurposeContext.Provider value={purposeContext}>
          <ScrollToTop />
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
            {user && routes.some((r) => r.nav) && (
              <nav aria-label={t.mainNav}>
                <ul>
                  {routes.map(
                    (route) =>
                      route.nav && (
                        <li key={route.path}>
                          <NavItem route={route} label={route.nav.label(context)} />
                        </li>
                      ),
                  )}
                </ul>
              </nav>
            )}
            {user && purposes.length > 0 && <PurposeBar purposes={purposes} />}
          </header>
          <main id="main" tabIndex={-1}>
            {session.status === 'pending' && <Loading />}
            {session.status === 'anonymous' && (
              <section className="card welcome" aria-labelledby="welcome">
                <h1 id="welcome">{t.welcomeTitle}</h1>
                <p>{t.welcomeText}</p>
                {session.error && (
                  <p className="error" role="alert">
                    {t.signInFailed}
                  </p>
                )}
                <button type="button" onClick={signIn}>
                  {t.signIn}
                </button>
              </section>
            )}
            {user && client && (
              <>
                <p className="small muted signed-in">
                  {t.signedInAs} <strong>{displayNameOf(user)}</strong>
                </p>
                {workspace === 'auditor' && <p className="small read-only">{s.readOnly}</p>}
                {workspace === 'none' || (workspace === 'citizen' && !sessionContext.pin) ? (
                  <p className="error" role="alert">
                    {workspace === 'none' ? s.noWorkspace : t.loadError}
                  </p>
                ) : (
                  <GraphQLProvider value={client}>
                    <Routes>
                      {routes.map((route) => (
                        <Route key={route.path} path={route.path} element={route.element} />
                      ))}
                      <Route path="*" element={<Navigate to="/" replace />} />
                    </Routes>
                  </GraphQLProvider>
                )}
              </>
            )}
          </main>
          <footer className="foot">
            <p className="small">{workspace === 'caseworker' || workspace === 'auditor' ? `${t.appName} · ${tagline}` : t.footer}</p>
          </footer>
        </PurposeContext.Provider>
      </SessionContext.Provider>
    </LangContext.Provider>
  );
};

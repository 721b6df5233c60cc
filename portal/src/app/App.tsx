import { useCallback, useEffect, useMemo, useState } from 'react';
import type { User, UserManager } from 'oidc-client-ts';
import { Link, Navigate, Route, Routes, matchPath, useLocation, useNavigate } from 'react-router';
import { RawIntlProvider } from 'react-intl';
import { Provider as GraphQLProvider } from 'urql';
import { LANGUAGES, type Language } from '@usr/shared/i18n';
import { CALLBACK_PATH, displayNameOf, pinOf, regionOf, rolesOf, workspaceOf, type Workspace } from './auth.ts';
import { PurposeContext, SessionContext } from './context.ts';
import { createRegistryIntl, initialLanguage, rememberLanguage, useSpeech } from './i18n/intl.ts';
import { PURPOSES, PurposeBar, storedPurpose, storePurpose, type PurposeCode } from './Purpose.tsx';
import { AccessTokenHolder, createRegistryClient } from './registry-client.ts';
import { ROUTES, type PageRoute } from './routes.tsx';
import { Loading } from './Status.tsx';

/** The code exchange runs once even if an effect runs twice (StrictMode, re-mounts). */
let callback: Promise<User> | undefined;

type Session = { status: 'pending' } | { status: 'anonymous'; error?: string } | { status: 'signed-in'; user: User };

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

/** The portal in the reader's language (react-intl over the registry's catalogue), remembered per browser. */
export const App = ({ userManager }: { userManager: UserManager }) => {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const intl = useMemo(() => createRegistryIntl(language), [language]);
  const changeLanguage = useCallback((next: Language) => {
    rememberLanguage(next);
    setLanguage(next);
  }, []);
  return (
    <RawIntlProvider value={intl}>
      <Portal userManager={userManager} onLanguage={changeLanguage} />
    </RawIntlProvider>
  );
};

const Portal = ({ userManager, onLanguage }: { userManager: UserManager; onLanguage: (language: Language) => void }) => {
  const { t, language } = useSpeech();
  const [session, setSession] = useState<Session>({ status: 'pending' });
  const [chosenPurpose, setChosenPurpose] = useState<PurposeCode | undefined>(() => storedPurpose());
  const [accessToken] = useState(() => new AccessTokenHolder());
  const navigate = useNavigate();
  const user = session.status === 'signed-in' ? session.user : undefined;
  const workspace: Workspace = user ? workspaceOf(user) : 'none';
  const purposes: readonly PurposeCode[] = PURPOSES[workspace];
  const purpose = chosenPurpose && purposes.includes(chosenPurpose) ? chosenPurpose : undefined;

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${t('portal.appName')} · ${t('portal.tagline')}`;
  }, [language, t]);

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

  const setPurpose = useCallback((next: PurposeCode | undefined) => {
    storePurpose(next);
    setChosenPurpose(next);
  }, []);

  const signIn = () => void userManager.signinRedirect({ state: location.pathname, ui_locales: language, extraQueryParams: { kc_locale: language } });
  const signOut = () => {
    storePurpose(undefined);
    void userManager.signoutRedirect();
  };

  const subject = user?.profile.sub;
  // One client (and cache) per signed-in person and declared purpose.
  const client = useMemo(() => (subject ? createRegistryClient(accessToken, purpose) : undefined), [subject, purpose, accessToken]);
  const purposeContext = useMemo(() => ({ purpose, setPurpose }), [purpose, setPurpose]);
  const sessionContext = useMemo(
    () => ({
      workspace,
      pin: user ? pinOf(user) : undefined,
      region: user && workspace === 'caseworker' ? regionOf(user) : undefined,
      subject: user?.profile.sub,
      roles: user ? rolesOf(user) : new Set<string>(),
      accessToken: () => accessToken.get(),
    }),
    [user, workspace, accessToken],
  );
  const tagline =
    workspace === 'caseworker'
      ? t('staff.taglineCaseworker')
      : workspace === 'auditor'
        ? t('staff.taglineAuditor')
        : workspace === 'appeals'
          ? t('staff.appeal.taglineAppeals')
          : workspace === 'rules'
            ? t('rules.tagline')
            : t('portal.tagline');
  // A page that needs a role the token lacks (drafting, for an approver only) is left out.
  const routes = ROUTES[workspace].filter((route) => !route.requires || sessionContext.roles.has(route.requires));

  return (
    <SessionContext.Provider value={sessionContext}>
        <PurposeContext.Provider value={purposeContext}>
          <ScrollToTop />
          <a className="skip" href="#main">
            {t('portal.skipToContent')}
          </a>
          <header className="top">
            <div className="bar">
              <p className="brand">
                <span className="logo" aria-hidden="true">
                  ◆
                </span>{' '}
                {t('portal.appName')}
                <span className="tagline">{tagline}</span>
              </p>
              <div className="tools">
                <label htmlFor="lang" className="lang-label">
                  {t('portal.language')}
                </label>
                <select id="lang" value={language} onChange={(e) => onLanguage(e.target.value as Language)}>
                  {LANGUAGES.map((l) => (
                    <option key={l} value={l} lang={l}>
                      {t(`language.${l}`)}
                    </option>
                  ))}
                </select>
                {user && (
                  <button type="button" className="secondary" onClick={signOut}>
                    {t('portal.signOut')}
                  </button>
                )}
              </div>
            </div>
            {user && routes.some((r) => r.nav) && (
              <nav aria-label={t('portal.mainNav')}>
                <ul>
                  {routes.map(
                    (route) =>
                      route.nav && (
                        <li key={route.path}>
                          <NavItem route={route} label={t(route.nav.label)} />
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
                <h1 id="welcome">{t('portal.welcomeTitle')}</h1>
                <p>{t('portal.welcomeText')}</p>
                {session.error && (
                  <p className="error" role="alert">
                    {t('portal.signInFailed')}
                  </p>
                )}
                <button type="button" onClick={signIn}>
                  {t('portal.signIn')}
                </button>
              </section>
            )}
            {user && client && (
              <>
                <p className="small muted signed-in">
                  {t('portal.signedInAs')} <strong>{displayNameOf(user)}</strong>
                </p>
                {workspace === 'auditor' && <p className="small read-only">{t('staff.readOnly')}</p>}
                {workspace === 'none' || (workspace === 'citizen' && !sessionContext.pin) ? (
                  <p className="error" role="alert">
                    {workspace === 'none' ? t('staff.noWorkspace') : t('portal.loadError')}
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
            <p className="small">{workspace === 'caseworker' || workspace === 'auditor' || workspace === 'appeals' || workspace === 'rules' ? `${t('portal.appName')} · ${tagline}` : t('portal.footer')}</p>
          </footer>
        </PurposeContext.Provider>
    </SessionContext.Provider>
  );
};

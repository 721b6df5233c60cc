import { escapeHtml } from './http.ts';
import { DEFAULT_LOGIN_LOCALE, loginTexts, type LoginLocale } from './login-texts.ts';

/**
 * The embedded issuer's pages: small, accessible (labels, language, live error region, visible
 * focus), without scripts. The login form keeps Keycloak's element ids and field names so a test
 * can drive either issuer's form the same way. Texts in the sign-in's locale, from the registry's
 * Keycloak login theme (login-texts.ts).
 */
const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f4f6f8; color: #1b1f23; }
  main { max-width: 24rem; margin: 4rem auto; padding: 2rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 4px #0002; }
  h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
  .notice { font-size: .9rem; color: #6a4a00; background: #fff4d6; padding: .5rem .75rem; border-radius: 4px; }
  label { display: block; margin-top: 1rem; font-weight: 600; }
  input { box-sizing: border-box; width: 100%; padding: .6rem; margin-top: .25rem; font: inherit; border: 1px solid #6b7280; border-radius: 4px; }
  input[aria-invalid="true"] { border-color: #b00020; }
  button { margin-top: 1.5rem; width: 100%; padding: .7rem; font: inherit; font-weight: 600; color: #fff; background: #0b5cad; border: 0; border-radius: 4px; cursor: pointer; }
  :focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
  .error { color: #b00020; font-weight: 600; margin-top: 1rem; }
`;

const page = (locale: LoginLocale, title: string, body: string): string => `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)} · ${escapeHtml(loginTexts(locale).registryName)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;


/** The login form; `invalid` shows the wrong-credentials message (the same for every failure). */
export const loginPage = (options: { action: string; locale: LoginLocale; username?: string; invalid?: boolean }): string => {
  const text = loginTexts(options.locale);
  const invalid = options.invalid ? ' aria-invalid="true" aria-describedby="input-error"' : '';
  return page(
    options.locale,
    text.doLogIn,
    `<h1 id="kc-page-title">${escapeHtml(text.loginAccountTitle)}</h1>
<p class="notice">${escapeHtml(text.embeddedIssuerNotice)}</p>
<form id="kc-form-login" action="${escapeHtml(options.action)}" method="post" novalidate>
<div id="input-error" class="error" role="alert" aria-live="polite">${options.invalid ? escapeHtml(text.invalidUserMessage) : ''}</div>
<label for="username">${escapeHtml(text.username)}</label>
<input id="username" name="username" type="text" value="${escapeHtml(options.username ?? '')}" autocomplete="username" autocapitalize="none" spellcheck="false" required autofocus${invalid}>
<label for="password">${escapeHtml(text.password)}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}>
<button id="kc-login" name="login" type="submit">${escapeHtml(text.doLogIn)}</button>
</form>`,
  );
};

/**
 * An error page. Protocol errors (a wrong client, redirect URI or parameter) are for developers
 * and stay as Keycloak words them; the page around them is in the sign-in's language.
 */
export const errorPage = (message: string, locale: LoginLocale = DEFAULT_LOGIN_LOCALE): string =>
  page(locale, loginTexts(locale).errorTitle, `<h1 id="kc-page-title">${escapeHtml(loginTexts(locale).errorTitle)}</h1>\n<p id="kc-error-message" role="alert">${escapeHtml(message)}</p>`);

export const logoutConfirmPage = (action: string, hidden: Record<string, string>, locale: LoginLocale = DEFAULT_LOGIN_LOCALE): string =>
  page(
    locale,
    loginTexts(locale).logoutConfirmTitle,
    `<h1 id="kc-page-title">${escapeHtml(loginTexts(locale).logoutConfirmTitle)}</h1>
<p>${escapeHtml(loginTexts(locale).logoutConfirmHeader)}</p>
<form id="kc-logout-form" action="${escapeHtml(action)}" method="post">
${Object.entries(hidden)
  .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
  .join('\n')}
<button id="kc-logout" name="confirmLogout" type="submit">${escapeHtml(loginTexts(locale).doLogout)}</button>
</form>`,
  );

export const loggedOutPage = (locale: LoginLocale = DEFAULT_LOGIN_LOCALE): string =>
  page(locale, loginTexts(locale).signedOut, `<h1 id="kc-page-title">${escapeHtml(loginTexts(locale).signedOut)}</h1>`);

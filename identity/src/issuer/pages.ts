import { escapeHtml } from './http.ts';

/**
 * The embedded issuer's pages: small, accessible (labels, language, live error region, visible
 * focus), without scripts. The login form keeps Keycloak's element ids and field names so a test
 * can drive either issuer's form the same way.
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

const page = (title: string, body: string): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)} · Unified Social Registry</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;

const DEV_NOTICE = '<p class="notice">Development sign-in (embedded issuer). Never used in production.</p>';

export const loginPage = (options: { action: string; username?: string; error?: string }): string => {
  const invalid = options.error ? ' aria-invalid="true" aria-describedby="input-error"' : '';
  return page(
    'Sign in',
    `<h1 id="kc-page-title">Sign in to the Unified Social Registry</h1>
${DEV_NOTICE}
<form id="kc-form-login" action="${escapeHtml(options.action)}" method="post" novalidate>
<div id="input-error" class="error" role="alert" aria-live="polite">${options.error ? escapeHtml(options.error) : ''}</div>
<label for="username">Username</label>
<input id="username" name="username" type="text" value="${escapeHtml(options.username ?? '')}" autocomplete="username" autocapitalize="none" spellcheck="false" required autofocus${invalid}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}>
<button id="kc-login" name="login" type="submit">Sign in</button>
</form>`,
  );
};

export const errorPage = (message: string): string =>
  page('Error', `<h1 id="kc-page-title">We are sorry…</h1>\n<p id="kc-error-message" role="alert">${escapeHtml(message)}</p>`);

export const logoutConfirmPage = (action: string, hidden: Record<string, string>): string =>
  page(
    'Sign out',
    `<h1 id="kc-page-title">Signing out</h1>
<p>Do you want to sign out?</p>
<form id="kc-logout-form" action="${escapeHtml(action)}" method="post">
${Object.entries(hidden)
  .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
  .join('\n')}
<button id="kc-logout" name="confirmLogout" type="submit">Sign out</button>
</form>`,
  );

export const loggedOutPage = (): string => page('Signed out', '<h1 id="kc-page-title">You are signed out</h1>');

import { readFileSync } from 'node:fs';

/**
 * The sign-in pages' texts in az, ru and en, read from the registry's Keycloak login theme
 * (identity/themes/registry/login/messages): one source for real Keycloak and the embedded issuer.
 */
export const LOGIN_LOCALES = ['az', 'ru', 'en'] as const;
export type LoginLocale = (typeof LOGIN_LOCALES)[number];
/** The realm's default locale (Azerbaijani, the state language), as `defaultLocale` in the realm file. */
export const DEFAULT_LOGIN_LOCALE: LoginLocale = 'az';

const KEYS = [
  'loginAccountTitle',
  'username',
  'password',
  'doLogIn',
  'invalidUserMessage',
  'loginTimeout',
  'logoutConfirmTitle',
  'logoutConfirmHeader',
  'doLogout',
  'signedOut',
  'errorTitle',
  'registryName',
  'embeddedIssuerNotice',
] as const;
export type LoginTexts = Readonly<Record<(typeof KEYS)[number], string>>;

const MESSAGES_DIR = new URL('../../themes/registry/login/messages/', import.meta.url);

/** A Java .properties file as Keycloak reads its messages (UTF-8; `\uXXXX` escapes; `''` is one quote). */
export const parseProperties = (text: string): Map<string, string> => {
  const entries = new Map<string, string>();
  for (const line of text.replace(/\\\r?\n\s*/g, '').split(/\r?\n/)) {
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('!')) continue;
    const match = /^((?:\\.|[^=:\s\\])+)\s*[=:\s]\s*(.*)$/.exec(trimmed);
    if (!match) continue;
    const unescape = (s: string) => s.replace(/\\u([0-9a-fA-F]{4})|\\(.)/g, (_, hex: string | undefined, c: string | undefined) => (hex ? String.fromCharCode(parseInt(hex, 16)) : c === 'n' ? '\n' : c === 't' ? '\t' : (c ?? '')));
    entries.set(unescape(match[1] ?? ''), unescape(match[2] ?? '').replaceAll("''", "'"));
  }
  return entries;
};

const load = (locale: LoginLocale): LoginTexts => {
  const entries = parseProperties(readFileSync(new URL(`messages_${locale}.properties`, MESSAGES_DIR), 'utf8'));
  const missing = KEYS.filter((key) => !entries.get(key));
  if (missing.length > 0) throw new Error(`messages_${locale}.properties lacks ${missing.join(', ')}`);
  return Object.fromEntries(KEYS.map((key) => [key, entries.get(key) ?? ''])) as LoginTexts;
};

const TEXTS: Readonly<Record<LoginLocale, LoginTexts>> = { az: load('az'), ru: load('ru'), en: load('en') };

export const loginTexts = (locale: LoginLocale): LoginTexts => TEXTS[locale];

const isLoginLocale = (value: string): value is LoginLocale => (LOGIN_LOCALES as readonly string[]).includes(value);

/**
 * The locale of a sign-in, as Keycloak chooses it: `kc_locale`, else the first supported of the
 * space-separated `ui_locales` (OIDC), else the browser's Accept-Language, else the realm default.
 */
export const loginLocaleOf = (params: URLSearchParams, acceptLanguage: string | undefined): LoginLocale => {
  const wanted = [
    params.get('kc_locale') ?? '',
    ...(params.get('ui_locales') ?? '').split(' '),
    ...(acceptLanguage ?? '').split(',').map((part) => part.split(';')[0] ?? ''),
  ];
  for (const tag of wanted) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLoginLocale(primary)) return primary;
  }
  return DEFAULT_LOGIN_LOCALE;
};

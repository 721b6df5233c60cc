import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realmEndpoints, startEmbeddedIssuer, type EmbeddedIssuer } from '../src/index.ts';
import { LOGIN_LOCALES, parseProperties, type LoginLocale } from '../src/issuer/login-texts.ts';

/**
 * Sign-in in az, ru and en (issue #12, item 7): the embedded issuer's login page speaks the
 * language the client asks for (ui_locales, kc_locale) with the texts of the registry's Keycloak
 * login theme, the same files real Keycloak serves; the realm turns internationalization on.
 */
const messages = (locale: LoginLocale) =>
  parseProperties(readFileSync(new URL(`../themes/registry/login/messages/messages_${locale}.properties`, import.meta.url), 'utf8'));
const realm = JSON.parse(readFileSync(new URL('../realm/registry-realm.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const decode = (html: string) => html.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

describe('the login theme', () => {
  it('has the same keys in every language, and the realm selects it with these locales', () => {
    const english = [...messages('en').keys()].sort();
    for (const locale of LOGIN_LOCALES) expect([...messages(locale).keys()].sort()).toEqual(english);
    const theme = parseProperties(readFileSync(new URL('../themes/registry/login/theme.properties', import.meta.url), 'utf8'));
    expect(theme.get('locales')?.split(',')).toEqual([...LOGIN_LOCALES]);
    expect(realm).toMatchObject({ loginTheme: 'registry', internationalizationEnabled: true, defaultLocale: 'az' });
    expect(realm['supportedLocales']).toEqual([...LOGIN_LOCALES]);
  });
});

describe('embedded issuer: the login page in the sign-in language', () => {
  let issuer: EmbeddedIssuer;
  beforeAll(async () => {
    issuer = await startEmbeddedIssuer({ port: 0, dev: true });
  });
  afterAll(() => issuer.stop());

  const open = async (extra: Record<string, string>, headers: Record<string, string> = {}) => {
    const query = new URLSearchParams({
      client_id: 'registry-portal',
      redirect_uri: 'http://localhost:3000/',
      response_type: 'code',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeKT8g5sSOkV9w0m8ga0',
      code_challenge_method: 'S256',
      ...extra,
    });
    const response = await fetch(`${realmEndpoints(issuer.baseUrl).auth}?${query.toString()}`, { headers });
    return { html: decode(await response.text()), cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '' };
  };

  for (const locale of LOGIN_LOCALES) {
    it(`speaks ${locale} when the portal asks for it (ui_locales), wrong credentials included`, async () => {
      const text = messages(locale);
      const { html, cookie } = await open({ ui_locales: locale });
      expect(html).toContain(`<html lang="${locale}">`);
      for (const key of ['loginAccountTitle', 'username', 'password', 'doLogIn', 'embeddedIssuerNotice']) expect(html).toContain(text.get(key));
      const action = /action="([^"]+)"/.exec(html)?.[1] ?? '';
      const refused = decode(await (await fetch(action, { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=aysel&password=wrong' })).text());
      expect(refused).toContain(`<html lang="${locale}">`);
      expect(refused).toContain(text.get('invalidUserMessage'));
      // No text of another language on the page.
      for (const other of LOGIN_LOCALES.filter((l) => l !== locale)) {
        for (const key of ['loginAccountTitle', 'doLogIn', 'invalidUserMessage']) expect(refused).not.toContain(messages(other).get(key));
      }
    });
  }

  it('takes kc_locale first, then the first supported of ui_locales, then Accept-Language, else Azerbaijani', async () => {
    expect((await open({ kc_locale: 'en', ui_locales: 'ru' })).html).toContain('<html lang="en">');
    expect((await open({ ui_locales: 'de-DE ru-RU az' })).html).toContain('<html lang="ru">');
    expect((await open({}, { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' })).html).toContain('<html lang="ru">');
    expect((await open({}, { 'accept-language': 'de-DE' })).html).toContain('<html lang="az">');
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createTestDatabase, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import { loadPopulation } from '@usr/population';
import { startRegistry, type RunningRegistry } from '../../test/support/registry.ts';
import { startPortal, type RunningPortal } from '../src/server/serve.ts';

/**
 * The citizen portal in a real browser against the whole registry: Aysel signs in through the
 * identity provider's own login form, reads her record and her access log, switches language,
 * signs out. The redirect URI of `registry-portal` is registered for port 3000, so the portal
 * listens there.
 */
const portalDir = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = fileURLToPath(new URL('../test-results/', import.meta.url));
const require = createRequire(import.meta.url);
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const AYSEL = '5AZK7P2';
const PURPOSE = 'Checking the TSA application of the household';
const REASON = 'This is not right: the agency has an old figure. Please check it against my documents.';

interface SeenFact {
  sourceReference: string;
  agency: { name: string };
}

let db: TestDatabase;
let registry: RunningRegistry;
let portal: RunningPortal;
let browser: Browser;
let page: Page;
let fact: SeenFact;

const shot = (name: string) => page.screenshot({ path: `${resultsDir}${name}.png`, fullPage: true });

/** axe-core on the current page: every violation, for the log. */
const axeViolations = async () => {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[] }> }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
};

describe('citizen portal', () => {
  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    execFileSync(process.execPath, [join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: portalDir, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    db = await createTestDatabase(inject('adminDatabaseUrl'));
    const keycloakUrl = inject('keycloakUrl');
    registry = await startRegistry(db.url, keycloakUrl === '' ? undefined : keycloakUrl);
    await loadPopulation({ databaseUrl: db.url, persons: 50, seed: 1 });

    // A caseworker reads Aysel's record with a declared purpose: her access log then has an entry.
    const caseworker = await registry.userToken('caseworker.baku');
    const read = await postGraphQL(registry.gatewayUrl, `query($pin: String!) { person(pin: $pin) { firstName lastName } }`, { pin: AYSEL }, {
      authorization: `Bearer ${caseworker}`,
      'x-purpose-of-use': PURPOSE,
    });
    expect(read.errors).toBeUndefined();
    await registry.recorder.flush();

    // One of Aysel's facts, as the API gives it to her, to look for on the page.
    const own = await registry.userToken('aysel');
    const facts = await postGraphQL<{ person: { facts: { items: SeenFact[] } } }>(
      registry.gatewayUrl,
      `query($pin: String!) { person(pin: $pin) { facts { items { sourceReference agency { name } } } } }`,
      { pin: AYSEL },
      { authorization: `Bearer ${own}` },
    );
    const first = facts.data?.person.facts.items[0];
    if (!first) throw new Error('Aysel has no facts');
    fact = first;

    portal = await startPortal({ port: 3000, host: '127.0.0.1', gatewayUrl: registry.gatewayUrl, keycloakUrl: registry.identityUrl });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 }, bypassCSP: true });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await registry?.stop();
    await db?.drop();
  });

  it('serves its config and refuses oversized GraphQL bodies', async () => {
    const config = (await (await fetch(`${portal.url}/config.json`)).json()) as { authority: string; clientId: string };
    expect(config).toEqual({ authority: `${registry.identityUrl}/realms/registry`, clientId: 'registry-portal' });
    const big = await fetch(`${portal.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(200_000) });
    expect(big.status).toBe(413);
    const deepLink = await fetch(`${portal.url}/access-log`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<div id="root">');
    expect((await fetch(`${portal.url}/assets/missing.js`)).status).toBe(404);
  });

  it('signs Aysel in through the login form and shows her record', async () => {
    await page.goto(portal.url);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('#kc-form-login');
    await page.fill('#username', 'aysel');
    await page.fill('#password', 'demo');
    await page.click('#kc-login');

    await page.getByRole('heading', { level: 1, name: 'My record' }).waitFor();
    const household = page.getByRole('region', { name: 'My household' });
    await household.getByText('Rəşad').waitFor();
    await expect(household.textContent()).resolves.toContain('Kənan');
    await expect(household.textContent()).resolves.toContain('Spouse');

    const facts = page.getByRole('region', { name: 'What agencies report about me' });
    await facts.getByText(fact.sourceReference, { exact: true }).first().waitFor();
    await facts.getByRole('heading', { level: 3, name: new RegExp(fact.agency.name) }).waitFor();
    await page.getByRole('region', { name: 'My benefits' }).getByRole('heading', { level: 3 }).first().waitFor();
    await shot('record-desktop');
  });

  it('has no serious or critical accessibility violations on the record page', async () => {
    const violations = await axeViolations();
    console.log('axe violations (all impacts):', JSON.stringify(violations));
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('lets Aysel contest one of her facts, and lists her request as open', async () => {
    const facts = page.getByRole('region', { name: 'What agencies report about me' });
    // The last fact on the page: it sits just above her requests, so one picture shows both.
    const item = facts.getByRole('listitem').last();
    const sourceReference = (await item.locator('.mono').first().textContent()) ?? '';
    expect(sourceReference).not.toBe('');
    const contest = item.getByRole('button', { name: 'Contest this fact' });
    const requests = page.getByRole('region', { name: 'My correction requests' });
    await requests.getByText('You have not contested any fact.').waitFor();
    const focused = (name: string) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '').then((text) => text.includes(name));

    // The form opens on the keyboard, takes the focus, and Escape closes it back onto the button.
    await contest.focus();
    await page.keyboard.press('Enter');
    const reason = item.getByRole('textbox', { name: 'Why is this fact wrong?' });
    await reason.waitFor();
    expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await contest.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await reason.waitFor({ state: 'detached' });
    expect(await focused('Contest this fact')).toBe(true);

    // An empty reason is refused in the page, announced as an alert.
    await contest.click();
    await item.getByRole('button', { name: 'Send request' }).click();
    await item.getByRole('alert').getByText('Please write why this fact is wrong.').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    const withForm = await axeViolations();
    console.log('axe violations with the form open (all impacts):', JSON.stringify(withForm));
    expect(withForm.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    await reason.fill(REASON);
    await item.getByRole('button', { name: 'Send request' }).click();
    await item.getByRole('status').getByText('Your request was sent.', { exact: false }).waitFor();
    await item.getByText('Contested', { exact: true }).waitFor();
    expect(await item.getByRole('button', { name: 'Contest this fact' }).count()).toBe(0);
    const request = requests.getByRole('listitem').filter({ hasText: REASON });
    await request.waitFor();
    await expect(request.textContent()).resolves.toContain('Open');
    await expect(request.textContent()).resolves.toContain(sourceReference);

    // Reloaded, the record comes from the registry: the fact is contested there and the request OPEN.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My record' }).waitFor();
    const reloadedItem = page.getByRole('region', { name: 'What agencies report about me' }).getByRole('listitem').last();
    await expect(reloadedItem.textContent()).resolves.toContain(sourceReference);
    await reloadedItem.getByText('Contested', { exact: true }).waitFor();
    const reloaded = page.getByRole('region', { name: 'My correction requests' }).getByRole('listitem').filter({ hasText: REASON });
    await reloaded.getByText("Open: waiting for the agency's answer").waitFor();

    const violations = await axeViolations();
    console.log('axe violations after contesting (all impacts):', JSON.stringify(violations));
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    // The contested fact and the request, in one picture (the page's main column, from one to the other).
    await reloadedItem.scrollIntoViewIfNeeded();
    const main = await page.locator('main').boundingBox();
    const top = await reloadedItem.boundingBox();
    const bottom = await page.getByRole('region', { name: 'My correction requests' }).boundingBox();
    if (!main || !top || !bottom) throw new Error('nothing to photograph');
    const scroll = await page.evaluate(() => window.scrollY);
    const y = Math.max(0, Math.min(top.y, bottom.y) + scroll - 8);
    const height = Math.min(1400, Math.max(top.y + top.height, bottom.y + bottom.height) + scroll + 8 - y);
    await page.screenshot({ path: `${resultsDir}correction-request.png`, fullPage: true, clip: { x: main.x, y, width: main.width, height } });
  });

  it('shows who looked at her data, with the purpose', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Who looked at my data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Who looked at my data' }).waitFor();
    await page.getByText(PURPOSE).first().waitFor();
    await expect(page.getByRole('list', { name: 'Who looked at my data' }).textContent()).resolves.toContain('Caseworker');
    await shot('access-log-desktop');
  });

  it('switches to Russian, remembers it, and back', async () => {
    await page.selectOption('#lang', 'ru');
    await page.getByRole('heading', { level: 1, name: 'Кто смотрел мои данные' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Кто смотрел мои данные' }).waitFor();
    await page.getByText('Социальный работник').first().waitFor();
    await shot('access-log-ru');
    await page.getByLabel('Язык').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Who looked at my data' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('usr.portal.lang'))).toBe('en');
  });

  it('fits a 360 px wide phone screen', async () => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.getByRole('link', { name: 'My record' }).click();
    await page.getByRole('region', { name: 'My household' }).getByText('Rəşad').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('record-360');
    await page.screenshot({ path: `${resultsDir}record-360-screen.png` });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).origin).toBe(new URL(portal.url).origin);
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('oidc.user')))).toEqual([]);
    await shot('signed-out');
  });
});

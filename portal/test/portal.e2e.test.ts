import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type DefinitionNode, type OperationDefinitionNode } from 'graphql';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import pg from 'pg';
import { ECONOMIC_REGIONS, addWorkingDays, registryToday, summariseDecision, workingDaysBetween } from '@usr/shared';
import { LANGUAGES, formatDate, formatMoney, formatMonth, formatNumber, translate, type Language, type MessageKey } from '@usr/shared/i18n';
import { loginTexts } from '../../identity/src/issuer/login-texts.ts';
import { findDemoUser } from '../../identity/src/realm/demo-users.ts';
import { languageProblems, pageText } from './language-check.ts';
import { createTestDatabase, freePort, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import { loadPopulation } from '@usr/population';
import { startRegistry, type RunningRegistry } from '../../test/support/registry.ts';
import { startPortal, type RunningPortal } from '../src/server/serve.ts';
import { engineFor } from '../../engine/test/support/engine-harness.ts';
import { startWorker, type EngineWorker } from '../../engine/src/worker.ts';
import { decideOldAgePension } from '../../engine/src/flows/fact-ingested.ts';
import type { EngineRuntime } from '../../engine/src/engine.ts';
import { MAX_RANDOM_HOUSEHOLDS } from '../../subgraphs/benefits/src/services/dry-run-sample.ts';

/**
 * The portal in a real browser against the whole registry, each user signing in through the
 * identity provider's own login form (the embedded issuer's, or Keycloak's when KEYCLOAK_URL is
 * set): Aysel reads her record, contests a fact, reads her access log (where the caseworker who
 * opened her record shows with the declared purpose), switches language, signs out; a caseworker
 * searches the region and opens her record with a purpose; an auditor reads decisions, the access
 * log and the audit chains, and no control anywhere sends a mutation. The redirect URI of
 * `registry-portal` is registered for port 3000 (real Keycloak); with the embedded issuer the test serves the portal on a free port named in a copy of the realm.
 */
const portalDir = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = fileURLToPath(new URL('../test-results/', import.meta.url));
const require = createRequire(import.meta.url);
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const AYSEL = '5AZK7P2';
/** Purposes of use are codes; people read them in their language. */
const PURPOSE = 'TSA_APPLICATION_ASSESSMENT';
const PURPOSE_TEXT = translate('en', `enum.PurposeOfUse.${PURPOSE}`);
const REASON = 'This is not right: the agency has an old figure. Please check it against my documents.';
const CASEWORKER_PURPOSE = translate('en', 'enum.PurposeOfUse.CORRECTION_REQUEST');
const ANSWER = 'Checked against the tax service register: the amount is the one declared by the employer.';
const AUDITOR_PURPOSE = translate('en', 'enum.PurposeOfUse.DECISION_AUDIT');
const APPEALS_PURPOSE = translate('en', 'enum.PurposeOfUse.APPEAL_REVIEW');
const APPEAL_REASON = 'The income counted for last spring is not mine: I had no work then.';
const UPHOLD_REASON = 'The tax service confirmed the income of each month; the amount follows the law.';
/**
 * "A caseworker, Baku office": the role and office a visit names, the office being the one the
 * realm file gives the demo caseworker (carried in her token into the access log).
 */
const caseworkerAtOffice = (language: Language) =>
  translate(language, 'portal.visitReaderAtOffice', {
    role: translate(language, 'enum.ReaderRole.CASEWORKER'),
    office: translate(language, `district.${findDemoUser('caseworker.baku')?.office ?? 'none'}` as MessageKey),
  });
/** The appeal pages' texts, in English, from the one catalogue. */
const en = (key: MessageKey) => translate('en', key);
/** The composed schema: the enums the pages offer are derived from it. */
const supergraph = parse(readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'));
/** A day `days` from `day` (ISO dates, UTC arithmetic). */
const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** One statement on the registry's database: time passing (a deadline moved back), not something the API does. */
const withDatabase = async <T>(run: (sql: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

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
/** The source reference of the fact Aysel contests (an income the TSA decision then uses). */
let contestedReference = '';
/** The caseworker's identity-provider subject: what the auditor sees as the reader's identity. */
let caseworkerSubject = '';

let contexts: BrowserContext[] = [];
const isOperation = (definition: DefinitionNode): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION;
let engine: EngineRuntime | undefined;
let worker: EngineWorker | undefined;

let portalPort = 3000;
const failNoEngine = (): never => {
  throw new Error('the engine did not start');
};

/** The registry realm with the portal client's URIs moved from port 3000 to `port`. */
const realmForPort = (port: number): string => {
  const file = join(tmpdir(), `usr-portal-e2e-realm-${port}.json`);
  writeFileSync(file, readFileSync(fileURLToPath(new URL('../../identity/realm/registry-realm.json', import.meta.url)), 'utf8').replaceAll(':3000', `:${port}`));
  return file;
};

const shot = (name: string, on: Page = page) => on.screenshot({ path: `${resultsDir}${name}.png`, fullPage: true });

/** A fresh browser (own cookies and storage) at desktop size. */
const newPage = async (): Promise<Page> => {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 }, bypassCSP: true });
  contexts.push(context);
  const created = await context.newPage();
  // A script error in the app fails loudly in the log (React unmounts the tree on a render error).
  created.on('pageerror', (error) => console.error('page error:', error.message));
  return created;
};

/**
 * Sign in through the identity provider's login page: the embedded issuer's and Keycloak's share
 * the form's id and field names (Keycloak's own theme, see identity/src/testing/browser-login.ts).
 */
const signIn = async (on: Page, username: string) => {
  await on.goto(portal.url);
  await on.getByRole('button', { name: 'Sign in' }).click();
  await on.waitForSelector('#kc-form-login');
  await on.fill('#username', username);
  await on.fill('#password', 'demo');
  await on.click('#kc-login');
  await on.waitForURL((url) => url.origin === new URL(portal.url).origin && url.pathname !== '/callback');
};

/** axe-core on the current page: every violation, for the log. */
const axeViolations = async (on: Page = page) => {
  await on.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return on.evaluate(async () => {
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
    // Real Keycloak knows the portal at port 3000; the embedded issuer gets a realm naming a free
    // port instead, so streams and clones on one machine can run this test side by side.
    portalPort = keycloakUrl === '' ? await freePort() : 3000;
    const realmFile = keycloakUrl === '' ? realmForPort(portalPort) : undefined;
    registry = await startRegistry(db.url, keycloakUrl === '' ? undefined : keycloakUrl, realmFile ? { realmFile } : {});
    await loadPopulation({ databaseUrl: db.url, persons: 50, seed: 1 });

    // A caseworker reads Aysel's record with a declared purpose: her access log then has an entry.
    const caseworker = await registry.userToken('caseworker.baku');
    caseworkerSubject = (JSON.parse(Buffer.from(caseworker.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sub: string }).sub;
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

    // The decision engine's worker, in this process: it decides the application Aysel makes.
    const started = await engineFor(registry, db.url);
    engine = started.runtime;
    worker = await startWorker(started.env, engine, { schedule: false });

    portal = await startPortal({ port: portalPort, host: '127.0.0.1', gatewayUrl: registry.gatewayUrl, keycloakUrl: registry.identityUrl });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await newPage();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    contexts = [];
    await browser?.close();
    await portal?.stop();
    await worker?.stop();
    await engine?.close();
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
    await signIn(page, 'aysel');

    await page.getByRole('heading', { level: 1, name: 'My record' }).waitFor();
    // A citizen's navigation: her own pages, none of the staff's.
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['My record', 'Apply for assistance', translate('en', 'portal.appeal.navAppeals'), 'Report a change', 'My messages', 'Who looked at my data', 'All my data']);
    const household = page.getByRole('region', { name: 'My household' });
    await household.getByText('Rəşad').waitFor();
    await expect(household.textContent()).resolves.toContain('Kənan');
    await expect(household.textContent()).resolves.toContain('Spouse');

    const facts = page.getByRole('region', { name: 'What agencies report about me' });
    await facts.getByText(fact.sourceReference, { exact: true }).first().waitFor();
    await facts.getByRole('heading', { level: 3, name: new RegExp(fact.agency.name) }).waitFor();
    // A corrected income keeps what the tax service said before (Fact.previousVersions), behind a disclosure.
    const history = facts.locator('details.history').first();
    await history.locator('summary').filter({ hasText: translate('en', 'portal.factHistory', { n: 1 }) }).waitFor();
    await history.locator('summary').click();
    await history.getByText(en('portal.factHistoryIntro')).waitFor();
    expect(await history.locator('li').count()).toBe(1);
    // The newborn's birth names her as the mother (Person.factsInOtherRoles).
    const named = page.getByRole('region', { name: en('portal.otherRoles') });
    await named.getByText(en('enum.FactRole.MOTHER'), { exact: true }).waitFor();
    await named.getByText(en('enum.FactKind.BIRTH'), { exact: true }).waitFor();
    const benefits = page.getByRole('region', { name: 'My benefits' });
    await benefits.getByRole('heading', { level: 3 }).first().waitFor();
    // The payment schedule: past payments with their status in words; her only benefit (a one-off
    // grant, ended) has no next payment (the next payday of one being paid: engine/test/bank-roundtrip.test.ts).
    await benefits.getByRole('cell', { name: 'Paid to the card' }).first().waitFor();
    expect(await benefits.textContent()).not.toContain('Next payment');
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
    contestedReference = sourceReference;
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
    await expect(request.textContent()).resolves.toContain(translate('en', 'enum.CorrectionStatus.OPEN'));
    await expect(request.textContent()).resolves.toContain(sourceReference);

    // Reloaded, the record comes from the registry: the fact is contested there and the request OPEN.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My record' }).waitFor();
    const reloadedItem = page.getByRole('region', { name: 'What agencies report about me' }).getByRole('listitem').last();
    await expect(reloadedItem.textContent()).resolves.toContain(sourceReference);
    await reloadedItem.getByText('Contested', { exact: true }).waitFor();
    const reloaded = page.getByRole('region', { name: 'My correction requests' }).getByRole('listitem').filter({ hasText: REASON });
    await reloaded.getByText(translate('en', 'enum.CorrectionStatus.OPEN')).waitFor();

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

  it('lets Aysel apply for TSA for her household: confirmation, deadline, status', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Apply for assistance' }).click();
    await page.getByRole('heading', { level: 1, name: 'Targeted social assistance (TSA)' }).waitFor();
    const covers = page.getByRole('region', { name: 'Who the application covers' });
    await covers.getByText('Rəşad', { exact: false }).waitFor();
    await page.getByRole('region', { name: 'Applications of my household' }).getByText('Your household has not applied yet.').waitFor();

    // A confirmation step first; cancelling it sends nothing.
    await page.getByRole('button', { name: 'Apply for TSA for my household' }).click();
    await page.getByRole('heading', { level: 3, name: 'Confirm your application' }).waitFor();
    expect(await page.getByRole('button', { name: 'Yes, apply' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Apply for TSA for my household' }).click();
    const violations = await axeViolations();
    console.log('axe violations on the application confirmation (all impacts):', JSON.stringify(violations));
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.getByRole('button', { name: 'Yes, apply' }).click();
    await page.getByRole('status').getByText('Your application was received.').waitFor();

    // The application: received, waiting for a decision, due 15 working days from today.
    const applications = page.getByRole('region', { name: 'Applications of my household' });
    const application = applications.getByRole('article').first();
    await application.locator('.state').getByText(translate('en', 'enum.ApplicationStatus.SUBMITTED'), { exact: false }).waitFor();
    const due = formatDate(addWorkingDays(registryToday(), 15), 'en');
    await expect(application.textContent()).resolves.toContain(due);
    // While it waits, applying again is not offered.
    expect(await page.getByRole('button', { name: 'Apply for TSA for my household' }).count()).toBe(0);
    await shot('apply-submitted');

    // The engine decides: the page, reloaded, shows the decision in one plain sentence, its steps,
    // and the facts it used, the income Aysel contested marked as such.
    const decided = async () => {
      for (let attempt = 0; attempt < 60; attempt++) {
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Targeted social assistance (TSA)' }).waitFor();
        const first = page.getByRole('region', { name: 'Applications of my household' }).getByRole('article').first();
        await first.waitFor();
        if (((await first.textContent()) ?? '').includes(translate('en', 'enum.ApplicationStatus.DECIDED'))) return first;
        await page.waitForTimeout(500);
      }
      throw new Error('the application was not decided in 30 s');
    };
    const withDecision = await decided();
    const decision = withDecision.getByRole('region', { name: 'The decision' });
    const summary = (await decision.locator('.summary').textContent()) ?? '';
    expect(summary).toMatch(/^(Granted|Refused)/);
    await decision.getByText('How it was decided').click();
    expect(await decision.locator('.steps li').count()).toBeGreaterThan(0);
    await decision.getByText('What the decision used').click();
    await decision.locator('.inputs li.contested').filter({ hasText: contestedReference }).first().waitFor();
    await shot('apply-decided');

    // In Azerbaijani, the same decision in Azerbaijani words.
    await page.selectOption('#lang', 'az');
    const azSummary = page.getByRole('region', { name: 'Qərar' }).locator('.summary').first();
    await azSummary.waitFor();
    expect(await azSummary.textContent()).not.toBe(summary);
    await page.selectOption('#lang', 'en');

    // The engine's SMS about the decision is among her messages.
    await page.getByRole('navigation').getByRole('link', { name: 'My messages' }).click();
    await page.getByRole('heading', { level: 1, name: 'My messages' }).waitFor();
    await page.getByRole('list', { name: 'My messages' }).getByRole('listitem').first().waitFor();
    await shot('messages');
  });

  it('lets Aysel report a change: recorded as declared by her and marked so on her record', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Report a change' }).click();
    await page.getByRole('heading', { level: 1, name: 'Report a change in your circumstances' }).waitFor();
    // Out of range: refused on the page before anything is sent.
    await page.getByLabel('I started receiving an income').check();
    await page.getByLabel('Since (date)').fill(registryToday());
    await page.getByLabel('Income a month (AZN)').fill('0');
    await page.getByRole('button', { name: 'Report the change' }).click();
    await page.getByRole('alert').getByText(translate('en', 'portal.reportInvalid')).waitFor();
    await page.getByLabel('Income a month (AZN)').fill('150');
    await page.getByRole('button', { name: 'Report the change' }).click();
    await page.getByRole('status').getByText(translate('en', 'portal.reportDone', { n: 1 })).waitFor();
    const violations = await axeViolations();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await shot('report-change');
    await page.getByRole('navigation').getByRole('link', { name: 'My record' }).click();
    await page.getByText(translate('en', 'portal.selfDeclared')).first().waitFor();
  });

  it('lets a caseworker search the region and open Aysel\'s record with a declared purpose', async () => {
    const cw = await newPage();
    await signIn(cw, 'caseworker.baku');
    await cw.getByRole('heading', { level: 1, name: 'Find a person' }).waitFor();
    const nav = cw.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['People', 'Correction requests', 'Deadlines', translate('en', 'staff.review.navQueue')]);
    await cw.getByText('People registered in your region: Baku.').waitFor();

    // No purpose, no reading: the search waits for one.
    await cw.getByText('Choose the purpose of use above before you search or open a record.').waitFor();
    expect(await cw.getByRole('button', { name: 'Search' }).isDisabled()).toBe(true);
    await cw.getByLabel('Purpose of use').selectOption(CASEWORKER_PURPOSE);

    await cw.getByLabel('Last name').fill('Məmmədov');
    await cw.getByRole('button', { name: 'Search' }).click();
    const results = cw.getByRole('region', { name: 'People found' });
    const aysel = results.getByRole('listitem').filter({ hasText: AYSEL });
    await aysel.waitFor();
    await expect(aysel.textContent()).resolves.toContain('Məmmədova Aysel');
    // Everyone listed lives in Baku (the registry keeps a caseworker to the region).
    for (const item of await results.getByRole('listitem').all()) expect(await item.textContent()).toMatch(/Baku|Bakı/);
    const violations = await axeViolations(cw);
    console.log('axe violations on the caseworker search (all impacts):', JSON.stringify(violations));
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await shot('caseworker-search', cw);

    await aysel.getByRole('link', { name: /Open record/ }).click();
    await cw.getByRole('heading', { level: 1, name: 'Məmmədova Aysel Elçin qızı' }).waitFor();
    expect(new URL(cw.url()).pathname).toBe(`/people/${AYSEL}`);
    await cw.getByText(`Opened for: ${CASEWORKER_PURPOSE}`).waitFor();
    await cw.getByRole('region', { name: 'Household' }).getByText('Rəşad').waitFor();
    // What she contested is on her record for the caseworker, who cannot contest anything.
    await cw.getByRole('region', { name: 'Correction requests' }).getByText(REASON).waitFor();
    expect(await cw.getByRole('button', { name: 'Contest this fact' }).count()).toBe(0);
    const onRecord = await axeViolations(cw);
    console.log('axe violations on the caseworker record (all impacts):', JSON.stringify(onRecord));
    expect(onRecord.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await shot('caseworker-record', cw);

    // A person of another region is refused, said plainly.
    await cw.goto(`${portal.url}/people/6CGT3N5`);
    await cw.getByRole('alert').getByText('You may not read this record', { exact: false }).waitFor();

    // The region's queue: Aysel's request is there; the caseworker confirms the fact, with a reason.
    await cw.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Correction requests' }).click();
    await cw.getByRole('heading', { level: 1, name: 'Correction requests' }).waitFor();
    const request = cw.getByRole('list', { name: 'Correction requests' }).getByRole('listitem').filter({ hasText: REASON });
    await request.waitFor();
    await expect(request.textContent()).resolves.toContain(AYSEL);
    const form = request.getByRole('form');
    await form.getByRole('button', { name: 'Send answer' }).click();
    await form.getByRole('alert').getByText('Choose an answer.').waitFor();
    await form.getByRole('radio', { name: 'Confirm: the fact is right' }).check();
    const queueViolations = await axeViolations(cw);
    console.log('axe violations on the correction queue (all impacts):', JSON.stringify(queueViolations));
    expect(queueViolations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await form.getByRole('textbox', { name: 'Reason (the person reads it)' }).fill(ANSWER);
    await shot('caseworker-corrections', cw);
    await form.getByRole('button', { name: 'Send answer' }).click();
    await cw.getByRole('status').getByText('Answered: Confirmed', { exact: false }).waitFor();
    await registry.recorder.flush();
  });

  it('shows who looked at her data as visits: who, when, why and what, filtered by people or automated', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Who looked at my data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Who looked at my data' }).waitFor();
    const visits = page.getByRole('list', { name: 'Who looked at my data' });
    await visits.getByText(PURPOSE_TEXT).first().waitFor();
    // The caseworker's read through the API was one request: one card, saying who, why and what in words.
    const apiVisit = visits.getByRole('listitem').filter({ hasText: PURPOSE_TEXT });
    expect(await apiVisit.count()).toBe(1);
    const card = (await apiVisit.textContent()) ?? '';
    expect(card).toContain(caseworkerAtOffice('en'));
    expect(card).toContain(translate('en', 'enum.DataCategory.PERSONAL_DATA'));
    expect(card).toContain(formatDate(registryToday(), 'en'));
    // The caseworker who opened her record in the portal, with the purpose declared there.
    await visits.getByText(CASEWORKER_PURPOSE).first().waitFor();
    await shot('access-log-desktop');

    // Automated only: the decision engine's reads for her application, no caseworker.
    const automatedRole = translate('en', 'enum.ReaderRole.AUTOMATED_DECISION_SYSTEM');
    const caseworkerRole = translate('en', 'enum.ReaderRole.CASEWORKER');
    await page.getByRole('radio', { name: translate('en', 'enum.ReaderKind.AUTOMATED') }).check();
    await expect.poll(async () => (await visits.textContent()) ?? '', { timeout: 10_000 }).not.toContain(caseworkerRole);
    const automated = (await visits.textContent()) ?? '';
    expect(automated).toContain(automatedRole);
    expect(automated).toContain(translate('en', 'enum.PurposeOfUse.AUTOMATED_DECISION'));
    // People only: the caseworkers, no automated system.
    await page.getByRole('radio', { name: translate('en', 'enum.ReaderKind.PEOPLE') }).check();
    await expect.poll(async () => (await visits.textContent()) ?? '', { timeout: 10_000 }).not.toContain(automatedRole);
    await visits.getByText(PURPOSE_TEXT).first().waitFor();
    expect(await visits.getByRole('listitem').filter({ hasText: PURPOSE_TEXT }).count()).toBe(1);
    await page.getByRole('radio', { name: translate('en', 'portal.visitReadersAll') }).check();
    await visits.getByText(automatedRole).first().waitFor();
  });

  it("shows her the caseworker's answer to her request", async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'My record' }).click();
    const request = page.getByRole('region', { name: 'My correction requests' }).getByRole('listitem').filter({ hasText: REASON });
    await request.getByText(translate('en', 'enum.CorrectionStatus.CONFIRMED')).waitFor();
    await expect(request.textContent()).resolves.toContain(ANSWER);
    await page.getByRole('navigation').getByRole('link', { name: 'Who looked at my data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Who looked at my data' }).waitFor();
  });

  it('switches to Russian, remembers it, and back', async () => {
    await page.selectOption('#lang', 'ru');
    await page.getByRole('heading', { level: 1, name: 'Кто смотрел мои данные' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Кто смотрел мои данные' }).waitFor();
    // The visit in Russian: who and why in the page's language.
    await page.getByText(caseworkerAtOffice('ru')).first().waitFor();
    await page.getByText(translate('ru', `enum.PurposeOfUse.${PURPOSE}`)).first().waitFor();
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
    // Out to the identity provider's end-session endpoint, and back.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Sign out' }).click()]);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).origin).toBe(new URL(portal.url).origin);
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('oidc.user')))).toEqual([]);
    await shot('signed-out');
  });

  it('lets an auditor read decisions, the access log and the audit chains, and change nothing', async () => {
    const auditor = await newPage();
    // Every GraphQL operation the auditor's browser sends, to prove none is a mutation.
    const operations: string[] = [];
    auditor.on('request', (request) => {
      if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
      const body = JSON.parse(request.postData() ?? '{}') as { query?: string };
      const document = parse(body.query ?? '');
      for (const definition of document.definitions) {
        if (isOperation(definition)) operations.push(definition.operation);
      }
    });
    await signIn(auditor, 'auditor');
    await auditor.getByRole('heading', { level: 1, name: 'Find a person' }).waitFor();
    await auditor.getByText('Read only: nothing in the audit workspace changes a record.').waitFor();
    const nav = auditor.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Decisions', 'Access log', 'Audit chains', 'Deadlines', en('rules.navHistory')]);

    // Decisions about Aysel, with their inputs, steps and parameters.
    await auditor.getByLabel('Purpose of use').selectOption(AUDITOR_PURPOSE);
    await auditor.getByRole('textbox', { name: 'or a personal ID (FIN)' }).fill(AYSEL);
    await auditor.getByRole('button', { name: 'Open', exact: true }).click();
    await auditor.getByRole('heading', { level: 1, name: /Decisions about: Məmmədova Aysel/ }).waitFor();
    const decision = auditor.getByRole('article').first();
    await decision.getByRole('heading', { level: 3, name: 'Steps' }).waitFor();
    expect(await decision.locator('.steps li').count()).toBeGreaterThan(0);
    // The newest is the engine's TSA decision on her application: the need criterion it used.
    await decision.getByRole('heading', { level: 3, name: 'Parameters in force' }).waitFor();
    await decision.getByRole('cell', { name: translate('en', 'staff.parameter.needCriterion'), exact: true }).waitFor();
    await shot('auditor-decisions', auditor);

    // The whole access log: the caseworker's reading of Aysel's record is there, with its purpose.
    await nav.getByRole('link', { name: 'Access log' }).click();
    await auditor.getByRole('heading', { level: 1, name: 'Access log' }).waitFor();
    await auditor.getByLabel('Person (FIN)').fill(AYSEL);
    await auditor.getByRole('button', { name: 'Show' }).click();
    const log = auditor.getByRole('region', { name: 'Access log' });
    await log.getByText(CASEWORKER_PURPOSE).first().waitFor();
    // The reader's identity is shown: the caseworker's identity-provider subject.
    await log.getByText(caseworkerSubject, { exact: true }).first().waitFor();
    await auditor.screenshot({ path: `${resultsDir}auditor-access-log.png` });

    // Filters: that reader, the purpose declared in the API read, today (Baku days): only those rows.
    const filters = auditor.getByRole('search', { name: 'Access log' });
    const period = async (legend: string, day: string) => {
      const group = filters.getByRole('group', { name: legend });
      await group.getByLabel(translate('en', 'portal.day')).fill(String(Number(day.slice(8, 10))));
      await group.getByLabel(translate('en', 'portal.monthOfYear')).selectOption(String(Number(day.slice(5, 7))));
      await group.getByLabel(translate('en', 'portal.year')).fill(day.slice(0, 4));
    };
    const rows = log.locator('tbody tr');
    await filters.getByLabel(translate('en', 'staff.accessorLabel')).fill(caseworkerSubject);
    await filters.getByLabel(translate('en', 'staff.purposeFilter')).selectOption(PURPOSE_TEXT);
    await period(translate('en', 'staff.periodFrom'), registryToday());
    await period(translate('en', 'staff.periodTo'), registryToday());
    await filters.getByRole('button', { name: 'Show' }).click();
    await expect.poll(async () => new Set(await rows.locator('td:nth-child(4)').allTextContents()), { timeout: 10_000 }).toEqual(new Set([PURPOSE_TEXT]));
    expect(new Set(await rows.locator('td:nth-child(3) .mono').allTextContents())).toEqual(new Set([caseworkerSubject]));
    // A period before any read: nothing; a period ending before it starts: refused in the page.
    await period(translate('en', 'staff.periodFrom'), '2020-01-01');
    await period(translate('en', 'staff.periodTo'), '2020-12-31');
    await filters.getByRole('button', { name: 'Show' }).click();
    await auditor.getByText(translate('en', 'staff.noEntries')).waitFor();
    await period(translate('en', 'staff.periodFrom'), '2021-01-01');
    await filters.getByRole('button', { name: 'Show' }).click();
    await filters.getByRole('alert').getByText(translate('en', 'staff.periodInvalid')).waitFor();

    await nav.getByRole('link', { name: 'Audit chains' }).click();
    await auditor.getByRole('heading', { level: 1, name: 'Audit chains' }).waitFor();
    const accessChain = auditor.getByRole('region', { name: 'Access log' });
    await accessChain.getByText('Intact').waitFor();
    await auditor.getByRole('region', { name: 'Decision log' }).getByText('Intact').waitFor();
    const violations = await axeViolations(auditor);
    console.log('axe violations on the audit chains (all impacts):', JSON.stringify(violations));
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await shot('auditor-chains', auditor);

    // Press every button and submit every form on every page of the workspace (Sign out aside):
    // whatever they do, none sends a mutation.
    for (const name of ['Decisions', 'Access log', 'Audit chains']) {
      await nav.getByRole('link', { name }).click();
      await auditor.getByRole('heading', { level: 1, name: name === 'Decisions' ? 'Find a person' : name }).waitFor();
      for (const form of await auditor.locator('main form').all()) {
        await form.evaluate((f: HTMLFormElement) => f.requestSubmit());
      }
      for (const button of await auditor.locator('main button').all()) {
        if ((await button.isVisible()) && (await button.isEnabled())) await button.click();
      }
      await auditor.waitForLoadState('networkidle');
    }
    expect(operations.length).toBeGreaterThan(5);
    expect(operations.filter((o) => o !== 'query')).toEqual([]);
    expect(await auditor.locator('main textarea').count()).toBe(0);
  });

  it('lets Aysel appeal her TSA decision; the engine re-decides, finds nothing changed and an appeals officer upholds it with a reason', async () => {
    const citizen = await newPage();
    await signIn(citizen, 'aysel');
    await citizen.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: en('portal.appeal.navAppeals') }).click();
    await citizen.getByRole('heading', { level: 1, name: en('portal.appeal.appealsTitle') }).waitFor();
    const decisions = citizen.getByRole('region', { name: en('portal.appeal.decisions') });
    const labelled = await decisions
      .getByRole('article')
      .filter({ hasText: en('benefit.TSA') })
      .filter({ has: citizen.getByRole('button', { name: en('portal.appeal.appealButton') }) })
      .first()
      .getAttribute('aria-labelledby');
    const tsa = decisions.locator(`article[aria-labelledby="${labelled ?? ''}"]`);
    await tsa.getByRole('button', { name: en('portal.appeal.appealButton') }).click();
    // An empty reason is refused on the page, before anything is sent.
    await tsa.getByRole('button', { name: en('portal.appeal.appealSend') }).click();
    await tsa.getByText(en('portal.appeal.appealReasonNeeded')).waitFor();
    await tsa.getByRole('textbox', { name: en('portal.appeal.appealReason') }).fill(APPEAL_REASON);
    await tsa.getByRole('checkbox').first().check();
    await shot('appeal-form', citizen);
    await tsa.getByRole('button', { name: en('portal.appeal.appealSend') }).click();
    await citizen.getByText(en('portal.appeal.appealSent')).waitFor();

    // The engine's worker re-decides on today's facts: nothing changed, so the appeal goes to review.
    const appeals = citizen.getByRole('region', { name: en('portal.appeal.myAppeals') });
    const inReview = en('enum.AppealStatus.IN_REVIEW');
    for (let i = 0; i < 60 && !(await appeals.getByText(inReview).first().isVisible()); i++) {
      await citizen.waitForTimeout(500);
      await citizen.reload();
      await appeals.getByRole('article').first().waitFor();
    }
    await appeals.getByText(en('enum.AppealEventKind.SENT_TO_REVIEW')).waitFor();
    await appeals.getByText(APPEAL_REASON).waitFor();
    await shot('appeal-in-review', citizen);

    // The appeals officer: the queue (nothing read before a purpose), the decision's facts and
    // steps with the disputed fact; an empty reason is refused; upholds with a reason.
    const officer = await newPage();
    await signIn(officer, 'appeals.officer');
    await officer.getByRole('heading', { level: 1, name: en('staff.appeal.queueTitle') }).waitFor();
    await officer.getByText(en('staff.appeal.purposeNeededQueue')).waitFor();
    await officer.getByLabel('Purpose of use').selectOption(APPEALS_PURPOSE);
    const review = officer.getByRole('article').filter({ hasText: APPEAL_REASON });
    await review.getByRole('heading', { level: 3, name: en('staff.appeal.decisionReviewed') }).waitFor();
    // Not overdue yet; then its review deadline passes (moved back ten days): the queue marks it
    // overdue, late by the working days the holiday calendar counts.
    expect(await review.locator('.badge.overdue').count()).toBe(0);
    const passed = addDays(registryToday(), -10);
    const late = -workingDaysBetween(registryToday(), passed);
    await withDatabase((sql) => sql.query(`update benefits.appeal set review_deadline = $1 where appellant_pin = $2 and status = 'IN_REVIEW'`, [passed, AYSEL]));
    // The queue with an appeal in it speaks only the reader's language (the walk below sees it empty).
    const problems: string[] = [];
    for (const language of ['az', 'ru', 'en'] satisfies Language[]) {
      await officer.evaluate((l) => localStorage.setItem('usr.portal.lang', l), language);
      await officer.reload();
      await officer.getByRole('article').filter({ hasText: APPEAL_REASON }).locator('.letter').first().waitFor();
      await officer.waitForLoadState('networkidle');
      const reviewed = officer.getByRole('article').filter({ hasText: APPEAL_REASON });
      expect(await reviewed.locator('.badge.overdue').textContent()).toBe(translate(language, 'staff.appeal.overdue'));
      expect(await reviewed.textContent()).toContain(translate(language, 'staff.workingDaysLate', { n: late }));
      for (const problem of languageProblems(await officer.evaluate(pageText), language)) problems.push(`${language}: ${problem}`);
    }
    expect(problems).toEqual([]);
    expect(await review.getByText(en('staff.appeal.disputed'), { exact: true }).count()).toBe(1);
    await review.getByRole('button', { name: en('staff.appeal.uphold') }).click();
    await review.getByText(en('staff.appeal.reasonNeeded')).waitFor();
    await review.getByRole('textbox', { name: en('staff.appeal.upholdReason') }).fill(UPHOLD_REASON);
    await shot('appeal-review', officer);
    await review.getByRole('button', { name: en('staff.appeal.uphold') }).click();
    await officer.getByText(en('staff.appeal.actionDone')).waitFor();
    await officer.getByText(en('staff.appeal.queueEmpty')).waitFor();

    // Aysel reads the outcome and the officer's reason in her appeal's timeline.
    await citizen.reload();
    await appeals.getByText(en('enum.AppealStatus.UPHELD')).first().waitFor();
    await appeals.getByText(UPHOLD_REASON).waitFor();
    const violations = await axeViolations(citizen);
    console.log('axe violations on decisions and appeals (all impacts):', JSON.stringify(violations));
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await shot('appeal-upheld', citizen);

    // Auditors read the same timeline with the decision; the citizen's steps are "the citizen's".
    const auditor = await newPage();
    await signIn(auditor, 'auditor');
    await auditor.getByLabel('Purpose of use').selectOption(AUDITOR_PURPOSE);
    await auditor.getByRole('textbox', { name: 'or a personal ID (FIN)' }).fill(AYSEL);
    await auditor.getByRole('button', { name: 'Open', exact: true }).click();
    const appealed = auditor.getByRole('region', { name: en('portal.appeal.underAppeal') });
    await appealed.getByText(UPHOLD_REASON).waitFor();
    await appealed.getByText(APPEAL_REASON).waitFor();
    const step = (kind: 'FILED' | 'UPHELD') => appealed.locator('.timeline li').filter({ hasText: en(`enum.AppealEventKind.${kind}`) }).first().textContent();
    expect(await step('FILED')).toContain(en('staff.appeal.actorCitizen'));
    expect(await step('UPHELD')).toContain(en('enum.AppealActor.APPEALS_OFFICER'));
  });

  it("lets the region's caseworker reject a declared change that would raise Aysel's TSA, with a reason: the amount stays", async () => {
    // The engine's own call opens the item (as its worker does for a raising declaration), on Aysel's
    // TSA decision and a fact of hers: no household moves, so no later outcome changes.
    const engineToken = await registry.serviceToken('decision-engine');
    const read = await postGraphQL<{ person: { decisions: { id: string; monthlyAmount: string | null; benefitType: { code: string } }[]; facts: { items: { id: string }[] }; household: { id: string; region: { code: string } } | null } }>(
      registry.gatewayUrl,
      `query($pin: String!) { person(pin: $pin) { decisions { id monthlyAmount benefitType { code } } facts { items { id } } household { id region { code } } } }`,
      { pin: AYSEL },
      { authorization: `Bearer ${engineToken}` },
    );
    const person = read.data?.person;
    const decision = person?.decisions.find((d) => d.benefitType.code === 'TSA' && d.monthlyAmount !== null);
    const fact = person?.facts.items[0];
    if (!person?.household || !decision?.monthlyAmount || !fact) throw new Error('Aysel has no TSA decision, fact or household');
    const declaredAmount = (Number(decision.monthlyAmount) + 35).toFixed(2);
    const opened = await postGraphQL<{ openChangeReview: { review: { id: string } } }>(
      registry.gatewayUrl,
      `mutation($input: OpenChangeReviewInput!) { openChangeReview(input: $input) { review { id } } }`,
      {
        input: {
          idempotencyKey: 'portal-e2e-review',
          decisionId: decision.id,
          subjectPin: AYSEL,
          householdId: person.household.id,
          regionCode: person.household.region.code,
          factIds: [fact.id],
          currentAmount: decision.monthlyAmount,
          declaredAmount,
        },
      },
      { authorization: `Bearer ${engineToken}` },
    );
    expect(opened.errors).toBeUndefined();
    // Its deadline has passed (moved back ten days): overdue, late by the calendar's working days.
    const passed = addDays(registryToday(), -10);
    const late = -workingDaysBetween(registryToday(), passed);
    await withDatabase((sql) => sql.query(`update benefits.change_review set deadline = $1 where idempotency_key = 'portal-e2e-review'`, [passed]));

    const cw = await newPage();
    await signIn(cw, 'caseworker.baku');
    await cw.getByLabel('Purpose of use').selectOption(CASEWORKER_PURPOSE);
    await cw.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: en('staff.review.navQueue') }).click();
    await cw.getByRole('heading', { level: 1, name: en('staff.review.queueTitle') }).waitFor();
    // Each language: the amounts formatted, the overdue badge, no text of another language, axe clean.
    const problems: string[] = [];
    for (const language of ['az', 'ru', 'en'] satisfies Language[]) {
      await cw.evaluate((l) => localStorage.setItem('usr.portal.lang', l), language);
      await cw.reload();
      const item = cw.getByRole('article').filter({ hasText: formatMoney(declaredAmount, language) });
      await item.waitFor();
      await cw.waitForLoadState('networkidle');
      expect(await item.locator('.badge.overdue').textContent()).toBe(translate(language, 'staff.appeal.overdue'));
      const text = (await item.textContent()) ?? '';
      expect(text).toContain(translate(language, 'staff.workingDaysLate', { n: late }));
      expect(text).toContain(formatMoney(decision.monthlyAmount, language));
      for (const problem of languageProblems(await cw.evaluate(pageText), language)) problems.push(`${language}: ${problem}`);
      for (const v of (await axeViolations(cw)).filter((x) => x.impact === 'serious' || x.impact === 'critical')) problems.push(`${language}: axe ${v.id}`);
      if (language === 'az') await shot('change-review-queue', cw);
    }
    expect(problems).toEqual([]);
    const item = cw.getByRole('article').filter({ hasText: formatMoney(declaredAmount, 'en') });
    // No reason: refused on the page; with one, rejected; the queue is empty again.
    await item.getByRole('button', { name: en('staff.review.reject') }).click();
    await item.getByText(en('staff.review.reasonNeeded')).waitFor();
    await item.getByRole('textbox', { name: en('staff.review.reason') }).fill('No agency record shows the change yet.');
    await item.getByRole('button', { name: en('staff.review.reject') }).click();
    await cw.getByRole('status').getByText(en('staff.review.rejected')).waitFor();
    await cw.getByText(en('staff.review.queueEmpty')).waitFor();
    const status = await withDatabase((sql) => sql.query<{ status: string }>(`select status from benefits.change_review where idempotency_key = 'portal-e2e-review'`));
    expect(status.rows[0]?.status).toBe('REJECTED');
  });

  it('shows a pensioner her next payment, amount and day formatted in az, ru and en; a one-off reads as one-off', async () => {
    // Leyla reached pension age with 30 insured years: the engine assigns the pension (proactive).
    const LEYLA = findDemoUser('leyla')?.pin ?? '';
    await decideOldAgePension(engine?.ctx ?? failNoEngine(), LEYLA, registryToday());
    const engineToken = await registry.serviceToken('decision-engine');
    const schedule = await postGraphQL<{ person: { benefits: { benefitType: { code: string }; paymentKind: string; nextPayment: { month: string; on: string; amount: string } | null }[] } }>(
      registry.gatewayUrl,
      `query($pin: String!) { person(pin: $pin) { benefits { benefitType { code } paymentKind nextPayment { month on amount } } } }`,
      { pin: LEYLA },
      { authorization: `Bearer ${engineToken}` },
    );
    const pension = schedule.data?.person.benefits.find((b) => b.nextPayment !== null);
    const next = pension?.nextPayment;
    if (!pension || !next) throw new Error('the pension has no next payment');
    expect(pension.paymentKind).toBe('MONTHLY');
    const on = await newPage();
    await signIn(on, 'leyla');
    for (const language of LANGUAGES) {
      await on.evaluate((l) => localStorage.setItem('usr.portal.lang', l), language);
      await on.goto(`${portal.url}/`);
      const benefits = on.getByRole('region', { name: translate(language, 'portal.benefits') });
      // The benefit's own card (its decision letter is an article inside it).
      const card = benefits.locator('article.benefit').filter({ hasText: translate(language, `benefit.${pension.benefitType.code}` as MessageKey) });
      const expected = translate(language, 'portal.nextPaymentValue', { amount: formatMoney(next.amount, language), on: formatDate(next.on, language), month: formatMonth(next.month, language) });
      await card.getByText(expected).waitFor();
      await card.getByText(translate(language, 'portal.nextPayment'), { exact: true }).waitFor();
      expect(await card.textContent()).toContain(translate(language, 'portal.monthlyAmount'));
      if (language === 'az') await shot('record-next-payment', on);
    }
    // Aysel's one-off birth grant: an amount and a day, no monthly amount, no next payment.
    const aysel = await newPage();
    await signIn(aysel, 'aysel');
    await aysel.evaluate(() => localStorage.setItem('usr.portal.lang', 'en'));
    await aysel.goto(`${portal.url}/`);
    const oneOff = aysel.getByRole('region', { name: en('portal.benefits') }).locator('article.benefit').filter({ hasText: en('benefit.BIRTH_GRANT') });
    // The card's own label (exact: the decision letter inside the card may say "One-time payment" in a sentence too).
    await oneOff.getByText(en('portal.amountOnce'), { exact: true }).waitFor();
    const text = (await oneOff.textContent()) ?? '';
    expect(text).not.toContain(en('portal.monthlyAmount'));
    expect(text).not.toContain(en('portal.nextPayment'));
    // The seeded grant is recorded as the engine records one (a one-time amount, no monthly amount),
    // so its summary in every language is the one-time sentence the shared explanation module writes.
    const grants = await postGraphQL<{ person: { decisions: { benefitType: { code: string }; outcome: 'GRANTED' | 'REFUSED'; reasonCode: string; effectiveDate: string; monthlyAmount: string | null; oneTimeAmount: string | null; paymentKind: string; az: string; ru: string; en: string }[] } }>(
      registry.gatewayUrl,
      `query($pin: String!) { person(pin: $pin) { decisions { benefitType { code } outcome reasonCode effectiveDate monthlyAmount oneTimeAmount paymentKind az: summary(language: AZ) ru: summary(language: RU) en: summary(language: EN) } } }`,
      { pin: AYSEL },
      { authorization: `Bearer ${engineToken}` },
    );
    const grant = grants.data?.person.decisions.find((d) => d.benefitType.code === 'BIRTH_GRANT');
    if (!grant) throw new Error('Aysel has no birth-grant decision');
    expect({ kind: grant.paymentKind, monthly: grant.monthlyAmount, once: grant.oneTimeAmount !== null }).toEqual({ kind: 'ONE_TIME', monthly: null, once: true });
    for (const language of LANGUAGES) {
      expect(grant[language]).toBe(summariseDecision({ ...grant, benefitCode: grant.benefitType.code }, language));
    }
  });

  it('signs in through a login page in az, ru and en, and opens the portal in that language', async () => {
    for (const language of LANGUAGES) {
      const visitor = await newPage();
      await visitor.goto(portal.url);
      await visitor.evaluate((l) => localStorage.setItem('usr.portal.lang', l), language);
      await visitor.reload();
      await visitor.getByRole('button', { name: translate(language, 'portal.signIn') }).click();
      await visitor.waitForSelector('#kc-form-login');
      expect(await visitor.evaluate(() => document.documentElement.lang)).toBe(language);
      const login = await visitor.evaluate(() => document.body.innerText);
      expect(login).toContain(loginTexts(language).loginAccountTitle);
      for (const other of LANGUAGES.filter((l) => l !== language)) {
        for (const key of ['loginAccountTitle', 'username', 'password', 'doLogIn'] as const) expect(login).not.toContain(loginTexts(other)[key]);
      }
      if (language === 'az') await shot('sign-in', visitor);
      await visitor.fill('#username', 'aysel');
      await visitor.fill('#password', 'demo');
      await visitor.click('#kc-login');
      await visitor.getByRole('heading', { level: 1, name: translate(language, 'portal.navRecord') }).waitFor();
    }
  });

  /**
   * Every page of every workspace in az, ru and en: no text of another language, no catalogue key,
   * enum value, ISO date or amount written the wrong way (language-check.ts derives all of these
   * from the catalogue and the supergraph), and axe clean. The az pages are the README's screenshots.
   */
  const WALK: ReadonlyArray<{ role: string; user: string; purpose?: string; pages: ReadonlyArray<{ path: string; shot: string; prepare?: (on: Page) => Promise<void> }> }> = [
    {
      role: 'citizen',
      user: 'aysel',
      pages: [
        // Every fact's earlier versions opened, so their words are checked too.
        { path: '/', shot: 'record', prepare: (on) => on.evaluate(() => document.querySelectorAll('details.history').forEach((d) => d.setAttribute('open', ''))) },
        { path: '/apply', shot: 'apply' },
        { path: '/decisions', shot: 'appeals' },
        { path: '/report-change', shot: 'report-change' },
        { path: '/messages', shot: 'messages' },
        {
          path: '/access-log',
          shot: 'access-log',
          // Who read her data: the caseworker by role and office, in the page's language.
          prepare: async (on) => {
            const language = (await on.evaluate(() => document.documentElement.lang)) as Language;
            await on.getByRole('list', { name: translate(language, 'portal.accessLogTitle') }).getByText(caseworkerAtOffice(language)).first().waitFor();
          },
        },
        {
          path: '/my-data',
          shot: 'my-data',
          // The JSON download, assembled by the server, holds her record and every fact (test/own-data-export.test.ts proves it complete).
          prepare: async (on) => {
            const [download] = await Promise.all([on.waitForEvent('download'), on.locator('main .actions button').first().click()]);
            const saved = await download.path();
            const data = JSON.parse(readFileSync(saved, 'utf8')) as { format: string; person: { pin: string }; facts: unknown[] };
            expect(data.format).toBe('usr-own-data');
            expect(data.person.pin).toBe(AYSEL);
            expect(data.facts.length).toBeGreaterThan(0);
            // Recorded as her own read before the file was handed over (issue #12, item 9).
            const auditor = await registry.userToken('auditor');
            const log = await postGraphQL<{ accessLog: { items: { accessorKind: string }[] } }>(
              registry.gatewayUrl,
              `query($pin: String!) { accessLog(filter: { subjectPin: $pin, purpose: OWN_DATA_EXPORT }) { items { accessorKind } } }`,
              { pin: AYSEL },
              { authorization: `Bearer ${auditor}`, 'x-purpose-of-use': 'ACCESS_AUDIT' },
            );
            expect(log.data?.accessLog.items.length).toBeGreaterThan(0);
            expect(log.data?.accessLog.items.every((e) => e.accessorKind === 'citizen')).toBe(true);
          },
        },
      ],
    },
    {
      role: 'caseworker',
      user: 'caseworker.baku',
      purpose: 'CORRECTION_REQUEST',
      pages: [
        {
          path: '/',
          shot: 'caseworker-search',
          prepare: async (on) => {
            await on.locator('input[name="name"]').fill('Məmmədov');
            await on.locator('form[role="search"] button[type="submit"]').click();
            await on.locator('ul.people li').first().waitFor();
          },
        },
        { path: `/people/${AYSEL}`, shot: 'caseworker-record' },
        { path: '/corrections', shot: 'caseworker-corrections' },
        { path: '/change-reviews', shot: 'caseworker-change-reviews' },
        { path: '/deadlines', shot: 'caseworker-deadlines' },
      ],
    },
    {
      role: 'auditor',
      user: 'auditor',
      purpose: 'DECISION_AUDIT',
      pages: [
        { path: '/', shot: 'auditor-search' },
        { path: `/decisions/${AYSEL}`, shot: 'auditor-decisions' },
        {
          path: '/audit/access-log',
          shot: 'auditor-access-log',
          prepare: async (on) => {
            await on.locator('form[role="search"] button[type="submit"]').click();
            await on.locator('table.log-table tbody tr').first().waitFor();
          },
        },
        { path: '/audit/chains', shot: 'auditor-chains' },
        { path: '/deadlines', shot: 'auditor-deadlines' },
      ],
    },
    {
      role: 'appeals officer',
      user: 'appeals.officer',
      purpose: 'APPEAL_REVIEW',
      pages: [
        { path: '/', shot: 'appeal-queue' },
        { path: '/change-reviews', shot: 'appeal-change-reviews' },
      ],
    },
  ];

  for (const walk of WALK) {
    it(`${walk.role}: every page in az, ru and en speaks only that language, formatted, axe clean`, async () => {
      const on = await newPage();
      await signIn(on, walk.user);
      if (walk.purpose) await on.evaluate((p) => sessionStorage.setItem('usr.portal.purpose', p), walk.purpose);
      const problems: string[] = [];
      for (const language of ['az', 'ru', 'en'] satisfies Language[]) {
        await on.evaluate((l) => localStorage.setItem('usr.portal.lang', l), language);
        for (const visit of walk.pages) {
          await on.goto(`${portal.url}${visit.path}`);
          await on.locator('main h1').first().waitFor();
          await on.waitForLoadState('networkidle');
          await on.locator('main .status').waitFor({ state: 'detached' });
          if (visit.prepare) await visit.prepare(on);
          expect(await on.evaluate(() => document.documentElement.lang)).toBe(language);
          for (const problem of languageProblems(await on.evaluate(pageText), language)) problems.push(`${language} ${visit.path}: ${problem}`);
          const serious = (await axeViolations(on)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
          for (const v of serious) problems.push(`${language} ${visit.path}: axe ${v.id}`);
          if (language === 'az') await shot(visit.shot, on);
        }
      }
      expect(problems).toEqual([]);
      // Each walk visits every page three times, with an axe run each: longer than one test's default.
    }, 180_000);
  }

  /**
   * The rules screens (issue #15 item 9), four eyes in the browser: rules.editor reads the
   * parameters and drafts a raised TSA need criterion (a draft that would leave a gap refused first,
   * the registry's sentence naming the day); rules.approver2 reads the diff and the coverage check,
   * chooses the samples of a region's and a random (seeded) dry run that the engine's worker (started
   * above) really runs, reads each by its sample in az, ru and en, and is refused by the
   * registry when approving a draft of their own; rules.editor gets no approval at all (the
   * registry refuses it too); rules.approver approves the editor's draft and rejects approver2's;
   * the auditor reads the history and sends no mutation. Every page in az, ru and en, axe clean.
   */
  describe('rules screens', () => {
    const RULES_REASON = 'Budget law for next year (QA-15)';
    /** The first and last day of next month (Baku days): the drafted value's period. */
    const today = registryToday();
    const nextMonth = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 1)).toISOString().slice(0, 10);
    const endOfNextMonth = addDays(new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) + 1, 1)).toISOString().slice(0, 10), -1);
    /** How the rules pages name a demo user who signed something: their full name (the token's `name` claim), never an account id. */
    const fullName = (user: string): string => {
      const demo = findDemoUser(user);
      if (!demo) throw new Error(`no demo user ${user}`);
      return `${demo.firstName} ${demo.lastName}`;
    };
    const rulesApi = async <D,>(user: string, query: string, variables: Record<string, unknown> = {}) => {
      const token = await registry.userToken(user);
      return postGraphQL<D>(registry.gatewayUrl, query, variables, { authorization: `Bearer ${token}` });
    };
    const valueIn = (language: Language, unit: string, value: number) => translate(language, `parameterValue.${unit}` as MessageKey, { value });
    const need = { unit: '', value: 0, raised: 0 };
    let draftId = '';
    let ownDraftId = '';
    /** Day, month and year into a DateInput (its legend names the group); empty strings clear it. */
    const fillDay = async (on: Page, legend: string, day: string) => {
      const group = on.getByRole('group', { name: legend, exact: true });
      await group.getByLabel(en('portal.day'), { exact: true }).fill(day ? String(Number(day.slice(8, 10))) : '');
      await group.getByLabel(en('portal.monthOfYear'), { exact: true }).selectOption(day ? String(Number(day.slice(5, 7))) : '');
      await group.getByLabel(en('portal.year'), { exact: true }).fill(day.slice(0, 4));
    };
    const axeClean = async (on: Page, where: string) => {
      const violations = await axeViolations(on);
      console.log(`axe violations on ${where} (all impacts):`, JSON.stringify(violations));
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    };

    beforeAll(async () => {
      // The need criterion in force today, as the registry holds it (approved versions).
      const read = await rulesApi<{ parameterVersions: Array<{ unit: string; value: number; effectiveFrom: string }> }>(
        'rules.editor',
        `{ parameterVersions(benefitCode: "TSA", name: "needCriterion", status: APPROVED) { unit value effectiveFrom } }`,
      );
      const inForce = (read.data?.parameterVersions ?? []).filter((v) => v.effectiveFrom <= today).at(-1);
      if (!inForce) throw new Error('no need criterion in force');
      Object.assign(need, { unit: inForce.unit, value: inForce.value, raised: Math.round(inForce.value * 115) });
    });

    it('rules.editor reads the parameters and drafts a change; a draft leaving a gap is refused in a sentence naming the day', async () => {
      const editor = await newPage();
      await signIn(editor, 'rules.editor');
      await editor.getByRole('heading', { level: 1, name: en('rules.parametersTitle') }).waitFor();
      const nav = editor.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link').allTextContents()).toEqual([en('rules.navParameters'), en('rules.navNewDraft'), en('rules.navDrafts'), en('rules.navHistory')]);
      // Per benefit, translated: the need criterion by its label, its value as money with its unit, the day, the basis.
      const tsa = editor.getByRole('region', { name: `${en('rules.parametersTitle')}: ${en('benefit.TSA')}` });
      const row = tsa.getByRole('row').filter({ has: editor.getByRole('rowheader', { name: en('staff.parameter.needCriterion'), exact: true }) });
      await row.waitFor();
      expect(await row.textContent()).toContain(valueIn('en', need.unit, need.value));
      // A placeholder reads as such (the appeal period is one in the catalogue).
      await tsa.getByRole('row').filter({ has: editor.getByRole('rowheader', { name: en('staff.parameter.appealWorkingDays'), exact: true }) }).getByText(en('parameters.placeholder')).waitFor();
      await editor.getByRole('region', { name: en('rules.coverageTitle') }).getByText(en('rules.coverageOk')).waitFor();
      await axeClean(editor, 'the parameters');

      await nav.getByRole('link', { name: en('rules.navNewDraft') }).click();
      await editor.getByRole('heading', { level: 1, name: en('rules.draftTitle') }).waitFor();
      // Nothing filled: refused in the page, nothing sent.
      await editor.getByRole('button', { name: en('rules.draftSubmit') }).click();
      await editor.getByRole('alert').getByText(en('rules.draftMissing')).waitFor();
      await editor.getByLabel(en('rules.draftParameter'), { exact: true }).selectOption({ label: en('staff.parameter.needCriterion') });
      await editor.getByText(translate('en', 'rules.draftUnit', { unit: en(`enum.ParameterUnit.${need.unit}` as MessageKey), current: valueIn('en', need.unit, need.value) })).waitFor();
      await editor.getByLabel(en('rules.draftValue'), { exact: true }).fill(String(need.raised / 100));
      await fillDay(editor, en('rules.draftFrom'), nextMonth);
      await fillDay(editor, en('rules.draftUntil'), endOfNextMonth);
      for (const [label, texts] of [
        ['rules.draftAct', { az: 'Dövlət büdcəsi haqqında qanun', ru: 'Закон о государственном бюджете', en: 'Law on the State Budget' }],
        ['rules.draftText', { az: 'Ehtiyac meyarı artırılır.', ru: 'Критерий нуждаемости повышается.', en: 'The need criterion is raised.' }],
      ] as const) {
        for (const l of LANGUAGES) await editor.getByLabel(`${en(label)} (${en(l === 'az' ? 'rules.inAz' : l === 'ru' ? 'rules.inRu' : 'rules.inEn')})`, { exact: true }).fill(texts[l]);
      }
      await editor.getByLabel(en('rules.draftArticle'), { exact: true }).fill('3.1');
      await fillDay(editor, en('rules.draftActDate'), today);
      await editor.getByLabel(en('rules.draftReason'), { exact: true }).fill(RULES_REASON);
      await axeClean(editor, 'the draft form');
      // Ending the value after a month would leave the days after it with none: the registry refuses, naming the first of them.
      await editor.getByRole('button', { name: en('rules.draftSubmit') }).click();
      const refusal = editor.getByRole('alert').filter({ hasText: en('parameters.error.COVERAGE_GAP') });
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain(formatDate(addDays(endOfNextMonth, 1), 'en'));
      expect(await refusal.textContent()).toContain(en('staff.parameter.needCriterion'));
      await shot('rules-draft-refused', editor);
      // The refusal follows a switch of language (worded by the page from the catalogue), and what was typed stays.
      await editor.selectOption('#lang', 'az');
      const inAz = editor.getByRole('alert').filter({ hasText: translate('az', 'parameters.error.COVERAGE_GAP') });
      await inAz.waitFor();
      expect(await inAz.textContent()).toContain(formatDate(addDays(endOfNextMonth, 1), 'az'));
      expect(await inAz.textContent()).toContain(translate('az', 'staff.parameter.needCriterion'));
      await editor.selectOption('#lang', 'en');
      await editor.getByRole('heading', { level: 1, name: en('rules.draftTitle') }).waitFor();
      expect(await editor.getByLabel(en('rules.draftReason'), { exact: true }).inputValue()).toBe(RULES_REASON);
      // Until the next value: drafted.
      await fillDay(editor, en('rules.draftUntil'), '');
      await editor.getByRole('button', { name: en('rules.draftSubmit') }).click();
      await editor.getByRole('status').getByText(en('rules.draftCreated')).waitFor();
      await editor.getByRole('link', { name: en('rules.openDraft') }).click();
      await editor.getByRole('heading', { level: 1, name: new RegExp(en('rules.reviewTitle')) }).waitFor();
      draftId = new URL(editor.url()).pathname.split('/').at(-1) ?? '';
      expect(draftId).toMatch(/^[0-9a-f-]{36}$/);
      // Not an approver: no approval offered, and the registry refuses one anyway (the forbidden case).
      await editor.getByText(en('rules.approversOnly')).waitFor();
      expect(await editor.getByRole('button', { name: en('rules.approve') }).count()).toBe(0);
      const refused = await rulesApi<{ approveParameterDraft: unknown } | null>('rules.editor', `mutation($id: ID!) { approveParameterDraft(input: { draftId: $id }) { changed } }`, { id: draftId });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
      expect(refused.data?.approveParameterDraft ?? null).toBeNull();
    });

    it('rules.approver2 reads the diff and coverage, runs a region and a random dry run the engine fills, and is refused approving a draft of their own', async () => {
      const approver = await newPage();
      await signIn(approver, 'rules.approver2');
      await approver.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: en('rules.navDrafts') }).click();
      await approver.getByRole('heading', { level: 1, name: en('rules.draftsTitle') }).waitFor();
      const listed = approver.getByRole('article').filter({ hasText: RULES_REASON });
      await listed.getByText(en('enum.ParameterDraftStatus.PENDING')).waitFor();
      await listed.getByRole('link').click();
      await approver.getByRole('heading', { level: 1, name: new RegExp(en('rules.reviewTitle')) }).waitFor();
      // The diff: the value in force the day before against the proposed one, from which day.
      const diff = approver.getByRole('region', { name: en('rules.diffTitle') }).locator('tbody tr');
      await diff.first().waitFor();
      expect(await diff.count()).toBe(1);
      expect(await diff.locator('td.before').textContent()).toContain(valueIn('en', need.unit, need.value));
      expect(await diff.locator('td.after').textContent()).toContain(valueIn('en', need.unit, need.raised / 100));
      expect(await diff.textContent()).toContain(formatDate(nextMonth, 'en'));
      expect(await diff.textContent()).toContain('Law on the State Budget');
      await approver.getByRole('region', { name: en('rules.coverageWithDraft') }).getByText(en('rules.coverageOk')).waitFor();
      // The sample: the SDL's kinds by their names; a wrong field is refused in the page, marked, nothing sent.
      const runs = approver.getByRole('region', { name: en('rules.dryRunsTitle') });
      const kind = runs.getByLabel(en('rules.dryRunSample'), { exact: true });
      const requestRun = runs.getByRole('button', { name: en('rules.dryRunRequest') });
      const sampleKinds = supergraph.definitions.flatMap((d) => (d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'ParameterDryRunSampleKind' ? (d.values ?? []).map((v) => v.name.value) : []));
      expect(sampleKinds.length).toBeGreaterThan(1);
      expect((await kind.locator('option').allTextContents()).sort()).toEqual(sampleKinds.map((k) => en(`enum.ParameterDryRunSampleKind.${k}` as MessageKey)).sort());
      const kindLabel = (k: string) => ({ label: en(`enum.ParameterDryRunSampleKind.${k}` as MessageKey) });
      const refusedField = async (label: MessageKey, text: string) => {
        await runs.getByRole('alert').getByText(text, { exact: true }).waitFor();
        expect(await runs.getByLabel(en(label), { exact: true }).getAttribute('aria-invalid')).toBe('true');
      };
      await kind.selectOption(kindLabel('SHARE'));
      await runs.getByLabel(en('rules.dryRunShare'), { exact: true }).fill('0');
      await requestRun.click();
      await refusedField('rules.dryRunShare', en('rules.dryRunShareInvalid'));
      await kind.selectOption(kindLabel('RANDOM'));
      await runs.getByLabel(en('rules.dryRunHouseholds'), { exact: true }).fill(String(MAX_RANDOM_HOUSEHOLDS + 1));
      await requestRun.click();
      await refusedField('rules.dryRunHouseholds', translate('en', 'rules.dryRunHouseholdsInvalid', { max: MAX_RANDOM_HOUSEHOLDS }));
      await kind.selectOption(kindLabel('REGION'));
      await requestRun.click();
      await refusedField('rules.dryRunRegion', en('rules.dryRunRegionMissing'));
      expect(await runs.getByRole('article').count()).toBe(0);
      // Each economic region of the registry's geography, by its name; the one with the most households is run.
      const region = runs.getByLabel(en('rules.dryRunRegion'), { exact: true });
      await region.locator('option').nth(ECONOMIC_REGIONS.length).waitFor({ state: 'attached' });
      expect(await region.locator('option').allTextContents()).toEqual([en('rules.dryRunRegionChoose'), ...ECONOMIC_REGIONS.map((r) => en(`region.${r.code}` as MessageKey))]);
      const busiest = await withDatabase((sql) => sql.query<{ code: string }>(`select region_code as code from households.household group by region_code order by count(*) desc, region_code limit 1`));
      const regionCode = busiest.rows[0]?.code ?? '';
      await region.selectOption({ label: en(`region.${regionCode}` as MessageKey) });
      await requestRun.click();
      await runs.getByRole('status').getByText(en('rules.dryRunRequested')).waitFor();
      await runs.getByRole('article').first().waitFor();
      // And three households drawn at random with the seed 42.
      await kind.selectOption(kindLabel('RANDOM'));
      await runs.getByLabel(en('rules.dryRunHouseholds'), { exact: true }).fill('3');
      await runs.getByLabel(en('rules.dryRunSeed'), { exact: true }).fill('42');
      await requestRun.click();
      await runs.getByRole('article').nth(1).waitFor();
      await runs.getByRole('status').getByText(en('rules.dryRunRequested')).waitFor();
      for (const run of await runs.getByRole('article').all()) await run.getByText(en('enum.ParameterDryRunStatus.DONE'), { exact: true }).waitFor({ timeout: 90_000 });
      // Each dry run says its sample in words, and its figures are the report the engine recorded.
      type Recorded = { id: string; sample: { kind: string; regionCode: string | null; households: number | null; seed: number | null }; report: { assessed: number; changed: number; monthlyCostDelta: string; examples: Array<{ subjectPin: string | null }> } | null };
      const recorded = await rulesApi<{ parameterDraft: { dryRuns: Recorded[] } }>(
        'rules.approver2',
        `query($id: ID!) { parameterDraft(id: $id) { dryRuns { id sample { kind regionCode households seed } report { assessed changed monthlyCostDelta examples { subjectPin } } } } }`,
        { id: draftId },
      );
      const dryRuns = recorded.data?.parameterDraft.dryRuns ?? [];
      expect(dryRuns.map((r) => r.sample)).toEqual([
        { kind: 'RANDOM', regionCode: null, households: 3, seed: 42 },
        { kind: 'REGION', regionCode, households: null, seed: null },
      ]);
      const sampleWords = (language: Language, sample: Recorded['sample']) =>
        sample.kind === 'REGION'
          ? translate(language, 'rules.sample.REGION', { region: translate(language, `region.${sample.regionCode}` as MessageKey) })
          : translate(language, 'rules.sample.RANDOM', { households: sample.households ?? 0, seed: String(sample.seed) });
      const startingWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
      for (const dryRun of dryRuns) {
        const { report } = dryRun;
        if (!report) throw new Error('no dry-run report');
        expect(report.assessed).toBeGreaterThan(0);
        const run = runs.getByRole('article', { name: startingWith(sampleWords('en', dryRun.sample)) });
        expect(await run.getByRole('heading', { level: 3 }).textContent()).toBe(`${sampleWords('en', dryRun.sample)}${en('enum.ParameterDryRunStatus.DONE')}`);
        const figures = (await run.locator('dl').last().textContent()) ?? '';
        expect(figures).toContain(`${en('rules.reportAssessed')}${formatNumber(report.assessed, 'en')}`);
        expect(figures).toContain(`${en('rules.reportChanged')}${formatNumber(report.changed, 'en')}`);
        const delta = report.monthlyCostDelta;
        const amount = delta.replace(/^-/, '');
        expect(figures).toContain(Number(amount) === 0 ? en('rules.costSame') : translate('en', delta.startsWith('-') ? 'rules.costDown' : 'rules.costUp', { amount }));
        // Rules staff read no personal record: every example anonymised.
        expect(report.examples.every((e) => e.subjectPin === null)).toBe(true);
        if (report.examples.length > 0) await run.getByText(en('rules.anonymised')).first().waitFor();
      }
      // The form with the region chosen and the dry runs' samples in az and ru too: only that language, axe clean.
      await kind.selectOption(kindLabel('REGION'));
      for (const language of ['az', 'ru'] as const) {
        await approver.selectOption('#lang', language);
        for (const dryRun of dryRuns) await approver.getByRole('heading', { level: 3, name: startingWith(sampleWords(language, dryRun.sample)) }).waitFor();
        await approver.getByRole('option', { name: translate(language, `region.${regionCode}` as MessageKey), exact: true }).first().waitFor({ state: 'attached' });
        expect(languageProblems(await approver.evaluate(pageText), language)).toEqual([]);
        await axeClean(approver, `the draft review's dry runs in ${language}`);
        // The README's picture of the review: the az page.
        if (language === 'az') await shot('rules-draft-review', approver);
      }
      await approver.selectOption('#lang', 'en');
      await approver.getByRole('heading', { level: 1, name: new RegExp(en('rules.reviewTitle')) }).waitFor();
      await axeClean(approver, 'the draft review with its dry run');

      // approver2 is also an editor: a draft of their own, then an approval the registry refuses (OWN_DRAFT).
      const own = await rulesApi<{ draftParameterChange: { draft: { id: string } } }>(
        'rules.approver2',
        `mutation($input: DraftParameterChangeInput!) { draftParameterChange(input: $input) { draft { id } } }`,
        {
          input: {
            idempotencyKey: `rules-screens-${Date.now()}`,
            reason: 'Renewal window (QA-15)',
            changes: [{ benefitCode: 'TSA', name: 'renewalDays', value: 45, effectiveFrom: nextMonth, sourced: false, legalBasis: { act: { az: 'Yer tutucu', ru: 'Заглушка', en: 'Placeholder' }, text: { az: 'Sınaq', ru: 'Проверка', en: 'Trial' } } }],
          },
        },
      );
      ownDraftId = own.data?.draftParameterChange.draft.id ?? '';
      expect(ownDraftId).not.toBe('');
      await approver.goto(`${portal.url}/drafts/${ownDraftId}`);
      await approver.getByText(en('rules.ownDraftHint')).waitFor();
      await approver.getByRole('button', { name: en('rules.approve') }).click();
      await approver.getByRole('alert').getByText(en('parameters.error.OWN_DRAFT')).waitFor();
      const still = await rulesApi<{ parameterDraft: { status: string } }>('rules.approver2', `query($id: ID!) { parameterDraft(id: $id) { status } }`, { id: ownDraftId });
      expect(still.data?.parameterDraft.status).toBe('PENDING');
      await shot('rules-own-draft-refused', approver);
    });

    it('rules.approver approves the editor\'s draft and rejects approver2\'s with a reason', async () => {
      const approver = await newPage();
      await signIn(approver, 'rules.approver');
      const nav = approver.getByRole('navigation', { name: 'Main' });
      // An approver who is not an editor is not offered drafting.
      expect(await nav.getByRole('link').allTextContents()).toEqual([en('rules.navParameters'), en('rules.navDrafts'), en('rules.navHistory')]);
      await approver.goto(`${portal.url}/drafts/${draftId}`);
      await approver.getByRole('button', { name: en('rules.approve') }).click();
      await approver.getByRole('status').getByText(en('rules.approved')).waitFor();
      await approver.getByRole('heading', { level: 1 }).getByText(en('enum.ParameterDraftStatus.APPROVED')).waitFor();
      expect(await approver.getByRole('button', { name: en('rules.approve') }).count()).toBe(0);

      await approver.goto(`${portal.url}/drafts/${ownDraftId}`);
      await approver.getByRole('button', { name: en('rules.reject') }).click();
      await approver.getByRole('alert').getByText(en('rules.rejectReasonNeeded')).waitFor();
      await approver.getByLabel(en('rules.rejectReason'), { exact: true }).fill('No legal act sets this yet.');
      await approver.getByRole('button', { name: en('rules.reject') }).click();
      await approver.getByRole('status').getByText(en('rules.rejected')).waitFor();
      await approver.getByText('No legal act sets this yet.').waitFor();

      // The parameters page: today's value stays, the approved one waits for its day.
      await nav.getByRole('link', { name: en('rules.navParameters') }).click();
      const row = approver
        .getByRole('region', { name: `${en('rules.parametersTitle')}: ${en('benefit.TSA')}` })
        .getByRole('row')
        .filter({ has: approver.getByRole('rowheader', { name: en('staff.parameter.needCriterion'), exact: true }) });
      await row.getByText(translate('en', 'rules.nextValue', { from: nextMonth, value: valueIn('en', need.unit, need.raised / 100) })).waitFor();
      expect(await row.textContent()).toContain(valueIn('en', need.unit, need.value));
    });

    it('lets the auditor read the parameter history, who drafted and approved, and change nothing', async () => {
      const auditor = await newPage();
      const operations: string[] = [];
      auditor.on('request', (request) => {
        if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
        for (const definition of parse((JSON.parse(request.postData() ?? '{}') as { query?: string }).query ?? '').definitions) if (isOperation(definition)) operations.push(definition.operation);
      });
      await signIn(auditor, 'auditor');
      await auditor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: en('rules.navHistory') }).click();
      await auditor.getByRole('heading', { level: 1, name: en('rules.historyTitle') }).waitFor();
      await auditor.getByLabel(en('rules.historyBenefit'), { exact: true }).selectOption({ label: en('benefit.TSA') });
      const table = auditor.getByRole('region', { name: `${en('rules.historyTitle')}: ${en('benefit.TSA')}` });
      const approved = table.getByRole('row').filter({ hasText: valueIn('en', need.unit, need.raised / 100) });
      await approved.waitFor();
      const text = (await approved.textContent()) ?? '';
      expect(text).toContain(en('enum.ParameterStatus.APPROVED'));
      expect(text).toContain(translate('en', 'rules.appliesFrom', { from: nextMonth }));
      expect(text).toContain(fullName('rules.editor'));
      expect(text).toContain(fullName('rules.approver'));
      const rejected = table.getByRole('row').filter({ has: auditor.getByRole('rowheader', { name: en('staff.parameter.renewalDays'), exact: true }) }).filter({ hasText: en('enum.ParameterStatus.REJECTED') });
      await rejected.waitFor();
      expect(await rejected.textContent()).toContain(fullName('rules.approver2'));
      await auditor.getByLabel(en('rules.historyStatus'), { exact: true }).selectOption({ label: en('enum.ParameterStatus.REJECTED') });
      expect(await table.locator('tbody tr').count()).toBe(1);
      await axeClean(auditor, 'the parameter history');
      await shot('rules-history', auditor);
      expect(operations.length).toBeGreaterThan(0);
      expect(operations.filter((o) => o !== 'query')).toEqual([]);
    });

    it('every rules page in az, ru and en speaks only that language, formatted, axe clean', async () => {
      // Each page with the name of its screenshot (the az pages are the README's pictures).
      const visits: ReadonlyArray<{ user: string; paths: ReadonlyArray<readonly [string, string]> }> = [
        {
          user: 'rules.editor',
          paths: [
            ['/', 'rules-parameters'],
            ['/new-draft', 'rules-new-draft'],
            ['/drafts', 'rules-drafts'],
            ['/history', 'rules-history-editor'],
          ],
        },
        {
          user: 'rules.approver2',
          paths: [
            [`/drafts/${draftId}`, 'rules-draft-approved'],
            [`/drafts/${ownDraftId}`, 'rules-draft-rejected'],
          ],
        },
        { user: 'auditor', paths: [['/rules/history', 'rules-history-auditor']] },
      ];
      const problems: string[] = [];
      for (const visit of visits) {
        const on = await newPage();
        await signIn(on, visit.user);
        for (const language of LANGUAGES) {
          await on.evaluate((l) => localStorage.setItem('usr.portal.lang', l), language);
          for (const [path, name] of visit.paths) {
            await on.goto(`${portal.url}${path}`);
            await on.locator('main h1').first().waitFor();
            await on.waitForLoadState('networkidle');
            await on.locator('main .status').waitFor({ state: 'detached' });
            expect(await on.evaluate(() => document.documentElement.lang)).toBe(language);
            for (const problem of languageProblems(await on.evaluate(pageText), language)) problems.push(`${visit.user} ${language} ${path}: ${problem}`);
            for (const v of (await axeViolations(on)).filter((v) => v.impact === 'serious' || v.impact === 'critical')) problems.push(`${visit.user} ${language} ${path}: axe ${v.id}`);
            if (language === 'az') await shot(name, on);
          }
        }
      }
      expect(problems).toEqual([]);
    }, 300_000);
  });
});

import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPortal } from '@usr/portal';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import { LANGUAGES } from '@usr/shared/i18n';
import { OWN_RECORD } from '../gateway/src/own-data/own-data-query.ts';
import { startRegistry, type RunningRegistry } from './support/registry.ts';
import { seeder } from './support/seed.ts';
import { languageProblems } from '../portal/test/language-problems.ts';

/**
 * "Download all my data" (issue #12 item 9) assembled by the gateway: only the citizen herself,
 * everything the graph holds for her (more facts than one page, more access-log entries than the
 * portal ever showed), recorded once as her own read.
 */
const AYSEL = '5AZK7P2';
const LEYLA = '6CGT3N5';
const FACTS = 1_050; // more than one page of the export's 1,000
const READS = 230; // more than one keyset page of 200, and the old portal's 50

let db: TestDatabase;
let registry: RunningRegistry;
const tokens = new Map<string, string>();
const token = async (who: string) => {
  let value = tokens.get(who);
  if (!value) tokens.set(who, (value = await registry.userToken(who)));
  return value;
};
const exportUrl = (params: Record<string, string>) => `${registry.gatewayUrl.replace(/\/graphql$/, '')}/exports/my-data?${new URLSearchParams(params).toString()}`;
const download = async (who: string | null, params: Record<string, string>) =>
  fetch(exportUrl(params), { headers: who ? { authorization: `Bearer ${await token(who)}` } : {} });
const graph = async <T>(query: string, variables: Record<string, unknown>) => {
  const res = await postGraphQL<T>(registry.gatewayUrl, query, variables, { authorization: `Bearer ${await token('aysel')}` });
  expect(res.errors).toBeUndefined();
  return res.data as T;
};

interface Export {
  format: string;
  version: number;
  exportId: string;
  person: Record<string, unknown>;
  facts: Array<{ id: string }>;
  payments: Array<{ id: string }>;
  accessLog: Array<{ seq: string; purposeCode: string | null }>;
}

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  registry = await startRegistry(db.url, inject('keycloakUrl') || undefined);
  const seed = seeder(db.url);
  await seed.household(1).withPins(AYSEL).withFacts(FACTS).withBenefit('TSA', '150.00').withPayments(3).save();
  await seed.household(1).withPins(LEYLA).inRegion('ganja-dashkasan', 'AZ-GA').withFacts(2).save();
  await seed.close();
  // A caseworker's reads, each its own request: the entries the access log must hand over in full.
  const caseworker = await token('caseworker.baku');
  for (let i = 0; i < READS; i++) {
    const res = await postGraphQL(registry.gatewayUrl, `{ person(pin: "${AYSEL}") { firstName } }`, {}, { authorization: `Bearer ${caseworker}`, 'x-purpose-of-use': 'BENEFIT_REVIEW' });
    expect(res.errors).toBeUndefined();
  }
  await registry.recorder.flush();
}, 240_000);

afterAll(async () => {
  await registry?.stop();
  await db?.drop();
});

describe('who may download', () => {
  it('refuses anonymous callers, caseworkers, auditors, and a citizen asking for another person', async () => {
    const params = { exportId: randomUUID() };
    expect((await download(null, params)).status).toBe(401);
    for (const staff of ['caseworker.baku', 'auditor']) {
      const res = await download(staff, params);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    }
    expect((await download('aysel', { ...params, pin: LEYLA })).status).toBe(403);
    expect((await download('aysel', { exportId: 'not-a-uuid' })).status).toBe(400);
    expect((await download('aysel', { exportId: randomUUID(), format: 'pdf' })).status).toBe(400);
  });

  it('pages the access log by keyset only: an offset beside `before` is refused, nothing read', async () => {
    const res = await postGraphQL(registry.gatewayUrl, `{ person(pin: "${AYSEL}") { accessLog(page: { offset: 5 }, before: "1000") { hasMore } } }`, {}, { authorization: `Bearer ${await token('aysel')}` });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('the JSON file', () => {
  let file: Export;
  const exportId = randomUUID();

  beforeAll(async () => {
    const res = await download('aysel', { exportId, pin: AYSEL });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    file = (await res.json()) as Export;
  }, 120_000);

  it('is the documented format, and its record is what the graph returns her', async () => {
    expect(file).toMatchObject({ format: 'usr-own-data', version: 1, exportId });
    const record = await graph<{ person: Record<string, unknown> }>(OWN_RECORD, { pin: AYSEL, language: 'AZ' });
    expect(file.person).toEqual(record.person);
  });

  it('holds every fact and payment, past the first page', async () => {
    expect(file.facts).toHaveLength(FACTS);
    expect(new Set(file.facts.map((f) => f.id)).size).toBe(FACTS);
    expect(file.payments).toHaveLength(3);
  });

  it('holds the whole access log, as the graph pages it, newest first', async () => {
    const seqs: string[] = [];
    for (let offset = 0, more = true; more; offset += 200) {
      const { person } = await graph<{ person: { accessLog: { hasMore: boolean; items: Array<{ seq: string }> } } }>(
        `query($pin: String!, $offset: Int!) { person(pin: $pin) { accessLog(page: { limit: 200, offset: $offset }) { hasMore items { seq } } } }`,
        { pin: AYSEL, offset },
      );
      seqs.push(...person.accessLog.items.map((e) => e.seq));
      more = person.accessLog.hasMore;
    }
    expect(seqs.length).toBeGreaterThan(READS);
    expect(file.accessLog.map((e) => e.seq)).toEqual(seqs);
  });

  it('is recorded once as her own read, however often the same download is retried', async () => {
    expect((await download('aysel', { exportId })).status).toBe(200);
    const { person } = await graph<{ person: { accessLog: { items: Array<{ purposeCode: string | null }> } } }>(
      `query($pin: String!) { person(pin: $pin) { accessLog(page: { limit: 200 }) { items { purposeCode } } } }`,
      { pin: AYSEL },
    );
    expect(person.accessLog.items.filter((e) => e.purposeCode === 'OWN_DATA_EXPORT')).toHaveLength(1);
  });
});

describe('the readable page', () => {
  it.each(LANGUAGES)('is in %s, with the whole access log', async (language) => {
    const res = await download('aysel', { exportId: randomUUID(), format: 'html', language });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain(`<html lang="${language}">`);
    // The portal's language check, on the text a reader sees: no other language, raw code or enum
    // value, catalogue key, ISO date or unformatted amount.
    const text = html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c)))
      .replace(/\s+/g, ' ');
    expect(languageProblems(text, language)).toEqual([]);
    const accessSection = html.slice(html.lastIndexOf('<section>'));
    expect(accessSection.match(/<li>/g)?.length).toBeGreaterThan(READS);
  });
});

describe('through the portal server', () => {
  it('streams the same file to the portal’s own origin, and the same refusals', async () => {
    const distDir = mkdtempSync(join(tmpdir(), 'portal-dist-'));
    writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>portal</title>');
    const portal = await startPortal({ port: 0, gatewayUrl: registry.gatewayUrl, keycloakUrl: registry.identityUrl, distDir });
    try {
      const viaPortal = async (who: string, params: Record<string, string>) =>
        fetch(`${portal.url}/exports/my-data?${new URLSearchParams(params).toString()}`, { headers: { authorization: `Bearer ${await token(who)}` } });
      const res = await viaPortal('aysel', { exportId: randomUUID() });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(`my-data-${AYSEL}.json`);
      const file = (await res.json()) as Export;
      expect(file.facts).toHaveLength(FACTS);
      expect(file.accessLog.length).toBeGreaterThan(READS);
      expect((await viaPortal('caseworker.baku', { exportId: randomUUID() })).status).toBe(403);
    } finally {
      await portal.stop();
      rmSync(distDir, { recursive: true, force: true });
    }
  });
});

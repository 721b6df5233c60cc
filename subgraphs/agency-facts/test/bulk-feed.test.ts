import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSubgraph, type RunningService } from '@usr/shared';
import { createTestDatabase, createTestTokens, ENGINE, type TestDatabase, type TestTokenClaims, type TestTokens, startDirectoryStub, type DirectoryStub } from '@usr/shared/testing';
import { factsSubgraph } from '../src/index.ts';
import { SAMPLE_VALUES, UNREGISTERED } from './fixtures.ts';

let db: TestDatabase;
let service: RunningService;
let tokens: TestTokens;
/** The population register (the persons subgraph's register route): every PIN registered but UNREGISTERED. */
let register: DirectoryStub;
let pool: pg.Pool;
let feedUrl: string;

const TAXES: TestTokenClaims = { roles: ['agency-feed'], agency: 'taxes', serviceAccount: true };
const PIN = 'FEED001';

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  register = await startDirectoryStub({ regions: {}, households: {}, unregistered: UNREGISTERED });
  service = await startSubgraph(factsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier, directory: { personsUrl: register.personsUrl } } });
  feedUrl = new URL('/feeds/facts', service.url).toString();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
});

afterAll(async () => {
  await pool?.end();
  await service?.stop();
  await register?.close();
  await db?.drop();
});

interface LineResult {
  line: number;
  outcome: string;
  factId?: string;
  rejection?: { code: string; message: string };
}
interface Summary {
  accepted: number;
  superseded: number;
  duplicate: number;
  rejected: number;
  lines: number;
}
interface FeedAnswer {
  status: number;
  contentType: string | null;
  results: LineResult[];
  summary: Summary | undefined;
  body: string;
}

const income = (ref: string, amount: number, extra: Record<string, unknown> = {}) => ({
  subjectPin: PIN,
  kind: 'INCOME',
  value: { amount, month: '2025-01', source: 'SALARY' },
  validFrom: '2025-01-01',
  validTo: '2025-01-31',
  sourceReference: ref,
  ...extra,
});
const ndjson = (lines: readonly unknown[]): string => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n');

const post = async (body: string | ReadableStream<Uint8Array>, as: TestTokenClaims | null = TAXES): Promise<FeedAnswer> => {
  const headers: Record<string, string> = { 'content-type': 'application/x-ndjson' };
  if (as) headers['authorization'] = await tokens.bearer(as);
  const res = await fetch(feedUrl, { method: 'POST', headers, body, duplex: 'half' });
  const text = await res.text();
  const parsed = text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as LineResult & { summary?: Summary });
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    results: parsed.filter((p) => p.summary === undefined),
    summary: parsed.find((p) => p.summary !== undefined)?.summary,
    body: text,
  };
};

const rowCount = async (prefix: string): Promise<number> => {
  const res = await pool.query<{ n: string }>(`select count(*) as n from facts.fact where source_reference like $1`, [`${prefix}%`]);
  return Number(res.rows[0]?.n);
};
const outcomes = (answer: FeedAnswer) => answer.results.map((r) => r.outcome);
const codes = (answer: FeedAnswer) => answer.results.map((r) => r.rejection?.code ?? r.outcome);

/** A body that yields `lines(i)` for i in [0, count) as the server asks for more. */
const generated = (count: number, lineOf: (i: number) => string, perPull = 500): ReadableStream<Uint8Array> => {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next >= count) {
        controller.close();
        return;
      }
      const end = Math.min(count, next + perPull);
      let text = '';
      for (; next < end; next++) text += `${lineOf(next)}\n`;
      controller.enqueue(encoder.encode(text));
    },
  });
};

describe('POST /feeds/facts', () => {
  it('accepts new facts, answers one NDJSON line per input line and a summary', async () => {
    const answer = await post(ndjson([income('NEW-1', 100), income('NEW-2', 200)]));
    expect(answer.status).toBe(200);
    expect(answer.contentType).toContain('application/x-ndjson');
    expect(answer.results).toMatchObject([
      { line: 1, outcome: 'ACCEPTED', factId: expect.any(String) },
      { line: 2, outcome: 'ACCEPTED', factId: expect.any(String) },
    ]);
    expect(answer.summary).toEqual({ accepted: 2, superseded: 0, duplicate: 0, rejected: 0, lines: 2 });
    const stored = await pool.query<{ id: string; agency_code: string; value: { amount: number } }>(`select id, agency_code, value from facts.fact where source_reference = 'NEW-1'`);
    expect(stored.rows).toEqual([{ id: answer.results[0]?.factId, agency_code: 'taxes', value: { amount: 100, month: '2025-01', source: 'SALARY' } }]);
  });

  it('answers DUPLICATE to a replay (whatever the key order) and SUPERSEDED to changed content, keeping history', async () => {
    const first = await post(ndjson([income('REP-1', 300), income('REP-2', 310)]));
    const replay = await post(
      ndjson([
        income('REP-1', 300, { value: { source: 'SALARY', month: '2025-01', amount: 300 } }),
        income('REP-2', 350),
        income('REP-3', 1),
        income('REP-3', 1),
        income('REP-3', 2),
      ]),
    );
    expect(outcomes(replay)).toEqual(['DUPLICATE', 'SUPERSEDED', 'ACCEPTED', 'DUPLICATE', 'SUPERSEDED']);
    expect(replay.results[0]?.factId).toBe(first.results[0]?.factId);
    expect(replay.summary).toEqual({ accepted: 1, superseded: 2, duplicate: 2, rejected: 0, lines: 5 });
    const history = await pool.query<{ id: string; superseded_by: string | null }>(`select id, superseded_by from facts.fact where source_reference = 'REP-2' order by recorded_at, superseded_by nulls last`);
    expect(history.rows).toEqual([
      { id: first.results[1]?.factId, superseded_by: replay.results[1]?.factId },
      { id: replay.results[1]?.factId, superseded_by: null },
    ]);
    expect(await rowCount('REP-3')).toBe(2);
  });

  it('rejects malformed lines, wrong types, unknown kinds, kinds of other agencies and reversed dates with codes, storing the rest', async () => {
    const secret = 'Əliyev Vüqar 5AZK7P2';
    const answer = await post(
      ndjson([
        `{"subjectPin":"${secret}", oops`,
        income('MIX-1', 10),
        '',
        '   ',
        '[1,2]',
        income('MIX-2', 10, { subjectPin: 42 }),
        income('MIX-3', 10, { kind: 'SALARY_OF_THE_MOON' }),
        { ...income('MIX-4', 10), kind: 'DISABILITY', value: SAMPLE_VALUES.DISABILITY },
        income('MIX-5', 10, { validFrom: '2025-02-01', validTo: '2025-01-01' }),
        income('MIX-6', 10, { validFrom: '2025-02-30' }),
        income('MIX-7', 10, { value: { amount: 'a lot', month: secret } }),
        income('MIX-8', 10, { subjectPin: 'bad' }),
        income('MIX-9', 10, { extra: secret }),
        income('', 10),
        income('MIX-10', 20),
      ]),
    );
    expect(answer.status).toBe(200);
    expect(answer.results.map((r) => [r.line, r.rejection?.code ?? r.outcome])).toEqual([
      [1, 'MALFORMED_LINE'],
      [2, 'ACCEPTED'],
      [5, 'INVALID_FIELD'],
      [6, 'INVALID_FIELD'],
      [7, 'UNKNOWN_KIND'],
      [8, 'KIND_NOT_OWNED'],
      [9, 'DATES_REVERSED'],
      [10, 'INVALID_DATE'],
      [11, 'INVALID_VALUE'],
      [12, 'INVALID_PIN'],
      [13, 'INVALID_FIELD'],
      [14, 'INVALID_SOURCE_REFERENCE'],
      [15, 'ACCEPTED'],
    ]);
    expect(answer.summary).toEqual({ accepted: 2, superseded: 0, duplicate: 0, rejected: 11, lines: 13 });
    expect(answer.body).not.toContain('Əliyev');
    expect(answer.body).not.toContain('5AZK7P2');
    expect(answer.body).not.toContain('SALARY_OF_THE_MOON');
    expect(await rowCount('MIX-')).toBe(2);
  });

  it('rejects lines about unregistered people (UNKNOWN_PIN) with ONE register look-up per 1,000-line chunk, storing the rest', async () => {
    const before = register.requests.length;
    const lines = Array.from({ length: 2500 }, (_, i) => income(`UNKF-${i}`, 10 + i, i % 500 === 7 ? { subjectPin: 'UNREG01' } : {}));
    const answer = await post(ndjson(lines));
    expect(answer.summary).toEqual({ accepted: 2495, superseded: 0, duplicate: 0, rejected: 5, lines: 2500 });
    const rejected = answer.results.filter((r) => r.outcome === 'REJECTED');
    expect(rejected.map((r) => r.line)).toEqual([8, 508, 1008, 1508, 2008]);
    expect(rejected.every((r) => r.rejection?.code === 'UNKNOWN_PIN' && !r.rejection.message.includes('UNREG01'))).toBe(true);
    expect(await rowCount('UNKF-')).toBe(2495);
    const lookups = register.requests.slice(before);
    expect(lookups.map((l) => l.query)).toEqual(['register', 'register', 'register']);
    // Each chunk's distinct PINs, asked with the agency's token.
    expect(lookups.every((l) => l.pins.length === 2 && l.authorization?.startsWith('Bearer '))).toBe(true);
  });

  it('stops with an internal error and stores nothing of a chunk whose PINs the register could not check', async () => {
    const alone = await startSubgraph(factsSubgraph, { databaseUrl: db.url, port: 0, migrate: false, auth: { verifier: tokens.verifier, directory: {} } });
    try {
      const res = await fetch(new URL('/feeds/facts', alone.url), {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson', authorization: await tokens.bearer(TAXES) },
        body: ndjson([income('NOREGF-1', 1)]),
      });
      const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { error?: { code: string } });
      expect(lines).toEqual([{ error: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }) }]);
      expect(await rowCount('NOREGF-')).toBe(0);
    } finally {
      await alone.stop();
    }
  });

  it('lets a later chunk correct a reference of an earlier one: chunks stored at once never share a reference', async () => {
    const lines = Array.from({ length: 2600 }, (_, i) => income(`ORD-${i}`, 1 + i));
    // Line 2100 (third chunk) corrects line 10 (first chunk); line 1500 (second chunk) corrects it first.
    lines[1499] = income('ORD-9', 5000);
    lines[2099] = income('ORD-9', 7000);
    const answer = await post(ndjson(lines));
    expect(answer.summary).toMatchObject({ accepted: 2598, superseded: 2, lines: 2600 });
    expect(answer.results.map((r) => r.line)).toEqual(Array.from({ length: 2600 }, (_, i) => i + 1));
    expect([answer.results[1499]?.outcome, answer.results[2099]?.outcome]).toEqual(['SUPERSEDED', 'SUPERSEDED']);
    const current = await pool.query<{ amount: number }>(`select (value->>'amount')::int as amount from facts.fact where source_reference = 'ORD-9' and superseded_by is null`);
    expect(current.rows).toEqual([{ amount: 7000 }]);
  });

  it('rejects a line longer than 64 KB without buffering it, and goes on', async () => {
    const long = JSON.stringify(income('LONG-1', 1, { value: { amount: 1, month: '2025-01', source: 'SALARY', payer: 'x'.repeat(70_000) } }));
    const answer = await post(ndjson([long, income('LONG-2', 1)]));
    expect(codes(answer)).toEqual(['LINE_TOO_LONG', 'ACCEPTED']);
    expect(await rowCount('LONG-')).toBe(1);
  });

  it('refuses callers that are not an agency feed of a catalogued agency, before reading the feed', async () => {
    const body = ndjson([income('AUTH-1', 1)]);
    const anonymous = await post(body, null);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    for (const claims of [ENGINE, { roles: ['agency-feed'], agency: 'no-such-agency', serviceAccount: true }, { roles: ['agency-feed', 'registry-admin'], serviceAccount: true }, { roles: ['citizen'], pin: PIN }]) {
      const refused = await post(body, claims);
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.body)).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    }
    const res = await fetch(feedUrl, { method: 'GET', headers: { authorization: await tokens.bearer(TAXES) } });
    expect(res.status).toBe(405);
    expect(await rowCount('AUTH-')).toBe(0);
  });

  it('keeps the complete chunks of a feed cut off mid-stream, nothing of the rest, and a replay completes it', async () => {
    const line = (i: number) => JSON.stringify(income(`CUT-${String(i).padStart(5, '0')}`, i + 1));
    const encoder = new TextEncoder();
    const controller = new AbortController();
    let sent = 0;
    // 2,500 lines then half a line, then the body stalls until the client aborts.
    const body = new ReadableStream<Uint8Array>({
      pull(stream) {
        if (sent < 2500) {
          let text = '';
          for (const end = sent + 500; sent < end; sent++) text += `${line(sent)}\n`;
          stream.enqueue(encoder.encode(text));
          return undefined;
        }
        if (sent === 2500) {
          sent++;
          stream.enqueue(encoder.encode(line(2500).slice(0, 40)));
        }
        return new Promise<void>(() => undefined);
      },
    });
    const res = await fetch(feedUrl, { method: 'POST', headers: { authorization: await tokens.bearer(TAXES) }, body, duplex: 'half', signal: controller.signal });
    const reader: ReadableStreamDefaultReader<Uint8Array> = (res.body ?? new ReadableStream<Uint8Array>()).getReader();
    let received = '';
    const decoder = new TextDecoder();
    while (received.split('\n').length - 1 < 2000) {
      const { value, done } = await reader.read();
      if (done) break;
      received += decoder.decode(value, { stream: true });
    }
    controller.abort();
    await reader.read().catch(() => undefined);
    const answered = received.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as LineResult);
    expect(answered).toHaveLength(2000);
    expect(answered.every((r) => r.outcome === 'ACCEPTED')).toBe(true);
    // Give the server a moment to notice the abort; the partial chunk must never be stored.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await rowCount('CUT-')).toBe(2000);

    const replay = await post(generated(3000, line));
    expect(replay.summary).toEqual({ accepted: 1000, superseded: 0, duplicate: 2000, rejected: 0, lines: 3000 });
    expect(replay.results.slice(0, 2000).every((r) => r.outcome === 'DUPLICATE')).toBe(true);
    expect(await rowCount('CUT-')).toBe(3000);
  });

  it('stores one row per source reference when the same feed is sent twice at once', async () => {
    const feed = () => generated(3000, (i) => JSON.stringify(income(`TWICE-${i}`, i + 1, i % 3 === 0 ? { subjectPin: 'FEED002' } : {})));
    const [a, b] = await Promise.all([post(feed()), post(feed())]);
    expect(a.summary?.lines).toBe(3000);
    expect(b.summary?.lines).toBe(3000);
    expect((a.summary?.accepted ?? 0) + (b.summary?.accepted ?? 0)).toBe(3000);
    expect((a.summary?.duplicate ?? 0) + (b.summary?.duplicate ?? 0)).toBe(3000);
    const counts = await pool.query<{ n: string; refs: string }>(`select count(*) as n, count(distinct source_reference) as refs from facts.fact where source_reference like 'TWICE-%'`);
    expect(counts.rows[0]).toEqual({ n: '3000', refs: '3000' });
    const ids = new Map(a.results.map((r) => [r.line, r.factId]));
    expect(b.results.every((r) => ids.get(r.line) === r.factId)).toBe(true);
  });

  // Memory in figures (flat from 100 k to 1 M facts) is measured by bench/fact-feed.ts; what a test
  // can assert deterministically is the mechanism: results stream back while most of the feed has
  // not even been generated, so neither side ever holds the whole feed.
  it('answers a replay mixing unchanged, changed and new lines the same as a first feed would, chunk after chunk (stored look-up first once a replay is seen)', { timeout: 120_000 }, async () => {
    const LINES = 6000;
    const ref = (i: number) => `REPLAY-MIX-${i}`;
    const first = await post(ndjson(Array.from({ length: LINES }, (_, i) => income(ref(i), 100 + (i % 50)))));
    expect(first.summary).toMatchObject({ accepted: LINES, lines: LINES });
    // Every tenth line changed (a correction), every tenth a new reference, the rest as sent before.
    const kindOf = (i: number) => (i % 10 === 3 ? 'SUPERSEDED' : i % 10 === 7 ? 'ACCEPTED' : 'DUPLICATE');
    const line = (i: number) => (kindOf(i) === 'SUPERSEDED' ? income(ref(i), 9000 + i) : kindOf(i) === 'ACCEPTED' ? income(`REPLAY-MIX-NEW-${i}`, 1) : income(ref(i), 100 + (i % 50)));
    const replay = await post(ndjson(Array.from({ length: LINES }, (_, i) => line(i))));
    expect(outcomes(replay)).toEqual(Array.from({ length: LINES }, (_, i) => kindOf(i)));
    const firstIds = first.results.map((r) => r.factId);
    replay.results.forEach((r, i) => {
      if (kindOf(i) === 'DUPLICATE') expect(r.factId).toBe(firstIds[i]);
    });
    // One current fact per reference; each correction keeps the fact it superseded.
    const stored = await pool.query<{ refs: string; current: string; superseded: string }>(
      `select count(distinct source_reference)::text as refs, count(*) filter (where superseded_by is null)::text as current, count(*) filter (where superseded_by is not null)::text as superseded
       from facts.fact where source_reference like 'REPLAY-MIX-%'`,
    );
    expect(stored.rows[0]).toEqual({ refs: String(LINES + LINES / 10), current: String(LINES + LINES / 10), superseded: String(LINES / 10) });
  });

  it('streams a 200,000-line feed: results arrive while most of it is still unsent', { timeout: 180_000 }, async () => {
    const line = (i: number) => JSON.stringify(income(`MEM-${i}`, (i % 5000) + 1, { subjectPin: `M${String(i % 1_000_000).padStart(6, '0')}` }));
    let produced = 0;
    const counted = (i: number) => {
      produced = i + 1;
      return line(i);
    };
    const headers = { authorization: await tokens.bearer(TAXES), 'content-type': 'application/x-ndjson' };
    const res = await fetch(feedUrl, { method: 'POST', headers, body: generated(200_000, counted), duplex: 'half' });
    // Read the results as they come, keeping only counts: the client must not hold them either.
    let lines = 0;
    let last = '';
    let tail = '';
    let producedAtFirstResult: number | undefined;
    const decoder = new TextDecoder();
    const reader: ReadableStreamDefaultReader<Uint8Array> = (res.body ?? new ReadableStream<Uint8Array>()).getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      const complete = (tail + decoder.decode(read.value, { stream: true })).split('\n');
      tail = complete.pop() ?? '';
      if (producedAtFirstResult === undefined && complete.length > 0) producedAtFirstResult = produced;
      lines += complete.length;
      last = complete.at(-1) ?? last;
    }
    expect(lines).toBe(200_001);
    expect(JSON.parse(last)).toEqual({ summary: { accepted: 200_000, superseded: 0, duplicate: 0, rejected: 0, lines: 200_000 } });
    expect(producedAtFirstResult).toBeLessThan(100_000);
    expect(await rowCount('MEM-')).toBe(200_000);
  });
});

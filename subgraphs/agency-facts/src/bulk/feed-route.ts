import { routeCaller, writeStreamed, type HttpRoute, type SubgraphRouteDeps } from '@usr/shared';
import { submittingAgencyOf } from '../services/fact-access.ts';
import { LINE_TOO_LONG, parseFeedLine, type FeedRejection } from './feed-line.ts';
import { storeChunk, type FeedItem, type StoredItem } from './feed-ingest.ts';
import { readLines } from './line-reader.ts';
import { findUnknownPins, type UnknownPin } from '../services/register-check.ts';

export const FEED_PATH = '/feeds/facts';

export interface FactFeedOptions {
  /** Lines stored per transaction: a cut-off feed keeps its complete chunks and none of the rest. */
  readonly chunkLines?: number;
  /** Longer lines are rejected LINE_TOO_LONG without being buffered. */
  readonly maxLineBytes?: number;
  /**
   * Chunks in flight at once: their PINs being looked up, being stored (each in its own transaction,
   * taken once its look-up has answered) or waiting to be answered in line order; never two sharing a
   * source reference. One more is read ahead, its look-up started. The one bound on the feed's
   * memory and open transactions.
   */
  readonly chunksInFlight?: number;
}

const DEFAULT_CHUNK_LINES = 1000;
const DEFAULT_MAX_LINE_BYTES = 64 * 1024;
const DEFAULT_CHUNKS_IN_FLIGHT = 3;

type Outcome = StoredItem['outcome'] | 'REJECTED';
interface Counts {
  accepted: number;
  superseded: number;
  duplicate: number;
  rejected: number;
  lines: number;
}
const COUNTER: Record<Outcome, keyof Counts> = { ACCEPTED: 'accepted', SUPERSEDED: 'superseded', DUPLICATE: 'duplicate', REJECTED: 'rejected' };

type Answer = { readonly line: number; readonly outcome: Outcome; readonly factId?: string; readonly rejection?: FeedRejection };

/**
 * POST /feeds/facts: an agency's NDJSON feed of FactInputs, one per line, stored with the semantics
 * of `submitFacts` and answered as NDJSON, one result per non-blank line then a summary line.
 *
 * Lines are read as they arrive and stored in chunks, one transaction each. Up to three chunks are
 * in flight at once (never two sharing a source reference, so a later line always sees an earlier
 * one), each taking its transaction once the population register has checked its PINs (no
 * transaction waits for the register), while the next is read and checked and its look-up started.
 * A chunk's transaction also waits on round trips and the commit's WAL flush; a third chunk keeps
 * PostgreSQL busy meanwhile (both cores 79–80% busy with two, 83% with three, every pair ahead; a
 * fourth added nothing: BENCHMARKS.md, "Agency bulk feed", session 11). The body is read no faster
 * than chunks are stored and results are taken by the client. Results are answered in line order, each chunk's once it has
 * committed. A feed cut off mid-stream keeps its complete chunks and nothing of the incomplete one;
 * replaying the whole feed completes it (the stored lines answer DUPLICATE).
 */
export const factFeedRoute =
  (deps: SubgraphRouteDeps, options: FactFeedOptions = {}): HttpRoute =>
  async (req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    // The caller's agency, or the JSON refusal already sent (401/403, as for `submitFacts`).
    const agencyCode = await routeCaller((r) => deps.authenticate(r), req, res, submittingAgencyOf);
    if (agencyCode === undefined) {
      req.resume();
      return;
    }
    const chunkLines = options.chunkLines ?? DEFAULT_CHUNK_LINES;
    const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    const chunksInFlight = Math.max(1, options.chunksInFlight ?? DEFAULT_CHUNKS_IN_FLIGHT);
    const counts: Counts = { accepted: 0, superseded: 0, duplicate: 0, rejected: 0, lines: 0 };
    res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
    res.flushHeaders();

    const register = deps.population(req);

    /**
     * Stores one chunk (results only once committed). Lines naming a person the population register
     * does not know are rejected (UNKNOWN_PIN) and not stored.
     */
    const store = async (checked: readonly FeedItem[], formRejections: readonly Answer[], unknownPins: Promise<Map<string, UnknownPin>>): Promise<Answer[]> => {
      const unknown = await unknownPins;
      const items = checked.filter((item) => !unknown.has(item.fact.id));
      const rejections = [...formRejections];
      for (const item of checked) {
        const missing = unknown.get(item.fact.id);
        if (missing) rejections.push({ line: item.line, outcome: 'REJECTED', rejection: missing });
      }
      // The transaction is taken only now, the look-up answered: no transaction waits for the register.
      const stored = await storeChunk(deps.orm, agencyCode, items, replaying);
      return [...rejections, ...stored].sort((a, b) => a.line - b.line);
    };

    /** Whether the last chunk answered was mostly DUPLICATE (a replayed feed): the next is stored look-up first. */
    let replaying = false;

    /** Answers a chunk's lines, in line order. */
    const answer = async (answers: readonly Answer[]): Promise<void> => {
      for (const a of answers) counts[COUNTER[a.outcome]]++;
      replaying = answers.filter((a) => a.outcome === 'DUPLICATE').length * 2 > answers.length;
      counts.lines += answers.length;
      await writeStreamed(res, answers.map((a) => `${JSON.stringify(a)}\n`).join(''));
    };

    let items: FeedItem[] = [];
    let rejections: Answer[] = [];
    /** Chunks being stored or answered, with their source references. */
    const inFlight = new Map<Promise<void>, ReadonlySet<string>>();
    /** The last chunk's answer: each chunk answers after the one before it, so results stay in line order. */
    let answered: Promise<void> = Promise.resolve();
    let failure: unknown;
    const launch = async () => {
      const [chunk, chunkRejections] = [items, rejections];
      items = [];
      rejections = [];
      const references = new Set(chunk.map((item) => item.fact.sourceReference));
      // The chunk's one register look-up starts now, while earlier chunks are still being stored.
      const unknownPins = findUnknownPins(register, chunk.map((item) => item.fact));
      unknownPins.catch(() => undefined);
      // The one bound on chunks in flight (looked up, stored or answered), and never two chunks
      // sharing a source reference: a later line must see the earlier one (a correction
      // supersedes, never the reverse).
      const blocked = () => inFlight.size >= chunksInFlight || [...inFlight.values()].some((other) => [...references].some((r) => other.has(r)));
      while (blocked()) await Promise.race(inFlight.keys());
      const stored = store(chunk, chunkRejections, unknownPins);
      stored.catch(() => undefined);
      const previous = answered;
      const task = (async () => {
        const answers = await stored;
        await previous;
        if (failure === undefined) await answer(answers);
      })().catch((error: unknown) => {
        failure ??= error;
      });
      answered = task;
      inFlight.set(task, references);
      void task.finally(() => inFlight.delete(task));
    };

    let cutOff = false;
    try {
      reading: for await (const lines of readLines(req, maxLineBytes)) {
        for (const line of lines) {
          if (failure !== undefined) break reading;
          if ('tooLong' in line) {
            const parsed = LINE_TOO_LONG(maxLineBytes);
            if (!parsed.ok) rejections.push({ line: line.number, outcome: 'REJECTED', rejection: parsed.rejection });
          } else {
            if (line.text.trim() === '') continue;
            const parsed = parseFeedLine(agencyCode, line.text);
            if (parsed.ok) items.push({ line: line.number, fact: parsed.fact });
            else rejections.push({ line: line.number, outcome: 'REJECTED', rejection: parsed.rejection });
          }
          if (items.length + rejections.length >= chunkLines) await launch();
        }
      }
    } catch {
      // The client went away mid-feed: the incomplete chunk is dropped, complete ones finish.
      cutOff = true;
    }
    if (!cutOff && failure === undefined) await launch();
    await Promise.all(inFlight.keys());
    if (failure !== undefined) {
      const name = failure instanceof Error ? failure.name : 'Error';
      deps.logger.error({ error: name, stack: failure instanceof Error ? failure.stack?.split('\n').slice(1, 6).join('\n') : undefined }, 'fact feed failed');
      await writeStreamed(res, `${JSON.stringify({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'The feed stopped at an internal error; lines without a result may not have been stored. Replay the feed (stored lines answer DUPLICATE).' } })}\n`);
    } else if (!cutOff) {
      await writeStreamed(res, `${JSON.stringify({ summary: counts })}\n`);
    }
    res.end();
  };

/** The subgraph's HTTP routes beside /graphql. */
export const factFeedRoutes = (deps: SubgraphRouteDeps, options: FactFeedOptions = {}): Record<string, HttpRoute> => ({ [FEED_PATH]: factFeedRoute(deps, options) });

import type { MikroORM } from '@mikro-orm/postgresql';
import { storeSubmission, type SubmissionOutcome } from '../services/fact-submission.ts';
import { findCurrentBySource, type NewFact } from '../services/fact-submission-store.ts';
import type { Fact } from '../entities/fact.ts';
import { enqueueFactChunkJobs, factJob, type FactIngestedJob } from '../jobs/fact-jobs.ts';
import { storeFreshFacts } from './feed-store.ts';

export interface FeedItem {
  readonly line: number;
  readonly fact: NewFact;
}

export interface StoredItem {
  readonly line: number;
  readonly outcome: SubmissionOutcome;
  readonly factId: string;
}

/** Attempts at one chunk when its transaction fails (a deadlock with a concurrent feed, a lost race). */
const MAX_CHUNK_ATTEMPTS = 3;

/**
 * Stores one chunk of valid feed items in ONE transaction, with `submitFacts`' semantics (items in
 * line order, a later item with the same source reference sees the earlier one). The common cases,
 * a source reference seen once in the chunk that is new to the registry or unchanged (a replay),
 * are decided and stored by ONE statement, with one facts.ingested-chunk job naming them
 * (`storeFreshFacts`); everything else (corrections, references repeated within the chunk, races
 * lost to a concurrent feed) goes through the mutation's own `storeSubmission`, with chunk jobs
 * naming those (one per outcome) at the end of the same transaction: facts and jobs commit together. A failed transaction is
 * rolled back whole and the chunk tried again; nothing of a chunk is visible before its commit.
 */
export const storeChunk = async (orm: MikroORM, agencyCode: string, items: readonly FeedItem[], expectDuplicates = false): Promise<StoredItem[]> => {
  if (items.length === 0) return [];
  for (let attempt = 1; ; attempt++) {
    try {
      // A fresh EntityManager per chunk: its identity map dies with the chunk (flat memory).
      return await orm.em.fork().transactional((em) => storeInTransaction(em, agencyCode, items, expectDuplicates));
    } catch (error) {
      if (attempt >= MAX_CHUNK_ATTEMPTS) throw error;
    }
  }
};

type Em = Parameters<typeof findCurrentBySource>[0];

const storeInTransaction = async (em: Em, agencyCode: string, items: readonly FeedItem[], expectDuplicates: boolean): Promise<StoredItem[]> => {
  const seen = new Map<string, number>();
  for (const { fact } of items) seen.set(fact.sourceReference, (seen.get(fact.sourceReference) ?? 0) + 1);
  const once = items.filter((item) => seen.get(item.fact.sourceReference) === 1);
  const results: StoredItem[] = [];
  const sequential = items.filter((item) => seen.get(item.fact.sourceReference) !== 1);
  const decisions = await storeFreshFacts(em, agencyCode, once.map((item) => item.fact), expectDuplicates);
  for (const item of once) {
    // Only the facts the statement did not insert have a decision.
    const decision = decisions.get(item.fact.sourceReference);
    if (decision === undefined) results.push({ line: item.line, outcome: 'ACCEPTED', factId: item.fact.id });
    else if (decision.kind === 'DUPLICATE') results.push({ line: item.line, outcome: 'DUPLICATE', factId: decision.currentId });
    else sequential.push(item);
  }
  if (sequential.length === 0) return results;
  // Corrections, references repeated in the chunk and lost races: one by one, in line order, as the mutation does.
  const current = new Map<string, Fact>((await findCurrentBySource(em, agencyCode, sequential.map((i) => i.fact.sourceReference))).map((f) => [f.sourceReference, f]));
  const jobs: FactIngestedJob[] = [];
  sequential.sort((a, b) => a.line - b.line);
  for (const item of sequential) {
    const stored = await storeSubmission(em, item.fact, current.get(item.fact.sourceReference));
    current.set(item.fact.sourceReference, stored.fact);
    results.push({ line: item.line, outcome: stored.outcome, factId: stored.fact.id });
    if (stored.outcome !== 'DUPLICATE') jobs.push(factJob(stored.fact, stored.outcome));
  }
  await enqueueFactChunkJobs(em, agencyCode, jobs);
  return results;
};

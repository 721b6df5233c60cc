import type { MikroORM } from '@mikro-orm/postgresql';
import { sameContent, storeSubmission, type SubmissionOutcome } from '../services/fact-submission.ts';
import { findCurrentBySource, type NewFact } from '../services/fact-submission-store.ts';
import type { Fact } from '../entities/fact.ts';
import { enqueueFactJobs, factJob, type FactIngestedJob } from '../jobs/fact-jobs.ts';
import { insertNewFacts } from './feed-store.ts';

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
 * line order, a later item with the same source reference sees the earlier one). The common case,
 * a source reference new to the registry and seen once in the chunk, is stored by one multi-row
 * insert; everything else (corrections, references repeated within the chunk, races lost to a
 * concurrent feed) goes through the mutation's own `storeSubmission`. Every fact stored (accepted or
 * superseding) gets its `facts.ingested` job, all of the chunk's in one multi-row insert at the end
 * of the same transaction: facts and jobs commit together. A failed transaction is
 * rolled back whole and the chunk tried again; nothing of a chunk is visible before its commit.
 */
export const storeChunk = async (orm: MikroORM, agencyCode: string, items: readonly FeedItem[]): Promise<StoredItem[]> => {
  if (items.length === 0) return [];
  for (let attempt = 1; ; attempt++) {
    try {
      // A fresh EntityManager per chunk: its identity map dies with the chunk (flat memory).
      return await orm.em.fork().transactional((em) => storeInTransaction(em, agencyCode, items));
    } catch (error) {
      if (attempt >= MAX_CHUNK_ATTEMPTS) throw error;
    }
  }
};

type Em = Parameters<typeof findCurrentBySource>[0];

const storeInTransaction = async (em: Em, agencyCode: string, items: readonly FeedItem[]): Promise<StoredItem[]> => {
  const current = new Map<string, Fact>((await findCurrentBySource(em, agencyCode, items.map((i) => i.fact.sourceReference))).map((f) => [f.sourceReference, f]));
  const seen = new Map<string, number>();
  for (const { fact } of items) seen.set(fact.sourceReference, (seen.get(fact.sourceReference) ?? 0) + 1);
  const results = new Map<number, StoredItem>();
  const fresh: FeedItem[] = [];
  const sequential: FeedItem[] = [];
  for (const item of items) {
    const reference = item.fact.sourceReference;
    const known = current.get(reference);
    if (seen.get(reference) !== 1) sequential.push(item);
    else if (!known) fresh.push(item);
    else if (sameContent(known, item.fact)) results.set(item.line, { line: item.line, outcome: 'DUPLICATE', factId: known.id });
    else sequential.push(item);
  }
  const jobs: FactIngestedJob[] = [];
  const inserted = await insertNewFacts(em, fresh.map((i) => i.fact));
  for (const item of fresh) {
    if (inserted.has(item.fact.id)) {
      results.set(item.line, { line: item.line, outcome: 'ACCEPTED', factId: item.fact.id });
      jobs.push(factJob(item.fact, 'ACCEPTED'));
    }
    // A concurrent feed stored this reference first: decide as the mutation does.
    else sequential.push(item);
  }
  sequential.sort((a, b) => a.line - b.line);
  for (const item of sequential) {
    const stored = await storeSubmission(em, item.fact, current.get(item.fact.sourceReference));
    current.set(item.fact.sourceReference, stored.fact);
    results.set(item.line, { line: item.line, outcome: stored.outcome, factId: stored.fact.id });
    if (stored.outcome !== 'DUPLICATE') jobs.push(factJob(stored.fact, stored.outcome));
  }
  await enqueueFactJobs(em, jobs);
  return [...results.values()];
};

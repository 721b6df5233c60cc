import {
  canonicalJson,
  chainLink,
  checkpointTable,
  GENESIS_HASH,
  verifyChainFromCheckpoint,
  type ChainSigner,
  type ChainVerificationOptions,
  type ChainVerificationReport,
  type EntityManager,
} from '@usr/shared';
import { DecisionLogEntrySchema, type DecisionLogEntry } from '../entities/decision-log-entry.ts';

export type DecisionLogEntryType = DecisionLogEntry['entryType'];

/** What is appended: a record as written (a plain JSON object: strings, numbers, booleans, null). */
export interface NewLogEntry {
  readonly entryType: DecisionLogEntryType;
  readonly recordId: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

// One lock for every writer in every process: the chain needs one order ("bene").
const CHAIN_LOCK = 0x62656e65;

/**
 * What an entry's hash covers: hash(n) = sha256(hash(n-1) ‖ canonical JSON of {seq, at, entryType,
 * recordId, payload}) (chainLink, shared with the access log). Canonical JSON sorts keys, so the
 * jsonb column (which keeps no key order) hashes the same when read back.
 */
export const decisionLogContent = (entry: { seq: string | number; at: Date; entryType: string; recordId: string; payload: unknown }): string =>
  canonicalJson({ seq: String(entry.seq), at: entry.at.toISOString(), entryType: entry.entryType, recordId: entry.recordId, payload: entry.payload });

/**
 * Appends entries in `em`'s open transaction. The advisory lock, held to commit, orders all writers:
 * the last hash read is still the last when this transaction commits, and `seq` grows in chain
 * order. Call it last in a transaction, to hold the lock briefly.
 */
export const appendToDecisionLog = async (em: EntityManager, entries: readonly NewLogEntry[]): Promise<void> => {
  if (entries.length === 0) return;
  await em.execute('select pg_advisory_xact_lock(?)', [CHAIN_LOCK]);
  const [last] = await em.execute<Array<{ hash: string }>>('select hash from benefits.decision_log order by seq desc limit 1');
  let previous = last?.hash ?? GENESIS_HASH;
  for (const entry of entries) {
    const [next] = await em.execute<Array<{ seq: string }>>(`select nextval(pg_get_serial_sequence('benefits.decision_log', 'seq'))::text as seq`);
    if (!next) throw new Error('The decision log sequence gave no value.');
    const at = new Date();
    const hash = chainLink(previous, decisionLogContent({ seq: next.seq, at, ...entry }));
    await em.execute(
      `insert into benefits.decision_log (seq, at, entry_type, record_id, payload, prev_hash, hash) values (?::bigint, ?, ?, ?::uuid, ?::jsonb, ?, ?)`,
      [next.seq, at, entry.entryType, entry.recordId, JSON.stringify(entry.payload), previous, hash],
    );
    previous = hash;
  }
};

/** Entries after `after` in chain order, in chunks, so verification memory stays flat however long the log. */
async function* entriesInOrder(em: EntityManager, after = '0', chunk = 5_000): AsyncGenerator<DecisionLogEntry> {
  for (;;) {
    const rows = await em.find(DecisionLogEntrySchema, { seq: { $gt: after } }, { orderBy: { seq: 'asc' }, limit: chunk });
    for (const row of rows) yield row;
    const lastRow = rows[rows.length - 1];
    if (rows.length < chunk || !lastRow) return;
    after = lastRow.seq;
    em.clear();
  }
}

/** The decision log as a chain store: its entries and its signed checkpoints (benefits.decision_log_checkpoint). */
export const decisionLogChainStore = (em: EntityManager) =>
  checkpointTable(em, 'decision-log', { log: 'benefits.decision_log', checkpoints: 'benefits.decision_log_checkpoint' }, (after) => entriesInOrder(em.fork(), after));

/**
 * Checks the held checkpoints and the newest stored one, recomputes the entries after it (or all,
 * `full`), and signs a checkpoint at the end; `firstBrokenSeq` is the first entry altered (or after
 * one removed), or the checkpoint a rewritten history no longer matches.
 */
export const verifyDecisionLog = (em: EntityManager, signer: ChainSigner, options: ChainVerificationOptions = {}): Promise<ChainVerificationReport> =>
  verifyChainFromCheckpoint(decisionLogChainStore(em), (row) => decisionLogContent(row), signer, options);

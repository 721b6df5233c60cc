import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJobs, isUuid, QUEUES } from '@usr/shared';
import { uuidFromName } from '../ids.ts';
import { statementMove, type ReportedStatus } from '../services/bank-statement.ts';
import type { PaymentStatus } from '../services/bank-statement-store.ts';
import { ALL_RECORD_PATHS, BANK_FILE_KINDS, SNAPSHOT_PATHS, STATEMENT_ACCOUNT, statementEntry, statusEntry, type BankEntry, type BankFileKind } from './bank-entries.ts';
import {
  applyPaymentChanges,
  completeBankFile,
  findAppliedReferences,
  lockPaidPaymentsOfAccounts,
  lockPaymentsByIds,
  openBankFile,
  recordEntries,
  type EntryRow,
  type PaymentChange,
  type PaymentRow,
} from './bank-import-store.ts';
import { IsoXmlError, readIsoDocument } from './iso-xml-reader.ts';

/** What became of one entry of a bank file. */
export type EntryOutcome =
  /** The payment moved forward. */
  | 'APPLIED'
  /** A withdrawal of money left untouched for two months or more: applied, and flagged for review (a TSA may have ended for it). */
  | 'APPLIED_LATE'
  /** The payment already had that status or had gone past it. */
  | 'UNCHANGED'
  /** This statement entry (the bank's reference on that account) was applied by an earlier file. */
  | 'DUPLICATE'
  | 'UNKNOWN_PAYMENT'
  | 'UNKNOWN_ACCOUNT'
  /** The status report is about a file (MsgId) other than the one that carried the payment. */
  | 'MESSAGE_MISMATCH'
  /** The credit went to an account other than the payment's. */
  | 'ACCOUNT_MISMATCH'
  /** The amount is not the payment's. */
  | 'AMOUNT_MISMATCH'
  | 'NOT_SENT'
  | 'INVALID_TRANSITION'
  /** A withdrawal from an account with no credited payment left to withdraw. */
  | 'NOTHING_TO_WITHDRAW'
  | 'PENDING'
  | 'NOT_BOOKED'
  | 'MALFORMED_ENTRY'
  | 'UNSUPPORTED_ENTRY';

export interface EntryResult {
  /** Position in the file, from 1. */
  readonly entry: number;
  /** The bank's reference of the entry, or the payment's EndToEndId. */
  readonly reference: string | null;
  readonly outcome: EntryOutcome;
}

export interface ImportSummary {
  readonly kind: BankFileKind;
  readonly msgId: string;
  /** True when this message id had been imported before: nothing it already did was done again. */
  readonly replay: boolean;
  readonly entries: number;
  readonly outcomes: Partial<Record<EntryOutcome, number>>;
}

/** A file the import cannot read at all: nothing of it was applied beyond the entries already reported. */
export class BankFileError extends Error {
  override readonly name = 'BankFileError';
}

/** Entries decided and written per transaction: bounds memory and lock time, whatever the file's size. */
export const IMPORT_BATCH = 1000;

const HEX_ID = /^[0-9a-f]{32}$/i;

/** A payment id from its EndToEndId (the UUID without hyphens, as the export writes it), else undefined. */
const paymentIdOfEndToEnd = (text: string): string | undefined => {
  if (isUuid(text)) return text.toLowerCase();
  if (!HEX_ID.test(text)) return undefined;
  const hex = text.toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** One job per payment and outcome: a replayed file, or a second statement, queues nothing new. */
const settledJobId = (paymentId: string, status: string): string => uuidFromName(`payments.settled:${paymentId}:${status}`);

const startOfDay = (date: string): Date => new Date(`${date}T00:00:00Z`);
const endOfDay = (date: string): Date => new Date(`${date}T23:59:59.999Z`);
const monthsBefore = (date: string, months: number): Date => {
  const at = startOfDay(date);
  at.setUTCMonth(at.getUTCMonth() - months);
  return at;
};

/** Withdrawals of money left this many months untouched are applied but flagged: the TSA may have been ended for it. */
const LATE_WITHDRAWAL_MONTHS = 2;

/**
 * Decides one batch against the payments as they are now (locked), writes the changes and each
 * entry's outcome, all in the caller's transaction. Later entries of the batch see what earlier
 * ones did.
 */
const applyBatch = async (em: EntityManager, fileId: string, entries: readonly BankEntry[]): Promise<EntryResult[]> => {
  const paymentIds = entries.flatMap((e) => (e.type === 'status' || e.type === 'credit' ? [paymentIdOfEndToEnd(e.endToEndId) ?? []].flat() : []));
  const payments = await lockPaymentsByIds(em, paymentIds);
  const withdrawals = entries.flatMap((e) => (e.type === 'withdrawal' ? [e.accountIban] : []));
  const accounts = await lockPaidPaymentsOfAccounts(em, withdrawals);
  const applied = await findAppliedReferences(
    em,
    entries.flatMap((e) => (e.type === 'credit' || e.type === 'withdrawal' ? [{ accountIban: e.accountIban, reference: e.reference }] : [])),
  );
  const status = new Map<string, PaymentStatus>([...payments.values()].map((p) => [p.id, p.status]));
  for (const list of accounts.paid.values()) for (const p of list) status.set(p.id, p.status);
  const changes = new Map<string, PaymentChange>();
  const results: EntryResult[] = [];
  const rows: EntryRow[] = [];

  const move = (payment: PaymentRow, to: ReportedStatus, at: Date, reason: string | null): EntryOutcome => {
    const current = status.get(payment.id) ?? payment.status;
    const decided = statementMove(current, to);
    if (decided === 'UNCHANGED') return 'UNCHANGED';
    if (decided !== 'APPLY') return decided;
    status.set(payment.id, to);
    // Credited and withdrawn in one batch: the credit's time is kept for paid_at.
    const paidAt = to === 'PAID' ? at : changes.get(payment.id)?.paidAt;
    changes.set(payment.id, { id: payment.id, status: to, at, reason, ...(paidAt ? { paidAt } : {}) });
    return 'APPLIED';
  };

  for (const entry of entries) {
    let outcome: EntryOutcome;
    let paymentId: string | null = null;
    let accountIban: string | null = null;
    let amount: string | null = null;
    let bookedOn: string | null = null;
    if (entry.type === 'reported') outcome = entry.outcome;
    else if (entry.type === 'status') {
      const payment = payments.get(paymentIdOfEndToEnd(entry.endToEndId) ?? '');
      paymentId = payment?.id ?? null;
      if (!payment) outcome = 'UNKNOWN_PAYMENT';
      else if (entry.originalMsgId === undefined || entry.originalMsgId !== payment.msgId) outcome = 'MESSAGE_MISMATCH';
      else outcome = move(payment, entry.status, entry.at, entry.reason);
    } else {
      accountIban = entry.accountIban;
      amount = entry.amount;
      bookedOn = entry.bookedOn;
      const key = `${entry.accountIban} ${entry.reference}`;
      if (applied.has(key)) outcome = 'DUPLICATE';
      else if (entry.type === 'credit') {
        const payment = payments.get(paymentIdOfEndToEnd(entry.endToEndId) ?? '');
        paymentId = payment?.id ?? null;
        if (!payment) outcome = 'UNKNOWN_PAYMENT';
        else if (payment.accountIban !== entry.accountIban) outcome = 'ACCOUNT_MISMATCH';
        else if (payment.amount !== entry.amount) outcome = 'AMOUNT_MISMATCH';
        else {
          outcome = move(payment, entry.returned ? 'RETURNED' : 'PAID', startOfDay(entry.bookedOn), entry.reason);
          // Credited now: a withdrawal later in the batch can take it.
          if (outcome === 'APPLIED' && !entry.returned) {
            accounts.known.add(entry.accountIban);
            accounts.paid.set(entry.accountIban, [...(accounts.paid.get(entry.accountIban) ?? []), { ...payment, status: 'PAID', paidAt: startOfDay(entry.bookedOn) }]);
          }
        }
      } else if (!accounts.known.has(entry.accountIban)) outcome = 'UNKNOWN_ACCOUNT';
      else {
        const until = endOfDay(entry.bookedOn);
        const taken = (accounts.paid.get(entry.accountIban) ?? []).filter((p) => status.get(p.id) === 'PAID' && p.paidAt !== null && p.paidAt <= until);
        if (taken.length === 0) outcome = 'NOTHING_TO_WITHDRAW';
        else {
          for (const p of taken) move(p, 'WITHDRAWN', until, null);
          paymentId = taken.at(-1)?.id ?? null;
          // Money of two months left untouched is what ends a TSA (NOT_WITHDRAWN): a withdrawal of it
          // may show an ending was wrong, so it is flagged for review, never silently absorbed.
          const late = new Set(taken.map((p) => p.month)).size >= LATE_WITHDRAWAL_MONTHS || taken.some((p) => p.paidAt !== null && p.paidAt < monthsBefore(entry.bookedOn, LATE_WITHDRAWAL_MONTHS));
          outcome = late ? 'APPLIED_LATE' : 'APPLIED';
        }
      }
      if (outcome === 'APPLIED' || outcome === 'APPLIED_LATE') applied.add(key);
    }
    results.push({ entry: entry.index, reference: entry.reference, outcome });
    rows.push({ index: entry.index, reference: entry.reference?.slice(0, 35) ?? null, accountIban, paymentId, amount, bookedOn, outcome });
  }
  await applyPaymentChanges(em, [...changes.values()]);
  // The beneficiary hears of it (engine: an SMS), once per payment and outcome, queued in this transaction.
  await enqueueJobs(
    em,
    QUEUES.paymentsSettled,
    [...changes.values()].flatMap((c) => {
      const status = c.status === 'WITHDRAWN' ? (c.paidAt ? 'PAID' : undefined) : c.status === 'ACCEPTED' ? undefined : c.status;
      return status === undefined || status === 'SCHEDULED' || status === 'SENT' ? [] : [{ id: settledJobId(c.id, status), data: { paymentId: c.id, status } }];
    }),
  );
  await recordEntries(em, fileId, rows);
  return results;
};

/**
 * Imports one bank file (pain.002, camt.053 or camt.054, told apart by its namespace) as it
 * streams in: entries are read, decided and written IMPORT_BATCH at a time, each batch in its own
 * transaction, and every entry's outcome is yielded as soon as its batch is committed. Replaying
 * a file, or any part of it, changes nothing: statuses only move forward, and a statement entry
 * already applied on its account is a DUPLICATE. The summary is the generator's return value.
 */
export async function* importBankFile(fork: () => EntityManager, source: AsyncIterable<Uint8Array | string>, batchSize = IMPORT_BATCH): AsyncGenerator<EntryResult, ImportSummary> {
  const digest = createHash('sha256');
  async function* hashed(): AsyncGenerator<Uint8Array | string> {
    for await (const chunk of source) {
      digest.update(chunk);
      yield chunk;
    }
  }
  const document = readIsoDocument(hashed(), ALL_RECORD_PATHS, SNAPSHOT_PATHS);
  let kind: (typeof BANK_FILE_KINDS)[keyof typeof BANK_FILE_KINDS] | undefined;
  let file: { id: string; sha256: string; replay: boolean } | undefined;
  let count = 0;
  const outcomes: Partial<Record<EntryOutcome, number>> = {};
  let batch: BankEntry[] = [];

  const kindOf = () => {
    const namespace = document.namespace();
    const found = namespace === undefined ? undefined : (BANK_FILE_KINDS as Record<string, (typeof BANK_FILE_KINDS)[keyof typeof BANK_FILE_KINDS]>)[namespace];
    if (!found) throw new BankFileError('Not a file the registry reads: expected pain.002.001.11, camt.053.001.08 or camt.054.001.08.');
    return found;
  };
  const msgIdOf = (k: NonNullable<typeof kind>): string => {
    const msgId = document.context.get(`Document/${k.root}/GrpHdr/MsgId`);
    if (!msgId || msgId.length > 35) throw new BankFileError('The file has no group header message id (GrpHdr/MsgId).');
    return msgId;
  };
  const flush = async (): Promise<EntryResult[]> => {
    const k = kind ?? kindOf();
    kind = k;
    const entries = batch;
    batch = [];
    return fork().transactional(async (em) => {
      file ??= await openBankFile(em, { id: randomUUID(), kind: k.kind, msgId: msgIdOf(k), sha256: '' });
      return applyBatch(em, file.id, entries);
    });
  };

  try {
    for await (const record of document.records) {
      kind ??= kindOf();
      count += 1;
      if (kind.kind === 'pain.002') {
        const created = document.context.get('Document/CstmrPmtStsRpt/GrpHdr/CreDtTm');
        const at = created && !Number.isNaN(Date.parse(created)) ? new Date(created) : new Date();
        batch.push(statusEntry(record, count, at));
      } else {
        batch.push(statementEntry(record, count, record.context.get(STATEMENT_ACCOUNT[kind.kind])));
      }
      if (batch.length >= batchSize) {
        for (const result of await flush()) {
          outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
          yield result;
        }
      }
    }
    for (const result of await flush()) {
      outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
      yield result;
    }
  } catch (error) {
    if (error instanceof IsoXmlError) throw new BankFileError(error.message);
    throw error;
  }
  const k = kind ?? kindOf();
  const done = file;
  if (!done) throw new BankFileError('The file was not recorded.');
  const sha256 = digest.digest('hex');
  await fork().transactional((em) => completeBankFile(em, done.id, count, sha256, done.replay));
  return { kind: k.kind, msgId: msgIdOf(k), replay: done.replay, entries: count, outcomes };
}

import type { IsoRecord } from './iso-xml-reader.ts';

/**
 * The three files the bank sends, and what one entry of each says, read from the ISO 20022
 * elements (docs: subgraphs/payments/BANK.md). Nothing is guessed: an entry that does not say
 * clearly which payment or account it is about, or what happened, is reported as it is.
 */
export const BANK_FILE_KINDS = {
  'urn:iso:std:iso:20022:tech:xsd:pain.002.001.11': { kind: 'pain.002', root: 'CstmrPmtStsRpt', records: ['OrgnlPmtInfAndSts/TxInfAndSts'] },
  'urn:iso:std:iso:20022:tech:xsd:camt.053.001.08': { kind: 'camt.053', root: 'BkToCstmrStmt', records: ['Stmt/Ntry'] },
  'urn:iso:std:iso:20022:tech:xsd:camt.054.001.08': { kind: 'camt.054', root: 'BkToCstmrDbtCdtNtfctn', records: ['Ntfctn/Ntry'] },
} as const;

export type BankFileKind = (typeof BANK_FILE_KINDS)[keyof typeof BANK_FILE_KINDS]['kind'];

/** Every record path of every kind: the reader collects them whichever file it turns out to be. */
export const ALL_RECORD_PATHS = Object.values(BANK_FILE_KINDS).flatMap((k) => k.records.map((r) => `Document/${k.root}/${r}`));

/** The account a statement or notification is about, and the file a status report answers: taken with each entry. */
export const STATEMENT_ACCOUNT = { 'camt.053': 'Document/BkToCstmrStmt/Stmt/Acct/Id/IBAN', 'camt.054': 'Document/BkToCstmrDbtCdtNtfctn/Ntfctn/Acct/Id/IBAN' } as const;
export const ORIGINAL_MSG_ID = 'Document/CstmrPmtStsRpt/OrgnlGrpInfAndSts/OrgnlMsgId';
export const SNAPSHOT_PATHS = [...Object.values(STATEMENT_ACCOUNT), ORIGINAL_MSG_ID];

/** pain.002 transaction statuses (ExternalPaymentTransactionStatus1Code) and what they mean here. */
const ACCEPTED_STATUSES = new Set(['ACCP', 'ACSC', 'ACSP', 'ACTC', 'ACWC', 'ACFC']);
const PENDING_STATUSES = new Set(['PDNG', 'RCVD', 'PART']);

/** Bank transaction codes (ISO 20022 BankTransactionCode) that are the holder using the money. */
const WITHDRAWAL_FAMILIES = new Set(['CCRD', 'MCRD']);
const WITHDRAWAL_SUBFAMILIES = new Set(['CWDL', 'POSD', 'POSP', 'XBCW']);
const RETURN_SUBFAMILIES = new Set(['RRTN', 'RPCR']);

export type BankEntry =
  | { readonly type: 'status'; readonly index: number; readonly reference: string; readonly endToEndId: string; readonly originalMsgId: string | undefined; readonly status: 'ACCEPTED' | 'REJECTED'; readonly reason: string | null; readonly at: Date }
  | { readonly type: 'credit'; readonly index: number; readonly reference: string; readonly endToEndId: string; readonly accountIban: string; readonly amount: string; readonly bookedOn: string; readonly returned: boolean; readonly reason: string | null }
  | { readonly type: 'withdrawal'; readonly index: number; readonly reference: string; readonly accountIban: string; readonly amount: string; readonly bookedOn: string }
  | { readonly type: 'reported'; readonly index: number; readonly reference: string | null; readonly outcome: 'PENDING' | 'NOT_BOOKED' | 'MALFORMED_ENTRY' | 'UNSUPPORTED_ENTRY' };

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}/;

/** Amount with two fraction digits, as numeric(12,2) compares. */
const money = (text: string): string => {
  const [units, cents = ''] = text.split('.');
  return `${String(Number(units))}.${cents.padEnd(2, '0')}`;
};

/** One pain.002 transaction status; `at` is the report's creation time. */
export const statusEntry = (record: IsoRecord, index: number, at: Date): BankEntry => {
  const endToEndId = record.fields.get('OrgnlEndToEndId');
  const status = record.fields.get('TxSts');
  const reference = endToEndId ?? null;
  if (!endToEndId || !status) return { type: 'reported', index, reference, outcome: 'MALFORMED_ENTRY' };
  if (PENDING_STATUSES.has(status)) return { type: 'reported', index, reference, outcome: 'PENDING' };
  if (status !== 'RJCT' && !ACCEPTED_STATUSES.has(status)) return { type: 'reported', index, reference, outcome: 'UNSUPPORTED_ENTRY' };
  return {
    type: 'status',
    index,
    reference: endToEndId,
    endToEndId,
    originalMsgId: record.context.get(ORIGINAL_MSG_ID),
    status: status === 'RJCT' ? 'REJECTED' : 'ACCEPTED',
    reason: record.fields.get('StsRsnInf/Rsn/Cd')?.slice(0, 4) ?? null,
    at,
  };
};

/**
 * One camt.053/054 entry on an account the bank keeps for a beneficiary: a booked credit naming a
 * payment (EndToEndId) is the payment reaching the card; a booked credit or debit with return
 * information (or a return transaction code) is the payment coming back; a booked debit coded as a
 * card withdrawal or purchase is the holder using the money. Every entry needs the bank's own
 * reference (AcctSvcrRef), which is what makes a replayed entry harmless.
 */
export const statementEntry = (record: IsoRecord, index: number, accountIban: string | undefined): BankEntry => {
  const f = record.fields;
  const reference = f.get('AcctSvcrRef') ?? null;
  const amount = f.get('Amt');
  const bookedOn = f.get('BookgDt/Dt') ?? f.get('BookgDt/DtTm');
  if (!reference || !accountIban || !amount || !AMOUNT.test(amount) || f.get('Amt@Ccy') !== 'AZN') return { type: 'reported', index, reference, outcome: 'MALFORMED_ENTRY' };
  if (f.get('Sts/Cd') !== 'BOOK') return { type: 'reported', index, reference, outcome: 'NOT_BOOKED' };
  if (!bookedOn || !DATE.test(bookedOn)) return { type: 'reported', index, reference, outcome: 'MALFORMED_ENTRY' };
  // One transaction per entry: a batch booking would need its details split, which we do not guess.
  if ((record.counts.get('NtryDtls/TxDtls') ?? 0) > 1) return { type: 'reported', index, reference, outcome: 'UNSUPPORTED_ENTRY' };
  const family = f.get('BkTxCd/Domn/Fmly/Cd');
  const subFamily = f.get('BkTxCd/Domn/Fmly/SubFmlyCd');
  const endToEndId = f.get('NtryDtls/TxDtls/Refs/EndToEndId');
  const returned = f.has('NtryDtls/TxDtls/RtrInf/Rsn/Cd') || (subFamily !== undefined && RETURN_SUBFAMILIES.has(subFamily));
  const base = { index, reference, accountIban, amount: money(amount), bookedOn: bookedOn.slice(0, 10) };
  const direction = f.get('CdtDbtInd');
  if (endToEndId && (direction === 'CRDT' || returned)) {
    return { type: 'credit', ...base, endToEndId, returned, reason: f.get('NtryDtls/TxDtls/RtrInf/Rsn/Cd')?.slice(0, 4) ?? null };
  }
  if (direction === 'DBIT' && family !== undefined && subFamily !== undefined && WITHDRAWAL_FAMILIES.has(family) && WITHDRAWAL_SUBFAMILIES.has(subFamily)) {
    return { type: 'withdrawal', ...base };
  }
  return { type: 'reported', index, reference, outcome: 'UNSUPPORTED_ENTRY' };
};

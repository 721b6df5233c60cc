import { xmlText } from '../export/pain001-xml.ts';
import { readIsoDocument } from '../import/iso-xml-reader.ts';

/**
 * DEV-ONLY: the files the simulated bank sends back, written as its bank would: a payment status
 * report (pain.002.001.11) for a pain.001 it received, and statements (camt.053.001.08) or
 * notifications (camt.054.001.08) of the card accounts it keeps. Tests validate each against the
 * official XSD; they are written in pieces so that a statement of any size streams.
 */

const isoSeconds = (at: Date): string => `${at.toISOString().slice(0, 19)}Z`;

export interface StatusLine {
  readonly endToEndId: string;
  /** ExternalPaymentTransactionStatus1Code: ACCP, ACSC, RJCT, PDNG, … */
  readonly status: string;
  /** ExternalStatusReason1Code for a rejection, e.g. AC04 (account closed). */
  readonly reason?: string;
}

export const pain002 = (report: { msgId: string; createdAt: Date; originalMsgId: string; originalPaymentInfoId: string; lines: readonly StatusLine[] }): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.11">
<CstmrPmtStsRpt>
<GrpHdr><MsgId>${xmlText(report.msgId)}</MsgId><CreDtTm>${isoSeconds(report.createdAt)}</CreDtTm></GrpHdr>
<OrgnlGrpInfAndSts><OrgnlMsgId>${xmlText(report.originalMsgId)}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.10</OrgnlMsgNmId></OrgnlGrpInfAndSts>
<OrgnlPmtInfAndSts>
<OrgnlPmtInfId>${xmlText(report.originalPaymentInfoId)}</OrgnlPmtInfId>
${report.lines
  .map(
    (l) =>
      `<TxInfAndSts><OrgnlEndToEndId>${xmlText(l.endToEndId)}</OrgnlEndToEndId><TxSts>${xmlText(l.status)}</TxSts>${l.reason ? `<StsRsnInf><Rsn><Cd>${xmlText(l.reason)}</Cd></Rsn></StsRsnInf>` : ''}</TxInfAndSts>`,
  )
  .join('\n')}
</OrgnlPmtInfAndSts>
</CstmrPmtStsRpt>
</Document>
`;

/** One booked entry on a card account. */
export type StatementLine =
  /** The payment reaching the card (the registry's EndToEndId), or coming back with `returnReason`. */
  | { readonly kind: 'credit'; readonly reference: string; readonly amount: string; readonly bookedOn: string; readonly endToEndId: string; readonly returnReason?: string }
  /** The holder taking money out at a cash machine. */
  | { readonly kind: 'withdrawal'; readonly reference: string; readonly amount: string; readonly bookedOn: string };

const entryXml = (line: StatementLine): string => {
  const credit = line.kind === 'credit';
  const returned = credit && line.returnReason !== undefined;
  const code = !credit ? ['CCRD', 'CWDL'] : returned ? ['RCDT', 'RRTN'] : ['RCDT', 'ESCT'];
  const details = credit
    ? `<NtryDtls><TxDtls><Refs><EndToEndId>${xmlText(line.endToEndId)}</EndToEndId></Refs>${returned ? `<RtrInf><Rsn><Cd>${xmlText(line.returnReason ?? '')}</Cd></Rsn></RtrInf>` : ''}</TxDtls></NtryDtls>`
    : '';
  return `<Ntry><Amt Ccy="AZN">${xmlText(line.amount)}</Amt><CdtDbtInd>${credit && !returned ? 'CRDT' : 'DBIT'}</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>${xmlText(line.bookedOn)}</Dt></BookgDt><AcctSvcrRef>${xmlText(line.reference)}</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>${code[0]}</Cd><SubFmlyCd>${code[1]}</SubFmlyCd></Fmly></Domn></BkTxCd>${details}</Ntry>\n`;
};

export interface AccountStatement {
  readonly iban: string;
  /** Entries in booking order; an iterable so a statement of any size is written as it is read. */
  readonly lines: Iterable<StatementLine>;
}

const cents = (amount: string): number => Math.round(Number(amount) * 100);
const money = (value: number): string => (Math.abs(value) / 100).toFixed(2);

const parts = (kind: 'camt.053' | 'camt.054') => (kind === 'camt.053' ? { root: 'BkToCstmrStmt', container: 'Stmt', statement: true } : { root: 'BkToCstmrDbtCdtNtfctn', container: 'Ntfctn', statement: false });

/** The document's start and group header. */
export const camtHead = (kind: 'camt.053' | 'camt.054', header: { msgId: string; createdAt: Date }): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${kind}.001.08">
<${parts(kind).root}>
<GrpHdr><MsgId>${xmlText(header.msgId)}</MsgId><CreDtTm>${isoSeconds(header.createdAt)}</CreDtTm></GrpHdr>
`;

export const camtTail = (kind: 'camt.053' | 'camt.054'): string => `</${parts(kind).root}>
</Document>
`;

/**
 * The `n`th account's statement or notification, in pieces of text. A camt.053 statement states
 * its opening (zero) and closing balance, which needs one pass over the lines first: give `lines`
 * an iterable that can be read twice.
 */
export function* camtAccount(kind: 'camt.053' | 'camt.054', header: { msgId: string; createdAt: Date }, account: AccountStatement, n: number): Generator<string> {
  const { container, statement } = parts(kind);
  let balance = '';
  if (statement) {
    let closing = 0;
    let last = header.createdAt.toISOString().slice(0, 10);
    for (const line of account.lines) {
      closing += line.kind === 'credit' && line.returnReason === undefined ? cents(line.amount) : -cents(line.amount);
      last = line.bookedOn;
    }
    const bal = (code: string, value: number, on: string) =>
      `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="AZN">${money(value)}</Amt><CdtDbtInd>${value < 0 ? 'DBIT' : 'CRDT'}</CdtDbtInd><Dt><Dt>${on}</Dt></Dt></Bal>`;
    balance = `${bal('OPBD', 0, header.createdAt.toISOString().slice(0, 10))}${bal('CLBD', closing, last)}\n`;
  }
  yield `<${container}><Id>${xmlText(`${header.msgId}-${n}`)}</Id><Acct><Id><IBAN>${xmlText(account.iban)}</IBAN></Id><Ccy>AZN</Ccy></Acct>\n${balance}`;
  let chunk = '';
  for (const line of account.lines) {
    chunk += entryXml(line);
    if (chunk.length >= 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}</${container}>\n`;
}

/** A whole statement or notification, one account after another, in pieces of text. */
export function* camtFile(kind: 'camt.053' | 'camt.054', header: { msgId: string; createdAt: Date }, accounts: Iterable<AccountStatement>): Generator<string> {
  yield camtHead(kind, header);
  let n = 0;
  for (const account of accounts) yield* camtAccount(kind, header, account, ++n);
  yield camtTail(kind);
}

/** One credit transfer of a pain.001, as the bank reads it. */
export interface ReceivedTransfer {
  readonly endToEndId: string;
  readonly amount: string;
  readonly iban: string;
}

/** The bank reading a pain.001 it received (streamed, as the registry reads the bank's files). */
export const readPain001 = async (source: AsyncIterable<Uint8Array | string> | string): Promise<{ msgId: string; paymentInfoId: string; transfers: ReceivedTransfer[] }> => {
  const document = readIsoDocument(typeof source === 'string' ? [source] : source, ['Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf']);
  const transfers: ReceivedTransfer[] = [];
  for await (const record of document.records) {
    transfers.push({ endToEndId: record.fields.get('PmtId/EndToEndId') ?? '', amount: record.fields.get('Amt/InstdAmt') ?? '', iban: record.fields.get('CdtrAcct/Id/IBAN') ?? '' });
  }
  return {
    msgId: document.context.get('Document/CstmrCdtTrfInitn/GrpHdr/MsgId') ?? '',
    paymentInfoId: document.context.get('Document/CstmrCdtTrfInitn/PmtInf/PmtInfId') ?? '',
    transfers,
  };
};

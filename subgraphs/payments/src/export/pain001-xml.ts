import { findBankOfIban, masked } from '@usr/shared';
import type { DebtorAccount } from './treasury-account.ts';

/**
 * ISO 20022 customer credit transfer initiation, `pain.001.001.10`, written in three parts so the
 * file can be streamed: the head (group header and the one payment-information block, whose counts
 * are known before the first transaction), one `CdtTrfTxInf` per payment, and the tail. Element
 * order follows the pain.001.001.10 XSD. Every text goes through `xmlText`.
 */
export const PAIN001_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.10';

/** Characters XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/FFFF). */
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute content: markup characters escaped, characters XML cannot carry dropped. */
export const xmlText = (value: string): string => value.replace(NOT_XML, '').replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

/** What the group header and the payment-information block say: fixed when the export run was made. */
export interface ExportRunHeader {
  readonly msgId: string;
  readonly paymentInfoId: string;
  /** Creation time, whole seconds. */
  readonly createdAt: Date;
  /** `YYYY-MM-DD`. */
  readonly requestedExecutionDate: string;
  readonly transactions: number;
  /** Sum of the amounts, two fraction digits. */
  readonly controlSum: string;
}

/** One payment as the export reads it. */
export interface ExportTransaction {
  readonly paymentId: string;
  readonly amount: string;
  readonly month: string;
  readonly benefitCode: string | null;
  readonly beneficiaryPin: string;
  readonly iban: string;
}

const isoSeconds = (at: Date): string => `${at.toISOString().slice(0, 19)}Z`;

export const pain001Head = (run: ExportRunHeader, debtor: DebtorAccount): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="${PAIN001_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<CstmrCdtTrfInitn>
<GrpHdr>
<MsgId>${xmlText(run.msgId)}</MsgId>
<CreDtTm>${isoSeconds(run.createdAt)}</CreDtTm>
<NbOfTxs>${run.transactions}</NbOfTxs>
<CtrlSum>${xmlText(run.controlSum)}</CtrlSum>
<InitgPty><Nm>${xmlText(debtor.name)}</Nm><Id><OrgId><Othr><Id>${xmlText(debtor.taxId)}</Id><SchmeNm><Cd>TXID</Cd></SchmeNm></Othr></OrgId></Id></InitgPty>
</GrpHdr>
<PmtInf>
<PmtInfId>${xmlText(run.paymentInfoId)}</PmtInfId>
<PmtMtd>TRF</PmtMtd>
<BtchBookg>false</BtchBookg>
<NbOfTxs>${run.transactions}</NbOfTxs>
<CtrlSum>${xmlText(run.controlSum)}</CtrlSum>
<PmtTpInf><CtgyPurp><Cd>SSBE</Cd></CtgyPurp></PmtTpInf>
<ReqdExctnDt><Dt>${xmlText(run.requestedExecutionDate)}</Dt></ReqdExctnDt>
<Dbtr><Nm>${xmlText(debtor.name)}</Nm></Dbtr>
<DbtrAcct><Id><IBAN>${xmlText(debtor.iban)}</IBAN></Id><Ccy>AZN</Ccy></DbtrAcct>
<DbtrAgt><FinInstnId><BICFI>${xmlText(debtor.bic)}</BICFI></FinInstnId></DbtrAgt>
<ChrgBr>DEBT</ChrgBr>
`;

/** The creditor's bank: its BIC when catalogued, else the bank code of the IBAN. */
const creditorAgent = (iban: string): string => {
  const bank = findBankOfIban(iban);
  return bank ? `<BICFI>${xmlText(bank.bic)}</BICFI>` : `<Othr><Id>${xmlText(iban.slice(4, 8))}</Id></Othr>`;
};

/** The payment's EndToEndId (Max35Text): its UUID without hyphens, 32 characters. */
export const endToEndIdOf = (paymentId: string): string => paymentId.replaceAll('-', '');

/**
 * One credit transfer. The creditor is identified by PIN (FIN) and paid to the IBAN; `maskIban`
 * (auditors' copies) names the account only by its last four characters, as a generic account id.
 */
export const pain001Transaction = (tx: ExportTransaction, maskIban: boolean): string => {
  const account = maskIban
    ? `<Othr><Id>${xmlText(masked('iban', tx.iban))}</Id></Othr>`
    : `<IBAN>${xmlText(tx.iban)}</IBAN>`;
  const remittance = `${tx.benefitCode ?? 'Social benefit'} ${tx.month}`;
  return `<CdtTrfTxInf>
<PmtId><EndToEndId>${endToEndIdOf(tx.paymentId)}</EndToEndId></PmtId>
<Amt><InstdAmt Ccy="AZN">${xmlText(tx.amount)}</InstdAmt></Amt>
<CdtrAgt><FinInstnId>${creditorAgent(tx.iban)}</FinInstnId></CdtrAgt>
<Cdtr><Id><PrvtId><Othr><Id>${xmlText(tx.beneficiaryPin)}</Id><SchmeNm><Prtry>FIN</Prtry></SchmeNm></Othr></PrvtId></Id></Cdtr>
<CdtrAcct><Id>${account}</Id></CdtrAcct>
<RmtInf><Ustrd>${xmlText(remittance)}</Ustrd></RmtInf>
</CdtTrfTxInf>
`;
};

export const PAIN001_TAIL = `</PmtInf>
</CstmrCdtTrfInitn>
</Document>
`;

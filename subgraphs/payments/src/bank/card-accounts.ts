import { z } from 'zod';
import { isValidAzerbaijaniIban } from '@usr/shared';

/**
 * The card-account API between the registry and the paying bank (a boundary we do not own), as
 * JSON over HTTPS. docs: subgraphs/payments/BANK.md.
 *
 *   POST {BANK_API_URL}/card-accounts   Idempotency-Key: <requestId>   Authorization: Bearer <BANK_API_KEY>
 *   { requestId, holderPin, bic, regionCode, openedOn }
 *   200 { requestId, iban, cardNumberMasked, branchAddress, cardPickupDate }
 *
 * The bank opens at most one account per `requestId`: a request repeated (a retry after a timeout,
 * the bank answering twice) returns the same account. IBAN and card come from the bank's answer;
 * the registry never invents them and never sees a full card number.
 */
export interface CardAccountRequest {
  /** Stable for one opening (see accountRequestId): the bank's idempotency key, and our row's id. */
  readonly requestId: string;
  readonly holderPin: string;
  /** BIC of the bank whose branch serves the holder's region. */
  readonly bic: string;
  readonly regionCode: string;
  /** `YYYY-MM-DD`. */
  readonly openedOn: string;
}

const MASKED_CARD = /^\d{4} \*{4} \*{4} \d{4}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the bank must answer; anything else is refused as a broken answer, never stored. */
export const cardAccountAnswerSchema = z.object({
  requestId: z.string(),
  iban: z.string().refine(isValidAzerbaijaniIban, 'not a valid AZ IBAN'),
  cardNumberMasked: z.string().regex(MASKED_CARD, 'expected "1234 **** **** 5678"'),
  branchAddress: z.string().min(1).max(300),
  cardPickupDate: z.string().regex(ISO_DATE),
});

export type CardAccountAnswer = z.infer<typeof cardAccountAnswerSchema>;

/** The bank as the registry uses it: the real HTTP adapter, or the simulated bank in development. */
export interface BankGateway {
  openCardAccount(request: CardAccountRequest): Promise<CardAccountAnswer>;
}

/**
 * The bank did not answer in time, answered with an error, or answered something unusable. The
 * opening can be tried again with the same request id (the engine's job retries it); the bank
 * opens nothing twice.
 */
export class BankUnavailableError extends Error {
  override readonly name = 'BankUnavailableError';
}

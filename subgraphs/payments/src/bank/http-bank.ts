import { BankUnavailableError, cardAccountAnswerSchema, type BankGateway, type CardAccountAnswer, type CardAccountRequest } from './card-accounts.ts';

export interface HttpBankOptions {
  /** Base URL of the bank's API (BANK_API_URL). */
  readonly url: string;
  /** The key the bank issued to the registry (BANK_API_KEY). */
  readonly apiKey: string;
  /** How long to wait for an answer before giving up (the request can be repeated safely). */
  readonly timeoutMs?: number;
}

/** The real adapter: the card-account API over HTTP (card-accounts.ts describes it). */
export const httpBank = (options: HttpBankOptions): BankGateway => ({
  async openCardAccount(request: CardAccountRequest): Promise<CardAccountAnswer> {
    let response: Response;
    try {
      response = await fetch(new URL('card-accounts', options.url.endsWith('/') ? options.url : `${options.url}/`), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': request.requestId, authorization: `Bearer ${options.apiKey}` },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      // No personal data in the message: the bank's name for the failure only.
      throw new BankUnavailableError(`The bank did not answer (${error instanceof Error ? error.name : 'error'}).`);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new BankUnavailableError(`The bank answered HTTP ${response.status}.`);
    }
    const parsed = cardAccountAnswerSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success || parsed.data.requestId !== request.requestId) throw new BankUnavailableError('The bank answered something that is not a card account for this request.');
    return parsed.data;
  },
});

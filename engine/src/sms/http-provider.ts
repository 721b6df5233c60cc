import { SmsProviderError, type SmsMessage, type SmsProvider, type SmsReceipt } from './provider.ts';

export interface HttpSmsOptions {
  readonly url: string;
  readonly token?: string | undefined;
  readonly timeoutMs?: number;
  readonly sender?: string;
}

/**
 * An adapter for an SMS gateway over HTTP: POST JSON `{ to, text, sender, reference }` with an
 * `Idempotency-Key` header (the notification id), so a retry after a lost answer is not delivered
 * twice by a gateway that honours the key. 2xx with `{ id }` (or `{ messageId }`) is a receipt;
 * 4xx is permanent (except 408/429), 5xx and network errors are retried by the job queue.
 */
export class HttpSmsProvider implements SmsProvider {
  readonly #options: HttpSmsOptions;

  constructor(options: HttpSmsOptions) {
    this.#options = options;
  }

  async send(message: SmsMessage): Promise<SmsReceipt> {
    let response: Response;
    try {
      response = await fetch(this.#options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': message.notificationId,
          ...(this.#options.token ? { authorization: `Bearer ${this.#options.token}` } : {}),
        },
        body: JSON.stringify({ to: message.phone, text: message.text, sender: this.#options.sender ?? 'e-sosial', reference: message.notificationId }),
        signal: AbortSignal.timeout(this.#options.timeoutMs ?? 5000),
      });
    } catch {
      throw new SmsProviderError('SMS_PROVIDER_UNREACHABLE', true);
    }
    if (!response.ok) {
      const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
      throw new SmsProviderError(`SMS_HTTP_${response.status}`, retryable);
    }
    const body = (await response.json().catch(() => ({}))) as { id?: unknown; messageId?: unknown };
    const id = typeof body.id === 'string' ? body.id : typeof body.messageId === 'string' ? body.messageId : undefined;
    if (!id) throw new SmsProviderError('SMS_PROVIDER_NO_ID', true);
    return { providerMessageId: id };
  }
}

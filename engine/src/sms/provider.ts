/** One SMS to send: the notification id doubles as the idempotency key, so a re-send is a no-op. */
export interface SmsMessage {
  readonly notificationId: string;
  readonly phone: string;
  readonly text: string;
}

/** What the provider answered: its own message id. */
export interface SmsReceipt {
  readonly providerMessageId: string;
}

/** A failure the provider reported; `code` is recorded, never the message text or the phone. */
export class SmsProviderError extends Error {
  readonly code: string;
  readonly retryable: boolean;
  constructor(code: string, retryable: boolean) {
    super(`SMS provider failed: ${code}`);
    this.name = 'SmsProviderError';
    this.code = code;
    this.retryable = retryable;
  }
}

export interface SmsProvider {
  send(message: SmsMessage): Promise<SmsReceipt>;
  close?(): Promise<void>;
}

import pg from 'pg';
import type { SmsMessage, SmsProvider, SmsReceipt } from './provider.ts';

/**
 * The development provider: "sends" by recording the message in `engine.sms_message`, where the
 * demo and the tests read it. Keyed by notification id: sending the same notification again
 * records nothing and answers the first receipt.
 */
export class DevSmsProvider implements SmsProvider {
  readonly #db: pg.Pool;

  constructor(databaseUrl: string) {
    this.#db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    this.#db.on('error', () => undefined);
  }

  async send(message: SmsMessage): Promise<SmsReceipt> {
    const { rows } = await this.#db.query<{ provider_message_id: string }>(
      `with inserted as (
         insert into engine.sms_message (notification_id, phone, text, provider_message_id)
         values ($1::uuid, $2, $3, 'dev-' || $1::text)
         on conflict (notification_id) do nothing
         returning provider_message_id)
       select provider_message_id from inserted
       union all select provider_message_id from engine.sms_message where notification_id = $1::uuid
       limit 1`,
      [message.notificationId, message.phone, message.text],
    );
    return { providerMessageId: rows[0]?.provider_message_id ?? `dev-${message.notificationId}` };
  }

  async close(): Promise<void> {
    await this.#db.end();
  }
}

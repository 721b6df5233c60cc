import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@usr/shared/testing';
import { prepareEngineDatabase } from '../src/database.ts';
import { formatMoney, LANGUAGES, translate, type MessageKey } from '@usr/shared/i18n';
import { DevSmsProvider, HttpSmsProvider, renderSms, SMS_KINDS, SmsProviderError, type SmsTemplate, type SmsValues } from '../src/sms/index.ts';

/** The values each kind is sent with (engine/src/flows): a kind added to SMS_KINDS without a case here does not type-check. */
const SENT_WITH: Record<SmsTemplate, SmsValues> = {
  GRANTED_FIRST: { benefitCode: 'TSA', amount: '1405.99', from: '2026-12-01', branch: 'Bakı, Füzuli küç. 71', pickupDate: '2026-12-10' },
  GRANTED: { benefitCode: 'OLD_AGE_PENSION', amount: '320.00', from: '2027-01-01', branch: 'Bakı, Füzuli küç. 71', pickupDate: '2026-11-10' },
  GRANTED_ONE_TIME: { benefitCode: 'BIRTH_GRANT', amount: '400.00', from: '2026-09-01', month: '2026-09', branch: 'Bakı, Füzuli küç. 71', pickupDate: '2026-09-10' },
  REFUSED: { benefitCode: 'TSA', reasonCode: 'INCOME_ABOVE_NEED_CRITERION' },
  TERM_ENDED: { benefitCode: 'TSA', to: '2027-11-30' },
  ASSIGNMENT_ENDED: { benefitCode: 'TSA', to: '2027-02-28', reasonCode: 'NOT_WITHDRAWN' },
  // A correction request's answer names no benefit (engine/src/flows/correction-answered.ts).
  CORRECTION_CONFIRMED: {},
  CORRECTION_CORRECTED: {},
  CORRECTION_REJECTED: {},
  CORRECTION_FORWARDED: {},
  PAYMENT_MADE: { benefitCode: 'TSA', amount: '285.50', month: '2026-11' },
  PAYMENT_RETURNED: { benefitCode: 'CHILD_UNDER_ONE', amount: '50.00', month: '2026-11' },
  CARD_READY: { branch: 'Bakı, Füzuli küç. 71', pickupDate: '2026-12-10' },
  REDECIDED: { benefitCode: 'TSA', amount: '190.00', from: '2027-01-01', arrears: '0.00', overpayment: '100.00', reasonCode: 'ELIGIBLE' },
  REDECIDED_STOPPED: { benefitCode: 'OLD_AGE_PENSION', amount: '0.00', from: '2027-01-01', arrears: '0.00', overpayment: '320.00', reasonCode: 'INSUFFICIENT_INSURED_YEARS' },
  APPEAL_FILED: { benefitCode: 'TSA' },
  APPEAL_REDECIDED: { benefitCode: 'TSA' },
  APPEAL_IN_REVIEW: { benefitCode: 'TSA', deadline: '2026-12-28' },
  APPEAL_UPHELD: { benefitCode: 'TSA' },
  APPEAL_REFERRED: { benefitCode: 'TSA' },
  APPEAL_SETTLED: { benefitCode: 'TSA' },
  RENEWED: { benefitCode: 'TSA', amount: '190.00', from: '2027-01-01', to: '2026-12-31', reasonCode: 'ELIGIBLE' },
  NOT_RENEWED: { benefitCode: 'TSA', to: '2026-12-31', reasonCode: 'INCOME_ABOVE_NEED_CRITERION' },
  CHANGE_REVIEW_OPENED: { benefitCode: 'TSA' },
  CHANGE_REVIEW_CONFIRMED: { benefitCode: 'TSA' },
  CHANGE_REVIEW_ACCEPTED: { benefitCode: 'TSA' },
  CHANGE_REVIEW_REJECTED: { benefitCode: 'TSA' },
};

describe('SMS texts, every kind the engine sends, in every language', () => {
  const cases = SMS_KINDS.flatMap((kind) => LANGUAGES.map((language) => [kind, language] as const));

  it.each(cases)('%s in %s: from the catalogue, amounts and dates in the language’s own format', (kind, language) => {
    const text = renderSms(kind, language, SENT_WITH[kind]);
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toMatch(/\d{4}-\d{2}/); // no ISO date or month
    const benefit = SENT_WITH[kind].benefitCode;
    if (benefit) expect(text).toContain(translate(language, `benefit.${benefit}` as MessageKey));
    const amount = SENT_WITH[kind]['amount'];
    if (amount) expect(text).toContain(formatMoney(amount, language));
    if (language !== 'en') expect(text).not.toMatch(/(?<![\d.])\d+\.\d{2}(?![\d.])|AZN/); // az and ru: decimal comma and ₼ only
    if (kind === 'GRANTED_ONE_TIME') expect(text).not.toMatch(/a month|ayda|в месяц/); // a one-off is never "a month"
  });

  it('fixes the wording of one text per language (dates and money by our formatters)', () => {
    expect(renderSms('GRANTED_FIRST', 'en', SENT_WITH.GRANTED_FIRST)).toBe(
      'Targeted State Social Assistance: granted 1,405.99 AZN a month from 1 December 2026. Collect your bank card from 10 December 2026 at Bakı, Füzuli küç. 71.',
    );
    expect(renderSms('GRANTED_FIRST', 'ru', SENT_WITH.GRANTED_FIRST)).toBe(
      'Адресная государственная социальная помощь: назначено 1\u00A0405,99\u00A0₼ в месяц с 01.12.2026. Банковскую карту получите с 10.12.2026 по адресу: Bakı, Füzuli küç. 71.',
    );
    expect(renderSms('GRANTED_ONE_TIME', 'az', SENT_WITH.GRANTED_ONE_TIME)).toBe(
      'Uşağın doğulmasına görə birdəfəlik müavinət: birdəfəlik 400,00\u00A0₼ təyin edildi və sentyabr 2026 ayında kartınıza ödəniləcək.',
    );
  });

  it('refuses to send a text with a value missing rather than send it half written', () => {
    expect(() => renderSms('TERM_ENDED', 'az', { benefitCode: 'TSA' })).toThrow();
  });
});

describe('DevSmsProvider', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(inject('adminDatabaseUrl'), 'engine_sms');
    await prepareEngineDatabase(db.url);
    await prepareEngineDatabase(db.url); // idempotent
  });
  afterAll(async () => db.drop());

  it('records a message once per notification id: a re-send is a no-op with the same receipt', async () => {
    const provider = new DevSmsProvider(db.url);
    const id = '5b0c1f0e-6a54-4c3b-9d5c-8d7b6f0a1e21';
    const first = await provider.send({ notificationId: id, phone: '+994501112233', text: 'one' });
    const again = await provider.send({ notificationId: id, phone: '+994501112233', text: 'two' });
    expect(again).toEqual(first);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query('select text from engine.sms_message');
    await client.end();
    expect(rows).toEqual([{ text: 'one' }]);
    await provider.close();
  });
});

describe('HttpSmsProvider', () => {
  let server: Server;
  let url: string;
  const received: { key: string | undefined; body: unknown }[] = [];
  let status = 200;
  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ key: req.headers['idempotency-key'] as string | undefined, body: JSON.parse(body) as unknown });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `gw-${received.length}` }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('posts JSON with the notification id as Idempotency-Key and returns the gateway id', async () => {
    const provider = new HttpSmsProvider({ url, token: 'secret' });
    const receipt = await provider.send({ notificationId: 'n-1', phone: '+994501112233', text: 'hello' });
    expect(receipt).toEqual({ providerMessageId: 'gw-1' });
    expect(received[0]).toEqual({ key: 'n-1', body: { to: '+994501112233', text: 'hello', sender: 'e-sosial', reference: 'n-1' } });
  });

  it('5xx is retryable, 4xx permanent; an unreachable gateway is retryable; the error carries a code only', async () => {
    const provider = new HttpSmsProvider({ url });
    status = 503;
    const err = await provider.send({ notificationId: 'n-2', phone: '+994501112233', text: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SmsProviderError);
    expect(err).toMatchObject({ code: 'SMS_HTTP_503', retryable: true });
    expect(String((err as Error).message)).not.toContain('+994');
    status = 400;
    await expect(provider.send({ notificationId: 'n-3', phone: '+994501112233', text: 'x' })).rejects.toMatchObject({ code: 'SMS_HTTP_400', retryable: false });
    status = 200;
    await expect(new HttpSmsProvider({ url: 'http://127.0.0.1:1/sms', timeoutMs: 500 }).send({ notificationId: 'n-4', phone: '+994501112233', text: 'x' })).rejects.toMatchObject({ code: 'SMS_PROVIDER_UNREACHABLE', retryable: true });
  });
});

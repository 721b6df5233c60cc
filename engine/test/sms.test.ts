import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@usr/shared/testing';
import { prepareEngineDatabase } from '../src/database.ts';
import { DevSmsProvider, HttpSmsProvider, renderSms, SmsProviderError } from '../src/sms/index.ts';

describe('SMS templates', () => {
  it('renders in the person language with amount, branch and pick-up date, and never leaves a placeholder', () => {
    const values = { benefitCode: 'TSA', amount: '755.00', from: '2026-12-01', branch: 'Bakı, Füzuli küç. 71', pickupDate: '2026-12-10' };
    expect(renderSms('GRANTED_FIRST', 'en', values)).toBe(
      'Targeted State Social Assistance: granted 755.00 AZN a month from 2026-12-01. Collect your bank card from 2026-12-10 at Bakı, Füzuli küç. 71.',
    );
    expect(renderSms('GRANTED_FIRST', 'az', values)).toContain('Ünvanlı dövlət sosial yardımı');
    expect(renderSms('GRANTED_FIRST', 'ru', values)).toContain('755.00 AZN в месяц');
    for (const language of ['az', 'ru', 'en'] as const) {
      expect(renderSms('REFUSED', language, { benefitCode: 'TSA', reasonCode: 'INCOME_ABOVE_NEED_CRITERION' })).not.toMatch(/\{\w+\}/);
    }
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

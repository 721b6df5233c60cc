import { randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addWorkingDays, azerbaijaniIban, BANKS, paymentBranchOf } from '@usr/shared';
import { BankUnavailableError, type BankGateway, type CardAccountAnswer, type CardAccountRequest } from './card-accounts.ts';

/** Working days between opening an account and the card being ready at the branch (the simulated bank's practice). */
export const SIMULATED_CARD_PICKUP_WORKING_DAYS = 5;

/** How the simulated bank misbehaves, to exercise the registry's side of the boundary. */
export interface SimulatedBankFaults {
  /** The next `failures` requests are refused (HTTP 503), without opening anything. */
  failures: number;
  /** Every answer comes this late (the account is opened before the wait, as a real bank would). */
  delayMs: number;
  /** Every request is processed twice, as a duplicated delivery would be. */
  answerTwice: boolean;
}

const digits = (count: number): string => Array.from({ length: count }, () => String(randomInt(10))).join('');

/**
 * DEV-ONLY: a bank for development and tests, speaking exactly the card-account API of
 * card-accounts.ts (in process, or over HTTP with `serveSimulatedBank`), and able to fail, answer
 * late or answer twice. It is the bank: it chooses the IBAN and the card, and it opens at most one
 * account per request id.
 */
export class SimulatedBank implements BankGateway {
  readonly faults: SimulatedBankFaults = { failures: 0, delayMs: 0, answerTwice: false };
  readonly #accounts = new Map<string, CardAccountAnswer>();
  /** How many requests reached the bank, refused ones included. */
  requests = 0;

  /** Accounts the bank has opened, by request id. */
  get accounts(): ReadonlyMap<string, CardAccountAnswer> {
    return this.#accounts;
  }

  async openCardAccount(request: CardAccountRequest): Promise<CardAccountAnswer> {
    this.requests += 1;
    if (this.faults.failures > 0) {
      this.faults.failures -= 1;
      throw new BankUnavailableError('The simulated bank refused the request (a fault it was told to make).');
    }
    let answer = this.#open(request);
    if (this.faults.answerTwice) answer = this.#open(request);
    if (this.faults.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.faults.delayMs));
    return answer;
  }

  #open(request: CardAccountRequest): CardAccountAnswer {
    const existing = this.#accounts.get(request.requestId);
    if (existing) return existing;
    const branch = paymentBranchOf(request.regionCode);
    const bank = BANKS.find((b) => b.bic === request.bic);
    if (!branch || !bank) throw new BankUnavailableError('The simulated bank has no branch for this request.');
    const answer: CardAccountAnswer = {
      requestId: request.requestId,
      iban: azerbaijaniIban(bank.ibanCode, digits(20)),
      cardNumberMasked: `${bank.cardPrefix.slice(0, 4)} **** **** ${digits(4)}`,
      branchAddress: branch.branchAddress,
      cardPickupDate: addWorkingDays(request.openedOn, SIMULATED_CARD_PICKUP_WORKING_DAYS),
    };
    this.#accounts.set(request.requestId, answer);
    return answer;
  }
}

const readJson = async (req: IncomingMessage): Promise<unknown> => {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 64 * 1024) return undefined;
  }
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
};

const send = (res: ServerResponse, status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

/**
 * DEV-ONLY: the simulated bank over HTTP (POST /card-accounts with the API key as bearer token),
 * for tests of the real adapter and for running the registry against a bank in another process.
 */
export const serveSimulatedBank = async (bank: SimulatedBank, apiKey: string, port = 0): Promise<{ url: string; stop: () => Promise<void> }> => {
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'POST' || req.url !== '/card-accounts') return send(res, 404, { error: 'not found' });
      if (req.headers.authorization !== `Bearer ${apiKey}`) return send(res, 401, { error: 'unauthorized' });
      const body = (await readJson(req)) as Partial<CardAccountRequest> | undefined;
      if (!body || typeof body.requestId !== 'string' || body.requestId !== req.headers['idempotency-key']) return send(res, 400, { error: 'bad request' });
      try {
        return send(res, 200, await bank.openCardAccount(body as CardAccountRequest));
      } catch (error) {
        return send(res, error instanceof BankUnavailableError ? 503 : 500, { error: 'unavailable' });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

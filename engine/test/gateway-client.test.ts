import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGatewayClient, GatewayError, TokenError } from '../src/gateway-client.ts';
import { TypedDocumentString } from '../src/generated/graphql.ts';

/** The transport is tested with its own tiny server: these documents are not the registry's schema. */
const OK = new TypedDocumentString<{ ok: boolean }, Record<string, never>>('{ ok }');
const RECORD = new TypedDocumentString<{ recordDecision: boolean }, Record<string, never>>('mutation { recordDecision }');

/** A tiny token endpoint and GraphQL endpoint on 127.0.0.1, counting what they are asked. */
describe('gateway client', () => {
  let server: Server;
  let base: string;
  let tokens = 0;
  let expiresIn = 300;
  let graphqlAnswer: unknown = { data: { ok: true } };
  const authHeaders: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (req.url === '/token') {
          const form = new URLSearchParams(body);
          if (form.get('client_secret') !== 'right-secret') {
            res.writeHead(401).end('{}');
            return;
          }
          tokens += 1;
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: `t${tokens}`, expires_in: expiresIn }));
          return;
        }
        authHeaders.push(String(req.headers.authorization));
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(graphqlAnswer));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const client = (secret = 'right-secret') => createGatewayClient({ gatewayUrl: `${base}/graphql`, tokenUrl: `${base}/token`, clientId: 'decision-engine', clientSecret: secret });

  it('fetches one token for many concurrent requests and reuses it until shortly before expiry', async () => {
    tokens = 0;
    expiresIn = 300;
    const c = client();
    await Promise.all([c.request(OK), c.request(OK), c.request(OK)]);
    expect(tokens).toBe(1);
    expect(authHeaders.at(-1)).toBe('Bearer t1');
    // A token within the refresh margin (30 s) is fetched again.
    expiresIn = 10;
    const short = client();
    await short.request(OK);
    await short.request(OK);
    expect(tokens).toBe(3);
  });

  it('surfaces GraphQL errors with their extensions.code and path', async () => {
    graphqlAnswer = { data: null, errors: [{ message: 'You are not allowed to do this.', path: ['recordDecision'], extensions: { code: 'FORBIDDEN' } }] };
    const err = await client().request(RECORD).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({ code: 'FORBIDDEN', path: 'recordDecision' });
    graphqlAnswer = { data: { ok: true } };
  });

  it('a refused secret is a TokenError', async () => {
    await expect(client('wrong').request(OK)).rejects.toBeInstanceOf(TokenError);
  });
});

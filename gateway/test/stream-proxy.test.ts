import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STREAMED_ROUTES, streamedRoutes, streamProxy } from '../src/stream-proxy.ts';

/**
 * The gateway's streamed routes, against a stand-in subgraph that records what reaches it: the
 * method, path and query, the caller's headers plus the gateway secret, and the response (status,
 * headers, body) passed back unchanged.
 */
const SECRET = 'test-only-gateway-shared-secret';
let upstream: Server;
let upstreamUrl = '';
const received: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }> = [];

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  upstream = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8', 'content-disposition': 'attachment; filename="x.xml"', 'x-message-id': 'M-1', 'set-cookie': 'no=1' });
      // Written in pieces, as a streamed export is.
      res.write('<Document>');
      setTimeout(() => res.end(`<Echo>${body.length}</Echo></Document>`), 20);
    });
  });
  upstreamUrl = await listen(upstream);
});

afterAll(async () => {
  await new Promise((resolve) => upstream?.close(resolve));
});

const serve = async (route: ReturnType<typeof streamProxy>) => {
  const server = createServer((req, res) => void route(req, res));
  return { url: await listen(server), close: () => new Promise((resolve) => server.close(resolve)) };
};

describe('streamed routes through the gateway', () => {
  it('serves the facts feed, the pain.001 export and the bank-file import, each from its subgraph', () => {
    expect(STREAMED_ROUTES.map((r) => [r.path, r.subgraph, r.methods])).toEqual([
      ['/feeds/facts', 'agency-facts', ['POST']],
      ['/exports/pain001', 'payments', ['GET']],
      ['/imports/bank-files', 'payments', ['POST']],
    ]);
    const routes = streamedRoutes({ payments: upstreamUrl }, SECRET);
    expect(Object.keys(routes)).toEqual(['/exports/pain001', '/imports/bank-files']);
  });

  it('forwards a GET with its query, the caller’s token and the gateway secret, and streams the answer back with its file headers', async () => {
    const route = streamedRoutes({ payments: `${upstreamUrl}/graphql` }, SECRET)['/exports/pain001'];
    if (!route) throw new Error('route missing');
    const gateway = await serve(route);
    try {
      received.length = 0;
      const res = await fetch(`${gateway.url}/exports/pain001?month=2026-11&run=2`, { headers: { authorization: 'Bearer t', 'x-purpose-of-use': 'DECISION_AUDIT', cookie: 'c=1' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('<Document><Echo>0</Echo></Document>');
      expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="x.xml"');
      expect(res.headers.get('x-message-id')).toBe('M-1');
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ method: 'GET', url: '/exports/pain001?month=2026-11&run=2' });
      expect(received[0]?.headers).toMatchObject({ authorization: 'Bearer t', 'x-gateway-secret': SECRET, 'x-purpose-of-use': 'DECISION_AUDIT' });
      expect(received[0]?.headers['cookie']).toBeUndefined();
    } finally {
      await gateway.close();
    }
  });

  it('streams a POST body through and refuses methods the route does not take', async () => {
    const feed = await serve(streamProxy(`${upstreamUrl}/feeds/facts`, SECRET, ['POST']));
    try {
      received.length = 0;
      const res = await fetch(`${feed.url}/feeds/facts`, { method: 'POST', body: '{"a":1}\n{"b":2}\n', headers: { 'content-type': 'application/x-ndjson' } });
      expect(await res.text()).toBe('<Document><Echo>16</Echo></Document>');
      expect(received[0]).toMatchObject({ method: 'POST', body: '{"a":1}\n{"b":2}\n' });
      const get = await fetch(`${feed.url}/feeds/facts`);
      expect(get.status).toBe(405);
      expect(get.headers.get('allow')).toBe('POST');
      expect(received).toHaveLength(1);
    } finally {
      await feed.close();
    }
  });

  it('answers 502 with a JSON code when the subgraph is down', async () => {
    const down = await serve(streamProxy('http://127.0.0.1:1/exports/pain001', SECRET, ['GET']));
    try {
      const res = await fetch(`${down.url}/exports/pain001?month=2026-11`);
      expect(res.status).toBe(502);
      expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    } finally {
      await down.close();
    }
  });
});

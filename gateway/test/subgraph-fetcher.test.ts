import { describe, expect, it } from 'vitest';
import { serveInProcess, type InProcessRequest } from '@usr/shared';
import { freePort } from '@usr/shared/testing';
import { subgraphFetcher } from '../src/subgraph-fetcher.ts';

/**
 * The gateway's fetcher calls a subgraph this process serves (the subgraph host beside the gateway)
 * without a socket: the port below has nothing listening, so an answer can only come in process.
 * What the endpoint receives is what HTTP would carry (header names lower-case, the body as sent),
 * and what the gateway reads back is the endpoint's status, headers and body.
 */
describe('the subgraph fetcher', () => {
  it('calls a subgraph served in this process without a socket, however its loopback address is spelt', async () => {
    const port = await freePort();
    const received: InProcessRequest[] = [];
    const unregister = serveInProcess(`http://127.0.0.1:${port}/graphql`, async (request) => {
      received.push(request);
      return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'max-age=5, private' }, body: '{"data":{"ok":true}}' };
    });
    const fetcher = subgraphFetcher();
    try {
      const response = await fetcher(`http://localhost:${port}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Gateway-Secret': 'test-only', authorization: 'Bearer t' },
        body: '{"query":"{ ok }"}',
      });
      expect(response.status).toBe(200);
      expect(response.ok).toBe(true);
      expect(response.headers.get('cache-control')).toBe('max-age=5, private');
      expect(await response.json()).toEqual({ data: { ok: true } });
      expect(received).toEqual([{ headers: { 'content-type': 'application/json', 'x-gateway-secret': 'test-only', authorization: 'Bearer t' }, body: '{"query":"{ ok }"}' }]);
    } finally {
      unregister();
    }
    // Once it is gone, the same URL is called over HTTP, where nothing listens.
    await expect(fetcher(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: {}, body: '{}' })).rejects.toThrow();
  });

  it('passes a refusal back as HTTP would: its status and its typed error', async () => {
    const port = await freePort();
    const unregister = serveInProcess(`http://127.0.0.1:${port}/graphql`, async () => ({
      status: 403,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"errors":[{"message":"Forbidden.","extensions":{"code":"FORBIDDEN"}}]}',
    }));
    try {
      const response = await subgraphFetcher()(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: {}, body: '{}' });
      expect(response.status).toBe(403);
      expect(response.statusText).toBe('Forbidden');
      expect(response.ok).toBe(false);
      expect(await response.json()).toEqual({ errors: [{ message: 'Forbidden.', extensions: { code: 'FORBIDDEN' } }] });
    } finally {
      unregister();
    }
  });
});

import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { HttpRoute } from '@usr/shared';

/**
 * Streams a bulk feed (NDJSON, up to gigabytes) to the subgraph that ingests it and its per-line
 * results back, without buffering either: the gateway is the only public door, subgraphs accept
 * nothing that does not carry the gateway secret.
 */
export const feedProxy = (target: string, gatewaySecret: string): HttpRoute => async (req: IncomingMessage, res: ServerResponse) => {
  if (req.method !== 'POST') {
    res.writeHead(405, { allow: 'POST' }).end();
    return;
  }
  const url = new URL(target);
  const headers: Record<string, string> = { 'x-gateway-secret': gatewaySecret };
  for (const name of ['authorization', 'content-type', 'x-request-id'] as const) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  await new Promise<void>((resolve) => {
    const upstream = httpRequest(url, { method: 'POST', headers }, (response) => {
      res.writeHead(response.statusCode ?? 502, { 'content-type': response.headers['content-type'] ?? 'application/x-ndjson' });
      pipeline(response, res).then(resolve, () => resolve());
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'feed service unavailable' }));
      else res.destroy();
      resolve();
    });
    // A client that stops sending aborts the upstream request: the subgraph sees a cut-off feed.
    pipeline(req, upstream).catch(() => upstream.destroy());
  });
};

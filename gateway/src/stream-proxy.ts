import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { HttpRoute } from '@usr/shared';

/**
 * HTTP routes the gateway streams to a subgraph instead of going through GraphQL: bulk feeds in,
 * bank files out, up to gigabytes, never buffered here. The gateway stays the only public door
 * (subgraphs accept nothing without the gateway secret); the subgraph verifies the caller's token
 * exactly as for GraphQL and applies its own rules.
 */
export interface StreamedRoute {
  readonly path: string;
  /** Catalogue name of the subgraph that serves it (subgraph-catalogue.ts). */
  readonly subgraph: string;
  readonly methods: readonly ('GET' | 'POST')[];
}

export const STREAMED_ROUTES: readonly StreamedRoute[] = [
  // An agency's NDJSON feed of facts, results streamed back per line.
  { path: '/feeds/facts', subgraph: 'agency-facts', methods: ['POST'] },
  // The month's payroll as an ISO 20022 pain.001 file for the bank.
  { path: '/exports/pain001', subgraph: 'payments', methods: ['GET'] },
  // The bank's files (pain.002, camt.053, camt.054) in, an outcome per entry streamed back.
  { path: '/imports/bank-files', subgraph: 'payments', methods: ['POST'] },
];

const FORWARDED_REQUEST_HEADERS = ['authorization', 'content-type', 'x-request-id', 'x-purpose-of-use'] as const;
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'allow', 'x-message-id'] as const;

/**
 * Streams one request to `target` (its query string kept) and the response back: a POST body as it
 * arrives, the response as the subgraph writes it. A client that stops sending or reading aborts
 * the upstream request, so the subgraph sees the cut-off (and rolls back what it had not finished).
 */
export const streamProxy =
  (target: string, gatewaySecret: string, methods: readonly string[]): HttpRoute =>
  async (req: IncomingMessage, res: ServerResponse) => {
    if (!methods.includes(req.method ?? '')) {
      res.writeHead(405, { allow: methods.join(', ') }).end();
      return;
    }
    const url = new URL(target);
    url.search = new URL(req.url ?? '/', 'http://localhost').search;
    const headers: Record<string, string> = { 'x-gateway-secret': gatewaySecret };
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    await new Promise<void>((resolve) => {
      const upstream = httpRequest(url, { method: req.method, headers }, (response) => {
        const forwarded: Record<string, string> = {};
        for (const name of FORWARDED_RESPONSE_HEADERS) {
          const value = response.headers[name];
          if (typeof value === 'string') forwarded[name] = value;
        }
        res.writeHead(response.statusCode ?? 502, forwarded);
        pipeline(response, res).then(resolve, () => resolve());
      });
      upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'The service behind this route is unavailable.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
        else res.destroy();
        resolve();
      });
      if (req.method === 'GET') {
        req.resume();
        upstream.end();
      } else {
        pipeline(req, upstream).catch(() => upstream.destroy());
      }
    });
  };

/** The streamed routes of the subgraphs this gateway knows, by path. */
export const streamedRoutes = (subgraphUrls: Readonly<Record<string, string>>, gatewaySecret: string): Record<string, HttpRoute> =>
  Object.fromEntries(
    STREAMED_ROUTES.flatMap((route) => {
      const base = subgraphUrls[route.subgraph];
      return base ? [[route.path, streamProxy(new URL(route.path, base).toString(), gatewaySecret, route.methods)]] : [];
    }),
  );

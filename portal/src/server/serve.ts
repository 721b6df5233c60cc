import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import { gzipSync } from 'node:zlib';
import { traceHeaders, withServerSpan } from '@usr/shared';

/**
 * The citizen portal's server: the built SPA (portal/dist) with history fallback, `/config.json`
 * naming the identity provider, and POST `/graphql` forwarded to the gateway so the browser talks
 * to one origin only (no CORS). Node only, no framework.
 */
export interface PortalOptions {
  /** 0 picks a free port. */
  readonly port: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  readonly gatewayUrl: string;
  /** KEYCLOAK_URL-style base of the identity provider (the realm is `registry`). */
  readonly keycloakUrl: string;
  /** The built SPA; default portal/dist. */
  readonly distDir?: string;
  /** Largest GraphQL request body accepted, in bytes (default 100 kB). */
  readonly maxBodyBytes?: number;
  /** Give up on the gateway after this long (default 30 s). */
  readonly gatewayTimeoutMs?: number;
  /** The OIDC client the SPA uses (default registry-portal). */
  readonly clientId?: string;
}

export interface RunningPortal {
  /** http://host:port of the portal. */
  readonly url: string;
  stop(): Promise<void>;
}

export const DEFAULT_DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);
/**
 * Request headers passed on to the gateway; nothing else (no cookies) leaves the portal. Staff
 * declare their purpose of use in `x-purpose-of-use`; the registry records it with every read.
 */
const FORWARDED = ['authorization', 'content-type', 'accept', 'x-request-id', 'x-purpose-of-use', 'apollo-require-preflight'] as const;

interface CachedFile {
  readonly body: Buffer;
  readonly gzipped?: Buffer;
  readonly type: string;
}

class BodyTooLarge extends Error {}

const readBody = async (req: IncomingMessage, limit: number): Promise<Buffer> => {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
};

const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
};

const graphqlError = (res: ServerResponse, status: number, message: string, code: string) =>
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });

export const startPortal = async (options: PortalOptions): Promise<RunningPortal> => {
  const distDir = resolve(options.distDir ?? DEFAULT_DIST_DIR);
  const maxBody = options.maxBodyBytes ?? 100_000;
  const timeoutMs = options.gatewayTimeoutMs ?? 30_000;
  const keycloakUrl = options.keycloakUrl.replace(/\/+$/, '');
  const config = { authority: `${keycloakUrl}/realms/registry`, clientId: options.clientId ?? 'registry-portal' };
  const indexHtml = await readFile(join(distDir, 'index.html')).catch(() => {
    throw new Error(`portal: ${join(distDir, 'index.html')} is missing; run \`npm run build -w portal\` first`);
  });

  const securityHeaders: Record<string, string> = {
    'content-security-policy': [
      "default-src 'self'",
      `connect-src 'self' ${new URL(keycloakUrl).origin}`,
      "img-src 'self' data:",
      "style-src 'self'",
      "script-src 'self'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "object-src 'none'",
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  };

  const cache = new Map<string, CachedFile>();
  const load = async (path: string): Promise<CachedFile | undefined> => {
    const hit = cache.get(path);
    if (hit) return hit;
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const body = await readFile(path);
    const ext = extname(path);
    const file: CachedFile = {
      body,
      type: TYPES[ext] ?? 'application/octet-stream',
      ...(COMPRESSIBLE.has(ext) && body.length > 1024 ? { gzipped: gzipSync(body) } : {}),
    };
    cache.set(path, file);
    return file;
  };
  const index: CachedFile = { body: indexHtml, type: TYPES['.html'] ?? 'text/html', gzipped: gzipSync(indexHtml) };

  const sendFile = (req: IncomingMessage, res: ServerResponse, file: CachedFile, cacheControl: string) => {
    const gzip = file.gzipped && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip && file.gzipped ? file.gzipped : file.body;
    res.writeHead(200, {
      ...securityHeaders,
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': cacheControl,
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const proxyGraphQL = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    let body: Buffer;
    try {
      body = await readBody(req, maxBody);
    } catch (error) {
      if (error instanceof BodyTooLarge) return graphqlError(res, 413, `The request body is larger than ${maxBody} bytes.`, 'PAYLOAD_TOO_LARGE');
      throw error;
    }
    const headers: Record<string, string> = {};
    for (const name of FORWARDED) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    let upstream: Response;
    try {
      // The portal's span is the parent of the gateway's: one trace from the portal to the engine's jobs.
      upstream = await fetch(options.gatewayUrl, { method: 'POST', headers: { ...headers, ...traceHeaders() }, body: new Uint8Array(body), signal: AbortSignal.timeout(timeoutMs) });
    } catch {
      return graphqlError(res, 502, 'The registry is not reachable. Please try again later.', 'GATEWAY_UNAVAILABLE');
    }
    const payload = Buffer.from(await upstream.arrayBuffer());
    const out: Record<string, string | number> = { 'content-length': payload.length, 'cache-control': 'no-store' };
    for (const name of ['content-type', 'x-request-id']) {
      const value = upstream.headers.get(name);
      if (value) out[name] = value;
    }
    res.writeHead(upstream.status, out);
    res.end(payload);
  };

  // "Download all my data" (the gateway's /exports/my-data): streamed through, never buffered here.
  const exportUrl = new URL('/exports/my-data', options.gatewayUrl);
  const proxyExport = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET' }).end();
      return;
    }
    const target = new URL(exportUrl);
    target.search = new URL(req.url ?? '/', 'http://portal').search;
    const authorization = req.headers.authorization;
    let upstream: Response;
    try {
      upstream = await fetch(target, { headers: { ...(typeof authorization === 'string' ? { authorization } : {}), ...traceHeaders() } });
    } catch {
      return graphqlError(res, 502, 'The registry is not reachable. Please try again later.', 'GATEWAY_UNAVAILABLE');
    }
    const out: Record<string, string> = { 'cache-control': 'no-store' };
    for (const name of ['content-type', 'content-disposition']) {
      const value = upstream.headers.get(name);
      if (value) out[name] = value;
    }
    res.writeHead(upstream.status, out);
    if (upstream.body) await pipeline(Readable.fromWeb(upstream.body as NodeReadableStream<Uint8Array>), res).catch(() => res.destroy());
    else res.end();
  };

  const serveStatic = async (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const target = normalize(join(distDir, decoded));
    if (target !== distDir && !target.startsWith(distDir + sep)) {
      res.writeHead(404).end();
      return;
    }
    const file = decoded === '/' || decoded === '/index.html' ? index : await load(target);
    if (file) {
      const immutable = decoded.startsWith('/assets/');
      return sendFile(req, res, file, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
    // A missing asset is a 404; any other path is a page of the SPA.
    if (extname(decoded) !== '') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    sendFile(req, res, index, 'no-cache');
  };

  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://portal').pathname;
    const handle = async () => {
      if (pathname === '/graphql') return withServerSpan('portal', req, res, () => proxyGraphQL(req, res));
      if (pathname === '/exports/my-data') return withServerSpan('portal', req, res, () => proxyExport(req, res));
      if (pathname === '/config.json') return sendJson(res, 200, config, { 'cache-control': 'no-store' });
      if (pathname === '/healthz') return sendJson(res, 200, { status: 'UP' });
      return serveStatic(req, res, pathname);
    };
    handle().catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal error');
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? 'localhost' : host;
  return {
    url: `http://${urlHost}:${port}`,
    stop: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
};

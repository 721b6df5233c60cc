import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { serveMetrics } from '../telemetry/metrics.ts';
import { withServerSpan } from '../telemetry/tracing.ts';
import type { InProcessEndpoint } from './in-process.ts';

/** What a subgraph's context may read of a request: its headers, the same over HTTP and in process. */
export type RequestHead = Pick<IncomingMessage, 'headers'>;

export interface GraphQLHttpOptions<C extends BaseContext, R extends RequestHead = IncomingMessage> {
  /** The service's name in traces and metrics (gateway, persons, ...). */
  readonly service: string;
  readonly path?: string;
  /** Requests larger than this are refused with 413 before parsing. */
  readonly maxBodyBytes: number;
  readonly context: (req: R) => Promise<C>;
  /** Resolves when the service can serve (database reachable, ...); rejects otherwise. */
  readonly ready?: () => Promise<void>;
  /** Non-GraphQL endpoints by exact path (e.g. streaming bulk feeds); they do their own checks. */
  readonly routes?: Readonly<Record<string, HttpRoute>>;
}

export type HttpRoute = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

class PayloadTooLarge extends Error {}

const readBody = (req: IncomingMessage, limit: number): Promise<string> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new PayloadTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new PayloadTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const sendJson = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

const JSON_HEADERS = new HeaderMap([['content-type', 'application/json; charset=utf-8']]);

/** An answer to a GraphQL request, before it is written to a socket or handed to an in-process caller. */
interface GraphQLAnswer {
  readonly status: number;
  readonly headers: HeaderMap;
  readonly body: string | AsyncIterableIterator<string>;
}

const requestError = (status: number, message: string): GraphQLAnswer => ({
  status,
  headers: JSON_HEADERS,
  body: JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }),
});

/** A body that is not JSON, or a request stream that failed before its end. */
const MALFORMED_BODY = requestError(400, 'Malformed JSON body.');

/**
 * One GraphQL request, however it arrived: the raw body parsed (JSON when its content type says so),
 * then Apollo Server with the context built from the request's head.
 */
const answerGraphQL = async <C extends BaseContext, R extends RequestHead>(
  server: ApolloServer<C>,
  options: GraphQLHttpOptions<C, R>,
  req: R,
  method: string,
  search: string,
  raw: string,
): Promise<GraphQLAnswer> => {
  let body: unknown;
  try {
    const isJson = (req.headers['content-type'] ?? '').includes('application/json');
    body = raw && isJson ? JSON.parse(raw) : raw;
  } catch {
    return MALFORMED_BODY;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers, search, body },
    context: () => options.context(req),
  });
  return { status: response.status ?? 200, headers: response.headers, body: response.body.kind === 'complete' ? response.body.string : response.body.asyncIterator };
};

const INTERNAL_ERROR: GraphQLAnswer = {
  status: 500,
  headers: JSON_HEADERS,
  body: JSON.stringify({ errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
};

const tooLarge = (limit: number) => requestError(413, `Request body exceeds ${limit} bytes.`);

const write = async (res: ServerResponse, answer: GraphQLAnswer): Promise<void> => {
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  res.statusCode = answer.status;
  if (typeof answer.body === 'string') {
    res.end(answer.body);
    return;
  }
  for await (const chunk of answer.body) res.write(chunk);
  res.end();
};

/**
 * Serves an Apollo Server over node:http with a body-size limit, a health endpoint, Prometheus
 * metrics at /metrics (for the internal network: the public ingress routes /graphql only) and
 * nothing else: no framework, so every byte that reaches GraphQL has passed these checks. Every
 * request runs in a server span that continues the caller's W3C trace.
 */
export const createGraphQLHandler = <C extends BaseContext>(server: ApolloServer<C>, options: GraphQLHttpOptions<C>) => {
  const path = options.path ?? '/graphql';
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/metrics' && req.method === 'GET') {
      await serveMetrics(res);
      return;
    }
    if (url.pathname === '/health') {
      try {
        await options.ready?.();
        sendJson(res, 200, { status: 'ok' });
      } catch {
        sendJson(res, 503, { status: 'unavailable' });
      }
      return;
    }
    const route = options.routes?.[url.pathname];
    if (route) {
      await route(req, res);
      return;
    }
    if (url.pathname !== path) {
      sendJson(res, 404, { errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    let raw: string;
    try {
      raw = req.method === 'POST' ? await readBody(req, options.maxBodyBytes) : '';
    } catch (error) {
      await write(res, error instanceof PayloadTooLarge ? tooLarge(options.maxBodyBytes) : MALFORMED_BODY);
      return;
    }
    await write(res, await answerGraphQL(server, options, req, req.method ?? 'GET', url.search, raw));
  };
  return (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    // Health checks and scrapes are not traced: they would drown the requests.
    if (path === '/health' || path === '/metrics') return handle(req, res);
    return withServerSpan(options.service, req, res, () => handle(req, res));
  };
};

/**
 * The same GraphQL endpoint for callers in this process (in-process.ts): a POST of `body` with
 * `headers`, handled as createGraphQLHandler handles it (body limit, server span, context from the
 * headers), answered with the status, headers and body HTTP would carry.
 */
export const inProcessGraphQL = <C extends BaseContext>(server: ApolloServer<C>, options: GraphQLHttpOptions<C, RequestHead>): InProcessEndpoint => {
  const url = options.path ?? '/graphql';
  return async ({ headers, body }) => {
    const res = { statusCode: 200 };
    let answer = INTERNAL_ERROR;
    await withServerSpan(options.service, { headers, method: 'POST', url }, res, async () => {
      try {
        answer = Buffer.byteLength(body) > options.maxBodyBytes ? tooLarge(options.maxBodyBytes) : await answerGraphQL(server, options, { headers }, 'POST', '', body);
      } catch {
        // Answered INTERNAL_ERROR, as listen() answers a handler that throws.
      }
      res.statusCode = answer.status;
    });
    let text = '';
    if (typeof answer.body === 'string') text = answer.body;
    else for await (const chunk of answer.body) text += chunk;
    return { status: answer.status, headers: Object.fromEntries(answer.headers), body: text };
  };
};

export interface Listening {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on host:port (0 = any free port) and reports the actual URL. */
export const listen = (
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  port: number,
  host = '127.0.0.1',
  path = '/graphql',
): Promise<Listening> =>
  new Promise((resolve, reject) => {
    const server: Server = createServer((req, res) => {
      handler(req, res).catch(() => {
        if (!res.headersSent) void write(res, INTERNAL_ERROR);
        else res.end();
      });
    });
    server.keepAliveTimeout = 65_000;
    // Bulk feeds stream for longer than Node's default 5-minute whole-request limit; headers must
    // still arrive within headersTimeout, and GraphQL bodies are capped by size.
    server.requestTimeout = 0;
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actual}${path}`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });

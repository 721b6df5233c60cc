import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * GraphQL endpoints this process serves, callable without a socket: when the subgraph host runs
 * beside the gateway or another subgraph that calls it, the call skips HTTP framing, the loopback
 * socket and two event-loop wake-ups, and nothing else. The caller sends the same headers and JSON
 * body it would POST, and the endpoint runs the same handling it runs for HTTP (body limit, server
 * span, context from the headers: gateway secret, token, purpose, access log), outside the caller's
 * async context, answering with the same status, headers and body. A subgraph registers its endpoint
 * only when asked to (`callInProcess`: `startSubgraphServices` asks when it starts several in one
 * process); everything else goes over HTTP.
 */
export interface InProcessRequest {
  /** Header names lower-case, as node:http gives them. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface InProcessResponse {
  readonly status: number;
  /** Header names lower-case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export type InProcessEndpoint = (request: InProcessRequest) => Promise<InProcessResponse>;

const endpoints = new Map<string, InProcessEndpoint>();

/**
 * Runs a function in the async context this module was loaded in (at start-up, no request's), so
 * that an endpoint called in process sees none of its caller's AsyncLocalStorage stores, as a
 * request from a socket would not: a caller inside a MikroORM transaction (TransactionContext)
 * would otherwise hand that transaction's EntityManager to another subgraph's ORM, which resolves
 * its context by the same name.
 */
const outsideTheCaller = AsyncLocalStorage.snapshot();

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '0.0.0.0']);

/** One key per endpoint however a loopback address is spelt (127.0.0.1, localhost, ...). */
const keyOf = (url: string | URL): string => {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  const host = LOOPBACK.has(parsed.hostname) ? 'loopback' : parsed.hostname;
  return `${parsed.protocol}//${host}:${parsed.port}${parsed.pathname}`;
};

/** Registers `endpoint` as the one serving `url` in this process; the returned function removes it. */
export const serveInProcess = (url: string, endpoint: InProcessEndpoint): (() => void) => {
  const key = keyOf(url);
  const isolated: InProcessEndpoint = (request) => outsideTheCaller(() => endpoint(request));
  endpoints.set(key, isolated);
  return () => {
    if (endpoints.get(key) === isolated) endpoints.delete(key);
  };
};

/** The endpoint serving `url` in this process, if one registered (none: call it over HTTP). */
export const inProcessEndpoint = (url: string | URL): InProcessEndpoint | undefined => (endpoints.size === 0 ? undefined : endpoints.get(keyOf(url)));

import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import { Agent } from 'undici';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { inProcessEndpoint } from '@usr/shared';

/**
 * A subgraph's response headers (names lower-case, as node:http gives them), read in place: the data
 * source asks for two of them, so the Map is built only if someone iterates or changes them.
 */
class ResponseHeaders implements FetcherHeaders {
  readonly #raw: IncomingHttpHeaders;
  #map: Map<string, string> | undefined;
  constructor(headers: IncomingHttpHeaders) {
    this.#raw = headers;
  }
  #all(): Map<string, string> {
    if (this.#map) return this.#map;
    const map = new Map<string, string>();
    for (const [name, value] of Object.entries(this.#raw)) {
      if (typeof value === 'string') map.set(name, value);
      else if (Array.isArray(value)) map.set(name, value.join(', '));
    }
    return (this.#map = map);
  }
  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const had = this.#all().get(key);
    this.#all().set(key, had === undefined ? value : `${had}, ${value}`);
  }
  delete(name: string): void {
    this.#all().delete(name.toLowerCase());
  }
  get(name: string): string | null {
    if (this.#map) return this.#map.get(name.toLowerCase()) ?? null;
    const value = this.#raw[name.toLowerCase()];
    return typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : null;
  }
  has(name: string): boolean {
    return this.get(name) !== null;
  }
  set(name: string, value: string): void {
    this.#all().set(name.toLowerCase(), value);
  }
  entries(): IterableIterator<[string, string]> {
    return this.#all().entries();
  }
  keys(): IterableIterator<string> {
    return this.#all().keys();
  }
  values(): IterableIterator<string> {
    return this.#all().values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.#all().entries();
  }
}

/**
 * The whole answer already read into memory, as the gateway's data source reads it (`ok`, a header,
 * then `json()` or `text()`): a WHATWG Response would wrap the buffer in a web stream and read it back
 * through it (undici and web streams were ≈ 12% of the gateway's CPU under load).
 */
class BufferedResponse implements FetcherResponse {
  readonly url: string;
  readonly redirected = false;
  readonly status: number;
  readonly ok: boolean;
  readonly statusText: string;
  readonly headers: ResponseHeaders;
  readonly #body: Buffer | string;
  #used = false;
  constructor(url: string, status: number, statusText: string, headers: ResponseHeaders, body: Buffer | string) {
    this.url = url;
    this.status = status;
    this.ok = status >= 200 && status < 300;
    this.statusText = statusText;
    this.headers = headers;
    this.#body = body;
  }
  get bodyUsed(): boolean {
    return this.#used;
  }
  #take(): Buffer | string {
    if (this.#used) throw new TypeError('Body has already been used');
    this.#used = true;
    return this.#body;
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const taken = this.#take();
    const body = typeof taken === 'string' ? Buffer.from(taken) : taken;
    return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
  }
  async text(): Promise<string> {
    const body = this.#take();
    return typeof body === 'string' ? body : body.toString('utf8');
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }
  clone(): BufferedResponse {
    if (this.#used) throw new TypeError('Body has already been used');
    return new BufferedResponse(this.url, this.status, this.statusText, this.headers, this.#body);
  }
}

/** Request headers as a plain object with lower-case names, as a subgraph's context reads them. */
const lowerCased = (headers: FetcherRequestInit['headers']): Record<string, string> => {
  const plain: Record<string, string> = {};
  if (!headers) return plain;
  const entries = Array.isArray(headers) || Symbol.iterator in headers ? (headers as Iterable<[string, string]>) : Object.entries(headers);
  for (const [name, value] of entries) plain[name.toLowerCase()] = value;
  return plain;
};

/**
 * How the gateway POSTs to subgraphs: undici's HTTP/1.1 client over kept-alive connections (one pool
 * per subgraph), the answer handed back read whole (BufferedResponse). @apollo/gateway's default
 * (make-fetch-happen over @npmcli/agent) spent more CPU per subgraph call than the call itself was
 * worth (profiled: proxy-agent checks that build an Error's stack on every request, header objects
 * rebuilt three times); node:http's ClientRequest, agent and socket bookkeeping still cost ≈ 1.5x
 * undici's per call (measured: BENCHMARKS.md, session 6). Each request is one write (headers and
 * body), Nagle off. Subgraphs are plain HTTP on the internal network; nothing here caches or retries.
 */
export const subgraphFetcher = (): Fetcher => {
  const dispatcher = new Agent({ pipelining: 1 });
  // A handful of subgraph URLs, each parsed once.
  const targets = new Map<string, { origin: string; path: string }>();
  const targetOf = (url: string) => {
    let target = targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      if (targets.size < 64) targets.set(url, target);
    }
    return target;
  };
  return async (url: string, init?: FetcherRequestInit) => {
    // A subgraph served by this very process (the subgraph host beside the gateway) is called
    // without a socket, with the same headers and body (@usr/shared's in-process endpoints).
    const local = inProcessEndpoint(url);
    if (local && typeof init?.body === 'string') {
      const answer = await local({ headers: lowerCased(init.headers), body: init.body });
      return new BufferedResponse(url, answer.status, STATUS_CODES[answer.status] ?? '', new ResponseHeaders(answer.headers), answer.body);
    }
    const signal = init?.signal as AbortSignal | undefined;
    const { statusCode, headers, body } = await dispatcher.request({
      ...targetOf(url),
      method: init?.method ?? 'POST',
      headers: init?.headers ?? {},
      body: init?.body ?? '',
      ...(signal ? { signal } : {}),
    });
    const payload = Buffer.from(await body.arrayBuffer());
    // No body on 204/304 (a Response would refuse one); subgraphs answer GraphQL with neither.
    return new BufferedResponse(url, statusCode, STATUS_CODES[statusCode] ?? '', new ResponseHeaders(headers), statusCode === 204 || statusCode === 304 ? Buffer.alloc(0) : payload);
  };
};

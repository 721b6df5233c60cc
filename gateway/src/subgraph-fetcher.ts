import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';

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
  readonly #body: Buffer;
  #used = false;
  constructor(url: string, status: number, statusText: string, headers: ResponseHeaders, body: Buffer) {
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
  #take(): Buffer {
    if (this.#used) throw new TypeError('Body has already been used');
    this.#used = true;
    return this.#body;
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const body = this.#take();
    return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
  }
  async text(): Promise<string> {
    return this.#take().toString('utf8');
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }
  clone(): BufferedResponse {
    if (this.#used) throw new TypeError('Body has already been used');
    return new BufferedResponse(this.url, this.status, this.statusText, this.headers, this.#body);
  }
}

/**
 * How the gateway POSTs to subgraphs: node:http over kept-alive sockets, the answer handed back
 * read whole (BufferedResponse). @apollo/gateway's default (make-fetch-happen over @npmcli/agent) spent more CPU
 * per subgraph call than the call itself was worth (profiled: proxy-agent checks that build an
 * Error's stack on every request, header objects rebuilt three times). Subgraphs are plain HTTP on
 * the internal network; nothing here caches or retries.
 */
export const subgraphFetcher = (): Fetcher => {
  // Node already sends each request as one write (headers and body) with Nagle off (TCP_NODELAY).
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity, scheduling: 'lifo' });
  // A handful of subgraph URLs, each parsed once.
  const targets = new Map<string, { protocol: string; hostname: string; port: string; path: string }>();
  const targetOf = (url: string) => {
    let target = targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      target = { protocol: parsed.protocol, hostname: parsed.hostname, port: parsed.port, path: `${parsed.pathname}${parsed.search}` };
      if (targets.size < 64) targets.set(url, target);
    }
    return target;
  };
  return (url: string, init?: FetcherRequestInit) =>
    new Promise((resolve, reject) => {
      const body = init?.body ?? '';
      const headers: Record<string, string | number> = { ...init?.headers };
      headers['content-length'] = Buffer.byteLength(body);
      const req = request(
        { ...targetOf(url), method: init?.method ?? 'POST', headers, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const status = res.statusCode ?? 502;
            // No body on 204/304 (a Response would refuse one); subgraphs answer GraphQL with neither.
            const payload = status === 204 || status === 304 ? Buffer.alloc(0) : Buffer.concat(chunks);
            resolve(new BufferedResponse(url, status, res.statusMessage ?? '', new ResponseHeaders(res.headers), payload));
          });
        },
      );
      req.on('error', reject);
      const signal = init?.signal as AbortSignal | undefined;
      signal?.addEventListener('abort', () => req.destroy(new Error('aborted')), { once: true });
      req.end(body);
    });
};

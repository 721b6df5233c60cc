import { Agent, request } from 'node:http';
import type { Fetcher, FetcherRequestInit } from '@apollo/utils.fetcher';

/**
 * How the gateway POSTs to subgraphs: node:http over kept-alive sockets, the answer handed back as a
 * WHATWG Response. @apollo/gateway's default (make-fetch-happen over @npmcli/agent) spent more CPU
 * per subgraph call than the call itself was worth (profiled: proxy-agent checks that build an
 * Error's stack on every request, header objects rebuilt three times). Subgraphs are plain HTTP on
 * the internal network; nothing here caches or retries.
 */
export const subgraphFetcher = (): Fetcher => {
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity, scheduling: 'lifo' });
  return (url: string, init?: FetcherRequestInit) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const body = init?.body ?? '';
      const headers: Record<string, string | number> = { ...init?.headers };
      headers['content-length'] = Buffer.byteLength(body);
      const req = request(
        { protocol: target.protocol, hostname: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: init?.method ?? 'POST', headers, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(res.headers)) {
              if (typeof value === 'string') responseHeaders.set(name, value);
              else if (Array.isArray(value)) for (const v of value) responseHeaders.append(name, v);
            }
            const status = res.statusCode ?? 502;
            // A Response refuses a body on 204/304; subgraphs answer GraphQL with neither, but be exact.
            const payload = status === 204 || status === 304 ? null : Buffer.concat(chunks);
            resolve(new Response(payload, { status, statusText: res.statusMessage ?? '', headers: responseHeaders }));
          });
        },
      );
      req.on('error', reject);
      const signal = init?.signal as AbortSignal | undefined;
      signal?.addEventListener('abort', () => req.destroy(new Error('aborted')), { once: true });
      req.end(body);
    });
};

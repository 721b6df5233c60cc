import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request the issuer answers with a plain status (bad content type, oversized body...). */
export class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
  }
}

const FORM = 'application/x-www-form-urlencoded';
const MAX_FORM_BYTES = 64 * 1024;

/** The form body of a POST (OAuth endpoints accept nothing else). */
export const readForm = async (req: IncomingMessage): Promise<URLSearchParams> => {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== FORM) throw new HttpError(415, `Expected ${FORM}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
};

/** GET parameters, or the form body of a POST (the authorization and logout endpoints take both). */
export const readParams = async (req: IncomingMessage, url: URL): Promise<URLSearchParams> =>
  req.method === 'POST' ? readForm(req) : url.searchParams;

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

export const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { 'content-type': 'application/json', ...NO_STORE, ...headers }).end(JSON.stringify(body));
};

// Pages are self-contained (inline CSS, no script), never framed, never cached.
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  ...NO_STORE,
};

export const sendHtml = (res: ServerResponse, status: number, html: string, headers: Record<string, string | string[]> = {}): void => {
  res.writeHead(status, { ...PAGE_HEADERS, ...headers }).end(html);
};

export const redirect = (res: ServerResponse, location: string, headers: Record<string, string | string[]> = {}): void => {
  res.writeHead(302, { location, ...NO_STORE, ...headers }).end();
};

export const parseCookies = (header: string | undefined): Map<string, string> => {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies.set(part.slice(0, index).trim(), part.slice(index + 1).trim());
  }
  return cookies;
};

export interface CookieOptions {
  readonly path: string;
  readonly secure: boolean;
  /** Seconds; 0 deletes the cookie; absent makes a browser-session cookie. */
  readonly maxAge?: number;
}

export const serializeCookie = (name: string, value: string, options: CookieOptions): string =>
  [
    `${name}=${value}`,
    `Path=${options.path}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(options.secure ? ['Secure'] : []),
    ...(options.maxAge !== undefined ? [`Max-Age=${options.maxAge}`] : []),
  ].join('; ');

export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { isAuthenticated, type Viewer } from '@usr/shared';

/** Requests per window: one budget per caller (token subject and client), anonymous callers by address. */
export interface RateLimitSettings {
  readonly windowSeconds: number;
  /** Per authenticated caller, unless their client has its own figure below. */
  readonly requests: number;
  /** Per network address, for calls without a token. */
  readonly anonymousRequests: number;
  /** Per client id (`azp`); 0 = not limited (e.g. the decision engine's sweeps). */
  readonly perClient: Readonly<Record<string, number>>;
}

/** RATE_LIMIT_CLIENTS: "decision-engine=0,agency-taxes=3000" -> { 'decision-engine': 0, 'agency-taxes': 3000 }. */
export const parseClientLimits = (text: string): Record<string, number> | undefined => {
  const entries = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => /^([A-Za-z0-9._-]+)=(\d+)$/.exec(part));
  if (entries.some((match) => match === null)) return undefined;
  return Object.fromEntries(entries.map((match) => [match?.[1] ?? '', Number(match?.[2])]));
};

/**
 * Per-caller limits at the gateway (rate-limiter-flexible, in memory: each gateway instance counts its
 * own callers, so N instances behind a balancer admit up to N times the figure). Checked once the
 * token is verified and before any planning or subgraph call; a refusal is HTTP 429 with Retry-After.
 */
export class CallerRateLimits {
  readonly #settings: RateLimitSettings;
  /** One limiter per distinct budget (rate-limiter-flexible fixes `points` per limiter). */
  readonly #limiters = new Map<number, RateLimiterMemory>();

  constructor(settings: RateLimitSettings) {
    this.#settings = settings;
  }

  /** Counts one request for the caller; throws the 429 GraphQL error when their budget is spent. */
  async admit(viewer: Viewer, req: IncomingMessage): Promise<void> {
    const [key, budget] = isAuthenticated(viewer)
      ? [`caller:${viewer.clientId}:${viewer.subject}`, this.#settings.perClient[viewer.clientId] ?? this.#settings.requests]
      : [`address:${req.socket.remoteAddress ?? 'unknown'}`, this.#settings.anonymousRequests];
    if (budget <= 0) return;
    try {
      await this.#limiterFor(budget).consume(key);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      throw new GraphQLError(`Too many requests: at most ${budget} every ${this.#settings.windowSeconds} s. Try again in ${retryAfter} s.`, {
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter, http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) } },
      });
    }
  }

  #limiterFor(points: number): RateLimiterMemory {
    let limiter = this.#limiters.get(points);
    if (!limiter) {
      limiter = new RateLimiterMemory({ points, duration: this.#settings.windowSeconds, keyPrefix: `gateway-${points}` });
      this.#limiters.set(points, limiter);
    }
    return limiter;
  }
}

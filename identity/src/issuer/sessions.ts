import { randomBytes } from 'node:crypto';
import type { Lifespans } from '../realm/realm-model.ts';

export const epochSeconds = (): number => Math.floor(Date.now() / 1000);

/** An opaque random identifier (session ids, codes, cookie values). */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/**
 * A bounded map whose entries expire: authorization codes, pending logins. Bounded so a long dev
 * run, or a script hammering /auth, cannot grow memory without limit (oldest entries go first).
 */
export class ExpiringMap<V> {
  readonly #entries = new Map<string, { value: V; expires: number }>();
  readonly #maxEntries: number;

  constructor(maxEntries = 10_000) {
    this.#maxEntries = maxEntries;
  }

  set(key: string, value: V, ttlSeconds: number): void {
    this.sweep();
    while (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    this.#entries.set(key, { value, expires: Date.now() + ttlSeconds * 1000 });
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= Date.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Get and remove: single-use values (authorization codes). */
  take(key: string): V | undefined {
    const value = this.get(key);
    this.#entries.delete(key);
    return value;
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  sweep(): void {
    const now = Date.now();
    for (const [key, entry] of this.#entries) if (entry.expires <= now) this.#entries.delete(key);
  }
}

export interface UserSession {
  /** `sid` / `session_state`. */
  readonly id: string;
  readonly userId: string;
  /** Epoch seconds. */
  readonly started: number;
  lastSeen: number;
  /** Keycloak user-session notes (AUTH_TIME for browser logins) read by note mappers. */
  readonly notes: Readonly<Record<string, string>>;
}

/** SSO sessions with Keycloak's idle and maximum lifespans. In memory: a restart logs everyone out. */
export class SessionStore {
  readonly #sessions = new Map<string, UserSession>();
  readonly #lifespans: Lifespans;
  readonly #maxSessions: number;

  constructor(lifespans: Lifespans, maxSessions = 10_000) {
    this.#lifespans = lifespans;
    this.#maxSessions = maxSessions;
  }

  create(userId: string, notes: Record<string, string> = {}): UserSession {
    if (this.#sessions.size >= this.#maxSessions) this.#sweep();
    while (this.#sessions.size >= this.#maxSessions) {
      const oldest = this.#sessions.keys().next().value;
      if (oldest === undefined) break;
      this.#sessions.delete(oldest);
    }
    const now = epochSeconds();
    // 18 random bytes: the 24-character shape of Keycloak's session ids.
    const session: UserSession = { id: randomToken(18), userId, started: now, lastSeen: now, notes };
    this.#sessions.set(session.id, session);
    return session;
  }

  /** The session if it is still active (neither idle too long nor past its maximum). */
  get(id: string | undefined): UserSession | undefined {
    if (!id) return undefined;
    const session = this.#sessions.get(id);
    if (!session) return undefined;
    if (this.expiresAt(session) <= epochSeconds()) {
      this.#sessions.delete(id);
      return undefined;
    }
    return session;
  }

  touch(session: UserSession): void {
    session.lastSeen = epochSeconds();
  }

  end(id: string): void {
    this.#sessions.delete(id);
  }

  /** When the session ends if unused: min(last use + idle, start + maximum). */
  expiresAt(session: UserSession): number {
    return Math.min(session.lastSeen + this.#lifespans.ssoSessionIdle, session.started + this.#lifespans.ssoSessionMax);
  }

  #sweep(): void {
    const now = epochSeconds();
    for (const [id, session] of this.#sessions) if (this.expiresAt(session) <= now) this.#sessions.delete(id);
  }
}

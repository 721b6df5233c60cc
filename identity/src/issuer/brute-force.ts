import type { RealmRepresentation } from '../realm/realm-file.ts';

/**
 * Keycloak's brute-force detection, as the realm file configures it, for the embedded issuer: the
 * same settings lock a user out of the same attempts in both issuers. Temporary lockout only
 * (`permanentLockout` is refused at start: people are not disabled by a guesser):
 * - failures older than `maxDeltaTimeSeconds` are forgotten;
 * - two failures within `quickLoginCheckMilliSeconds` lock for `minimumQuickLoginWaitSeconds`;
 * - every `failureFactor` failures lock for `waitIncrementSeconds` more, at most `maxFailureWaitSeconds`;
 * - while locked even the right password is refused, with the same answer as a wrong one;
 * - a successful sign-in clears the failures.
 */
export interface BruteForceSettings {
  readonly enabled: boolean;
  readonly failureFactor: number;
  readonly waitIncrementSeconds: number;
  readonly maxFailureWaitSeconds: number;
  readonly maxDeltaTimeSeconds: number;
  readonly quickLoginCheckMilliSeconds: number;
  readonly minimumQuickLoginWaitSeconds: number;
}

/** Keycloak's defaults for what a realm export leaves out. */
export const bruteForceSettings = (realm: RealmRepresentation): BruteForceSettings => {
  if (realm.bruteForceProtected === true && realm.permanentLockout === true) throw new Error('permanentLockout is not supported by the embedded issuer');
  return {
    enabled: realm.bruteForceProtected === true,
    failureFactor: realm.failureFactor ?? 30,
    waitIncrementSeconds: realm.waitIncrementSeconds ?? 60,
    maxFailureWaitSeconds: realm.maxFailureWaitSeconds ?? 900,
    maxDeltaTimeSeconds: realm.maxDeltaTimeSeconds ?? 43_200,
    quickLoginCheckMilliSeconds: realm.quickLoginCheckMilliSeconds ?? 1000,
    minimumQuickLoginWaitSeconds: realm.minimumQuickLoginWaitSeconds ?? 60,
  };
};

interface Failures {
  count: number;
  last: number;
  lockedUntil: number;
}

export class BruteForceGuard {
  readonly #settings: BruteForceSettings;
  readonly #now: () => number;
  readonly #failures = new Map<string, Failures>();

  constructor(settings: BruteForceSettings, now: () => number = Date.now) {
    this.#settings = settings;
    this.#now = now;
  }

  /** Is this user locked out now? */
  isLocked(userId: string): boolean {
    return this.#settings.enabled && (this.#failures.get(userId)?.lockedUntil ?? 0) > this.#now();
  }

  /** A wrong password for a known user. */
  failed(userId: string): void {
    const s = this.#settings;
    if (!s.enabled) return;
    const now = this.#now();
    const previous = this.#failures.get(userId);
    const fresh = previous !== undefined && now - previous.last <= s.maxDeltaTimeSeconds * 1000;
    const entry: Failures = fresh ? previous : { count: 0, last: 0, lockedUntil: 0 };
    const quick = fresh && now - entry.last < s.quickLoginCheckMilliSeconds;
    entry.count += 1;
    entry.last = now;
    const steps = Math.floor(entry.count / s.failureFactor);
    const wait = Math.min(steps * s.waitIncrementSeconds, s.maxFailureWaitSeconds);
    const lockSeconds = Math.max(wait, quick ? s.minimumQuickLoginWaitSeconds : 0);
    if (lockSeconds > 0) entry.lockedUntil = Math.max(entry.lockedUntil, now + lockSeconds * 1000);
    this.#failures.set(userId, entry);
  }

  /** A successful sign-in clears the user's failures. */
  succeeded(userId: string): void {
    this.#failures.delete(userId);
  }
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRealmFile, passwordToken, startEmbeddedIssuer, TokenRequestError, type EmbeddedIssuer } from '../src/index.ts';
import { BruteForceGuard, bruteForceSettings } from '../src/issuer/brute-force.ts';

/**
 * Issue #11: password guessing was unthrottled (`bruteForceProtected: false` in the realm file real
 * Keycloak imports). The realm now turns Keycloak's brute-force detection on with temporary lockout,
 * and the embedded issuer applies the same settings from the same file.
 */
const realm = loadRealmFile(undefined, null);
const settings = bruteForceSettings(realm);

const refusal = async (attempt: Promise<unknown>) => {
  try {
    await attempt;
    return 'granted';
  } catch (error) {
    if (error instanceof TokenRequestError) return error.error ?? error.message;
    throw error;
  }
};

describe('the realm file', () => {
  it('turns brute-force detection on, temporary lockout, with settings a guesser cannot outrun', () => {
    expect(realm).toMatchObject({ bruteForceProtected: true, permanentLockout: false });
    expect(settings.failureFactor).toBeGreaterThanOrEqual(3);
    expect(settings.failureFactor).toBeLessThanOrEqual(10);
    expect(settings.waitIncrementSeconds).toBeGreaterThanOrEqual(60);
    expect(settings.maxFailureWaitSeconds).toBeGreaterThanOrEqual(settings.waitIncrementSeconds);
    expect(settings.quickLoginCheckMilliSeconds).toBeGreaterThan(0);
    expect(settings.minimumQuickLoginWaitSeconds).toBeGreaterThanOrEqual(60);
  });
});

describe('the lockout rule (as Keycloak counts)', () => {
  it('locks after failureFactor slow failures, for waitIncrement, then lets the user in again', () => {
    let now = 1_000_000;
    const guard = new BruteForceGuard(settings, () => now);
    for (let i = 1; i < settings.failureFactor; i++) {
      guard.failed('u');
      expect(guard.isLocked('u'), `after ${i} failures`).toBe(false);
      now += settings.quickLoginCheckMilliSeconds + 1;
    }
    guard.failed('u');
    expect(guard.isLocked('u')).toBe(true);
    now += settings.waitIncrementSeconds * 1000 + 1;
    expect(guard.isLocked('u')).toBe(false);
  });

  it('locks two failures in quick succession, and a success clears the count', () => {
    let now = 1_000_000;
    const guard = new BruteForceGuard(settings, () => now);
    guard.failed('u');
    guard.succeeded('u');
    now += 10;
    guard.failed('u');
    expect(guard.isLocked('u')).toBe(false);
    now += 10;
    guard.failed('u');
    expect(guard.isLocked('u')).toBe(true);
    now += settings.minimumQuickLoginWaitSeconds * 1000 + 1;
    expect(guard.isLocked('u')).toBe(false);
  });
});

describe('the embedded issuer', () => {
  let issuer: EmbeddedIssuer;
  beforeAll(async () => {
    issuer = await startEmbeddedIssuer({ port: 0, dev: true });
  });
  afterAll(() => issuer.stop());

  it('refuses even the right password once a guesser has locked the user out, with the same answer', async () => {
    expect(await refusal(passwordToken(issuer.baseUrl, 'leyla', 'guess-1'))).toBe('invalid_grant');
    expect(await refusal(passwordToken(issuer.baseUrl, 'leyla'))).toBe('granted');
    expect(await refusal(passwordToken(issuer.baseUrl, 'leyla', 'guess-2'))).toBe('invalid_grant');
    expect(await refusal(passwordToken(issuer.baseUrl, 'leyla', 'guess-3'))).toBe('invalid_grant');
    expect(await refusal(passwordToken(issuer.baseUrl, 'leyla'))).toBe('invalid_grant');
    // Other users are not affected.
    expect(await refusal(passwordToken(issuer.baseUrl, 'aysel'))).toBe('granted');
  });
});

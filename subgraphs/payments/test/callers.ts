import type { TestTokenClaims } from '@usr/shared/testing';

/** Every caller but the decision engine's service account, for the refusal half of a role matrix. */
export const NOT_THE_ENGINE: ReadonlyArray<readonly [string, TestTokenClaims]> = [
  ['citizen', { roles: ['citizen'], pin: '5AZK7P2' }],
  ['caseworker', { roles: ['caseworker'], region: 'baku' }],
  ['auditor', { roles: ['auditor'] }],
  ['registry admin', { roles: ['registry-admin'] }],
  ['agency feed', { roles: ['agency-feed'], agency: 'taxes', serviceAccount: true }],
  // A person holding the engine's role by mistake is not the engine.
  ['person with the engine role', { roles: ['decision-engine'] }],
];

export const AUDITOR: TestTokenClaims = { roles: ['auditor'] };

/** Staff declare a purpose; refusals must not be down to a missing one. */
export const PURPOSE = { 'x-purpose-of-use': 'PAYROLL_AUDIT' };

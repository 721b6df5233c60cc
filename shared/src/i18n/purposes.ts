/**
 * Why staff and systems read personal data: a closed list of codes, not free text. The code travels
 * in the `x-purpose-of-use` header, is stored with every access-log entry, and each reader sees it
 * in their own language (catalogue `enum.PurposeOfUse.<CODE>`; the SDL enum PurposeOfUse in
 * schema/audit.graphql lists the same codes, checked by test/catalogue-coverage.test.ts).
 */
export const PURPOSES_OF_USE = [
  /** Caseworkers. */
  'TSA_APPLICATION_ASSESSMENT',
  'CORRECTION_REQUEST',
  'PERSON_ENQUIRY',
  'BENEFIT_REVIEW',
  /** Auditors. */
  'DECISION_AUDIT',
  'ACCESS_AUDIT',
  'COMPLAINT_INVESTIGATION',
  'PAYROLL_AUDIT',
  /** Appeals officers. */
  'APPEAL_REVIEW',
  /** Registry administrators. */
  'REGISTRY_ADMINISTRATION',
  /** Systems: the decision engine's automated processing (decisions, payroll, notifications). */
  'AUTOMATED_DECISION',
  /** A citizen seeing members of their own household (recorded, never declared). */
  'OWN_HOUSEHOLD',
] as const;
export type PurposeOfUse = (typeof PURPOSES_OF_USE)[number];

/** What a caller may declare in the header (OWN_HOUSEHOLD is recorded by the registry itself). */
export const DECLARABLE_PURPOSES: readonly PurposeOfUse[] = PURPOSES_OF_USE.filter((p) => p !== 'OWN_HOUSEHOLD');

export const isPurposeOfUse = (value: unknown): value is PurposeOfUse => typeof value === 'string' && (PURPOSES_OF_USE as readonly string[]).includes(value);

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
  /** A person downloading all their own data (recorded by the registry, never declared). */
  'OWN_DATA_EXPORT',
] as const;
export type PurposeOfUse = (typeof PURPOSES_OF_USE)[number];

/** Purposes the registry records itself, for a person's own or household reads: never declared. */
export const RECORDED_PURPOSES: readonly PurposeOfUse[] = ['OWN_HOUSEHOLD', 'OWN_DATA_EXPORT'];

/** What a caller may declare in the header. */
export const DECLARABLE_PURPOSES: readonly PurposeOfUse[] = PURPOSES_OF_USE.filter((p) => !RECORDED_PURPOSES.includes(p));

export const isPurposeOfUse = (value: unknown): value is PurposeOfUse => typeof value === 'string' && (PURPOSES_OF_USE as readonly string[]).includes(value);

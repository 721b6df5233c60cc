import { BENEFIT_TYPES, findBenefitType } from '../../domain/benefit-catalogue.ts';
import type { Viewer } from '../viewer.ts';
import { mayReadHealthOf } from './data.ts';

/**
 * The class "a benefit's type reveals health": a benefit whose eligibility rests on a health fact
 * (the catalogue's `revealsHealth`, data beside its rules, never a list in a resolver) tells anyone
 * who learns that a person applied for it, was decided on, is paid it or was sent an SMS about it
 * that the person has a disability. So every record of such a benefit (application, decision,
 * assignment, notification, appeal, payment, recovery) is a health datum of its person:
 *
 * - readable by whoever may read that person's health (mayReadHealthOf): the person themself, the
 *   engine, auditors, administrators, caseworkers and internal apps with the `health` scope;
 * - for anyone else it does not exist: left out of every list, queue and household view (so no
 *   count or "there are some you may not see" refusal betrays it) and refused by id or link with the
 *   refusal another person's record gets. Withholding only the type would leave a marked gap that
 *   says the same thing.
 */
export const benefitRevealsHealth = (benefitCode: string | null | undefined): boolean =>
  benefitCode !== null && benefitCode !== undefined && findBenefitType(benefitCode)?.revealsHealth === true;

/** May this caller learn of a record of this benefit about `personPin` (its record rule granted apart)? */
export const mayReadBenefitRecordOf = (viewer: Viewer, benefitCode: string | null | undefined, personPin: string): boolean =>
  !benefitRevealsHealth(benefitCode) || mayReadHealthOf(viewer, personPin);

/** The catalogue's benefits whose type reveals health, in catalogue order. */
export const HEALTH_BENEFIT_CODES: readonly string[] = BENEFIT_TYPES.filter((type) => type.revealsHealth).map((type) => type.code);

/**
 * The benefits whose records about `personPin` this caller may not learn of: for a store that pages
 * in SQL (a person's payments), so that a page leaves them out rather than coming back short.
 */
export const unlearnableBenefits = (viewer: Viewer, personPin: string): readonly string[] => (mayReadHealthOf(viewer, personPin) ? [] : HEALTH_BENEFIT_CODES);

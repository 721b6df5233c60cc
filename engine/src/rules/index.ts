import { BIRTH_GRANT_REASON_CODES, BIRTH_GRANT_STEP_CODES } from './birth-grant.ts';
import { CHILD_REASON_CODES, CHILD_STEP_CODES } from './child-under-one.ts';
import { DISABILITY_REASON_CODES, DISABILITY_STEP_CODES } from './disability.ts';
import { PENSION_REASON_CODES, PENSION_STEP_CODES } from './old-age-pension.ts';
import { SURVIVOR_REASON_CODES, SURVIVOR_STEP_CODES } from './survivor-pension.ts';
import { ADULT_REASONS, TSA_REASON_CODES, TSA_STEP_CODES } from './tsa.ts';
export * from './types.ts';
export * from './money.ts';
export * from './dates.ts';
export * from './registry.ts';
export { infantsOn, type TsaCase } from './tsa.ts';
export type { PersonCase } from './old-age-pension.ts';
export { kinshipToDeceased, type Kinship, type Survivor, type SurvivorCase } from './survivor-pension.ts';
export type { BirthCase } from './birth-grant.ts';
export type { ChildCase, ActiveTsa } from './child-under-one.ts';

export { ADULT_REASONS };

/** Every step code any rule emits, as data: the catalogue test requires `step.<CODE>` for each, in every language. */
export const STEP_CODES: readonly string[] = [...TSA_STEP_CODES, ...PENSION_STEP_CODES, ...DISABILITY_STEP_CODES, ...SURVIVOR_STEP_CODES, ...BIRTH_GRANT_STEP_CODES, ...CHILD_STEP_CODES];

/** Every reason code any rule decides with: the catalogue test requires `reason.<CODE>` for each. */
export const REASON_CODES: readonly string[] = [
  ...new Set([...TSA_REASON_CODES, ...PENSION_REASON_CODES, ...DISABILITY_REASON_CODES, ...SURVIVOR_REASON_CODES, ...BIRTH_GRANT_REASON_CODES, ...CHILD_REASON_CODES]),
];

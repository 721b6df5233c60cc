import { ASSIGNMENT_END_REASONS } from './flows/end-assignment.ts';
import { REDECISION_STEP_CODES } from './flows/redecide.ts';
import { REASSESS_STEP_CODES } from './flows/reassess-tsa.ts';
import { RERUN_STEP_CODES } from './flows/rerun-corrections.ts';
import { ADULT_REASONS, REASON_CODES, STEP_CODES } from './rules/index.ts';
import { SMS_KINDS } from './sms/index.ts';

/**
 * Every code the engine writes that a person will read, as data: the catalogue test
 * (test/catalogue-coverage.test.ts) requires a text for each in every language, so a new code
 * without its texts fails CI instead of reaching a page raw.
 */
export const ENGINE_TEXT_CODES = {
  /** `step.<CODE>`: every step code a rule or a correction emits. */
  steps: [...STEP_CODES, ...RERUN_STEP_CODES, ...REDECISION_STEP_CODES, ...REASSESS_STEP_CODES],
  /** `reason.<CODE>`: why a decision was made, or an assignment ended. */
  reasons: [...new Set([...REASON_CODES, ...ASSIGNMENT_END_REASONS])],
  /** `sms.<KIND>`: every SMS the engine sends. */
  sms: [...SMS_KINDS],
  /** The reasons TSA_ADULT_REASON names (a `select` inside its message). */
  adultReasons: [...ADULT_REASONS],
} as const;

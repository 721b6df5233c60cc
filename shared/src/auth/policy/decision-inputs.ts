import type { Viewer } from '../viewer.ts';
import type { PersonScope } from '../record-access.ts';
import { isHealthKind, mayReadHealthOf } from './data.ts';

/**
 * What a reader of a decision sees of one input the decision used. An input about a person is that
 * person's datum, whatever type it is reached through, so it follows that person's record rule:
 *
 * - `full`: the caller may read the person's full record: kind, figures, the fact and its id;
 * - `figures`: a citizen reading a decision about their household (a TSA applicant) and a fellow
 *   member's input: the kind and the figures the decision used, by member, but not the fact record
 *   (no fact id, no fact, no received-at): household members never read each other's facts;
 * - `hidden`: anything else, and health data the caller may not read (mayReadHealthOf): the input is
 *   left out of the list, and the decision's explanation, derived from it, is refused.
 * `scope` is what the record rule granted on the input's person (undefined when refused); an input
 * about no person (the household's size) is readable with the decision.
 */
export type InputView = 'full' | 'figures' | 'hidden';

export interface DecisionInputFacts {
  readonly kind: string;
  readonly subjectPin: string | null;
}

export const decisionInputView = (viewer: Viewer, input: DecisionInputFacts, scope: PersonScope | undefined): InputView => {
  if (input.subjectPin === null) return 'full';
  if (isHealthKind(input.kind) && !mayReadHealthOf(viewer, input.subjectPin)) return 'hidden';
  if (scope === 'full') return 'full';
  if (scope === 'basic') return 'figures';
  return 'hidden';
};

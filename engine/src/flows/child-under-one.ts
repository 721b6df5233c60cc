import type { EngineContext } from '../context.ts';
import { rules, type ActiveTsa, type RuleFact } from '../rules/index.ts';
import { recordOutcome, type RecordedOutcome } from './record-outcome.ts';

/**
 * The allowance for a child under one in a TSA family, paid to the TSA beneficiary, keyed
 * `CHILD_UNDER_ONE:<childPin>:<tsaAssignmentId>`. Only a grant is recorded (a proactive refusal is
 * no decision); undefined when nothing is granted or the allowance did not exist on the date.
 */
export const decideChildUnderOne = async (
  ctx: EngineContext,
  input: { childPin: string; birthDate: string; tsa: ActiveTsa | null; householdId: string | null; regionCode: string | null; birthFact?: RuleFact },
): Promise<RecordedOutcome | undefined> => {
  const result = rules.childUnderOne({ childPin: input.childPin, birthDate: input.birthDate, tsa: input.tsa, ...(input.birthFact ? { birthFact: input.birthFact } : {}) }, ctx.today());
  if (!result || result.outcome !== 'GRANTED' || !input.tsa) return undefined;
  return recordOutcome(ctx, result, {
    key: `CHILD_UNDER_ONE:${input.childPin}:${input.tsa.assignmentId}`,
    subjectPin: input.childPin,
    beneficiaryPin: input.tsa.beneficiaryPin,
    householdId: input.householdId,
    regionCode: input.regionCode,
  });
};

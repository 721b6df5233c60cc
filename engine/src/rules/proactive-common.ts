import { validOn } from './dates.ts';
import type { RuleFact } from './types.ts';

/** The latest fact of a kind that is true on `on` (latest validFrom, then latest recorded). */
export const latestOn = (facts: readonly RuleFact[], kind: string, on: string): RuleFact | undefined =>
  facts
    .filter((f) => f.kind === kind && validOn(f, on))
    .sort((a, b) => (a.validFrom === b.validFrom ? a.recordedAt.localeCompare(b.recordedAt) : a.validFrom.localeCompare(b.validFrom)))
    .at(-1);

/** Insured months of an INSURED_YEARS fact. */
export const insuredMonths = (fact: RuleFact | undefined): number =>
  fact ? Number(fact.value['years'] ?? 0) * 12 + Number(fact.value['months'] ?? 0) : 0;

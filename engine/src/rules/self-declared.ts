import { parseMoney } from './money.ts';
import type { RuleMember, RuleResult } from './types.ts';

/** What a result pays a month, in qəpik (a refusal pays nothing). */
const monthlyOf = (result: RuleResult): number => (result.outcome === 'GRANTED' && result.monthlyAmount ? parseMoney(result.monthlyAmount) : 0);

/** The members with only the facts agencies supplied. */
export const agencyFactsOnly = (members: readonly RuleMember[]): RuleMember[] => members.map((m) => ({ ...m, facts: m.facts.filter((f) => !f.selfDeclared) }));

/**
 * A self-declared fact may lower an amount, never raise one until an agency fact confirms it: the
 * rule decides twice, with every fact and with the agency facts only, and the lower result stands
 * (the agency-only one when they pay the same, so an explanation names declarations only when they
 * changed something). Undefined when the rule has no version for the case.
 */
export const withoutRaisingOnDeclarations = (members: readonly RuleMember[], decide: (members: readonly RuleMember[]) => RuleResult | undefined): RuleResult | undefined => {
  const all = decide(members);
  if (!members.some((m) => m.facts.some((f) => f.selfDeclared))) return all;
  const agency = decide(agencyFactsOnly(members));
  if (!all || !agency) return agency ?? all;
  return monthlyOf(all) < monthlyOf(agency) ? all : agency;
};

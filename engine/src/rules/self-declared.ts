import { parseMoney } from './money.ts';
import type { RuleFact, RuleMember, RuleResult } from './types.ts';

/** What a result pays a month, in qəpik (a refusal pays nothing). */
const monthlyOf = (result: RuleResult): number => (result.outcome === 'GRANTED' && result.monthlyAmount ? parseMoney(result.monthlyAmount) : 0);

/** The members with only the facts agencies supplied (and declarations an officer accepted, `counted`). */
export const agencyFactsOnly = (members: readonly RuleMember[], counted: ReadonlySet<string> = new Set()): RuleMember[] =>
  members.map((m) => ({ ...m, facts: m.facts.filter((f) => !f.selfDeclared || counted.has(f.id)) }));

/**
 * The household as its members declare it (HOUSEHOLD_CHANGE facts valid on `on`): a member who
 * LEFT is no longer counted; a person who JOINED or was BORN (with a PIN) is, with their own facts
 * (`joiners`). A birth without a PIN waits for the civil registry's BIRTH fact.
 */
export const withMembershipChanges = (members: readonly RuleMember[], changes: readonly RuleFact[], joiners: readonly RuleMember[], on: string): RuleMember[] => {
  const valid = changes.filter((c) => c.validFrom <= on && (c.validTo === null || c.validTo >= on));
  const left = new Set(valid.filter((c) => c.value['householdChange'] === 'LEFT').map((c) => String(c.value['memberPin'])));
  const kept = members.filter((m) => !left.has(m.person.pin));
  const present = new Set(members.map((m) => m.person.pin));
  const arriving = new Set(valid.filter((c) => c.value['householdChange'] !== 'LEFT').map((c) => String(c.value['memberPin'])));
  return [...kept, ...joiners.filter((j) => arriving.has(j.person.pin) && !present.has(j.person.pin) && !left.has(j.person.pin))];
};

/**
 * A self-declared fact may lower an amount, never raise one until an agency fact confirms it: the
 * rule decides twice, with every fact and with the agency facts only, and the lower result stands
 * (the agency-only one when they pay the same, so an explanation names declarations only when they
 * changed something). Undefined when the rule has no version for the case.
 */
export const withoutRaisingOnDeclarations = (
  members: readonly RuleMember[],
  decide: (members: readonly RuleMember[]) => RuleResult | undefined,
  // The household as declared and as the agencies (and accepted reviews) have it, when they differ.
  // `lowering`: every fact, with the declared leaves but only the confirmed joins (a leave applies at once when it lowers).
  households?: { readonly declared: readonly RuleMember[]; readonly agency: readonly RuleMember[]; readonly lowering: readonly RuleMember[] },
): RuleResult | undefined => {
  const all = decide(households?.declared ?? members);
  if (!households && !members.some((m) => m.facts.some((f) => f.selfDeclared))) return all;
  const agency = decide(households?.agency ?? agencyFactsOnly(members));
  if (!all || !agency) return agency ?? all;
  // The lowest stands; the agency-only result when they pay the same.
  const candidates = [agency, all, ...(households ? [decide(households.lowering)] : [])].filter((r): r is RuleResult => r !== undefined);
  return candidates.reduce((lowest, r) => (monthlyOf(r) < monthlyOf(lowest) ? r : lowest));
};

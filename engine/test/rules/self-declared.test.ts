import { describe, expect, it } from 'vitest';
import { rules, type RuleMember, type RuleResult } from '../../src/rules/index.ts';
import { withoutRaisingOnDeclarations } from '../../src/rules/self-declared.ts';
import { member } from './builders.ts';

/** Issue 13, item 2: a self-declared fact may lower an amount, never raise one until an agency confirms it. */
const on = '2025-01-20';
const decide = (members: readonly RuleMember[]): RuleResult | undefined => rules.tsa({ householdId: 'h', applicationDate: on, members });
const declared = (m: RuleMember, kind: string): RuleMember => ({ ...m, facts: m.facts.map((f) => (f.kind === kind ? { ...f, selfDeclared: true } : f)) });

describe('withoutRaisingOnDeclarations (TSA)', () => {
  const family = () => {
    const head = member('1985-01-01').unemployed();
    for (let m = 1; m <= 12; m++) head.income(`2024-${String(m).padStart(2, '0')}`, 100);
    return [head.build(), member('1987-01-01', 'SPOUSE').build(), member('2020-06-01', 'CHILD').build()];
  };

  it('counts a declared income that lowers the amount, and names it among the inputs', () => {
    const extra = member('1990-01-01', 'OTHER').unemployed();
    for (let m = 1; m <= 12; m++) extra.income(`2024-${String(m).padStart(2, '0')}`, 50);
    const members = [...family(), declared(extra.build(), 'INCOME')];
    const agencyOnly = decide([...family(), { ...extra.build(), facts: extra.build().facts.filter((f) => f.kind !== 'INCOME') }]);
    expect(agencyOnly?.outcome).toBe('GRANTED');
    const result = withoutRaisingOnDeclarations(members, decide);
    expect(result?.monthlyAmount).toBe(decide(members)?.monthlyAmount);
    expect(result?.inputs.filter((i) => i.summary.endsWith('(self-declared)'))).toHaveLength(12);
    expect(Number(result?.monthlyAmount)).toBeLessThan(Number(agencyOnly?.monthlyAmount));
  });

  it('ignores a declared study that would turn a refusal into a grant', () => {
    // An adult of 20 without a reason of their own: refused; a declared full-time study would excuse them.
    const student = member('2004-06-01', 'CHILD');
    const members = [...family(), declared(student.student(true, '2024-09-01').build(), 'STUDENT')];
    expect(decide(members)?.outcome).toBe('GRANTED');
    const result = withoutRaisingOnDeclarations(members, decide);
    expect(result).toMatchObject({ outcome: 'REFUSED', reasonCode: 'ABLE_BODIED_ADULT_WITHOUT_REASON' });
  });

  it('changes nothing when nothing was declared', () => {
    const members = family();
    expect(withoutRaisingOnDeclarations(members, decide)).toEqual(decide(members));
  });
});

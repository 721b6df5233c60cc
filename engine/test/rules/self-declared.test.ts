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

  it('counts the labour ministry\'s CARE record as an adult\'s reason, ends it with a later STOPPED, and never raises on a declared one', () => {
    // Two adults and no child under 8: the spouse has no reason of her own, so the family is refused
    // unless she cares for a person with a disability.
    const couple = () => {
      const head = member('1985-01-01').unemployed();
      for (let m = 1; m <= 12; m++) head.income(`2024-${String(m).padStart(2, '0')}`, 100);
      return { head, spouse: member('1987-01-01', 'SPOUSE') };
    };
    const none = couple();
    expect(decide([none.head.build(), none.spouse.build()])).toMatchObject({ outcome: 'REFUSED', reasonCode: 'ABLE_BODIED_ADULT_WITHOUT_REASON' });
    const caring = couple();
    caring.spouse.fact('CARE', { careChange: 'STARTED', caredForPin: 'AAAAAAA' }, '2023-01-01');
    const granted = decide([caring.head.build(), caring.spouse.build()]);
    expect(granted).toMatchObject({ outcome: 'GRANTED' });
    expect(granted?.steps.filter((s) => s.code === 'TSA_ADULT_REASON').map((s) => s.values?.['reason'])).toContain('CARER');
    expect(granted?.inputs.some((i) => i.kind === 'CARE')).toBe(true);
    const stopped = couple();
    stopped.spouse.fact('CARE', { careChange: 'STARTED', caredForPin: 'AAAAAAA' }, '2023-01-01').fact('CARE', { careChange: 'STOPPED', caredForPin: 'AAAAAAA' }, '2024-12-01');
    expect(decide([stopped.head.build(), stopped.spouse.build()])).toMatchObject({ outcome: 'REFUSED', reasonCode: 'ABLE_BODIED_ADULT_WITHOUT_REASON' });
    // Declared by the spouse herself: it would excuse her, so it waits for review (the refusal stands).
    const declaredCare = couple();
    declaredCare.spouse.fact('CARE', { careChange: 'STARTED', caredForPin: 'AAAAAAA' }, '2023-01-01');
    const members = [declaredCare.head.build(), declared(declaredCare.spouse.build(), 'CARE')];
    expect(decide(members)?.outcome).toBe('GRANTED');
    expect(withoutRaisingOnDeclarations(members, decide)).toMatchObject({ outcome: 'REFUSED', reasonCode: 'ABLE_BODIED_ADULT_WITHOUT_REASON' });
  });

  it('changes nothing when nothing was declared', () => {
    const members = family();
    expect(withoutRaisingOnDeclarations(members, decide)).toEqual(decide(members));
  });
});

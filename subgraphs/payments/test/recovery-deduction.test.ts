import { describe, expect, it } from 'vitest';
import { findBenefitType, parameterOn } from '@usr/shared';
import { deductionQepik } from '../src/recovery/recovery-deduction.ts';

/** The share withheld from a payment to recover an overpayment, with the catalogue's own share and floor. */
const recourse = (name: string) => parameterOn(findBenefitType('TSA')?.parameters.find((p) => p.name === name) ?? { name, unit: 'SHARE', description: '', values: [] }, '2026-12-01')?.value ?? NaN;

describe('recovery deduction', () => {
  const share = recourse('recoveryShare');
  const floor = Math.round(recourse('recoveryFloor') * 100);

  it('withholds the share of a payment, at most what is left to recover', () => {
    const gross = floor * 10;
    expect(deductionQepik(gross, Number.MAX_SAFE_INTEGER, share, floor)).toBe(Math.floor(gross * share));
    expect(deductionQepik(gross, 123, share, floor)).toBe(123);
  });

  it('never leaves a payment below the floor, and takes nothing from a payment at or under it', () => {
    const gross = floor + 10;
    expect(deductionQepik(gross, Number.MAX_SAFE_INTEGER, share, floor)).toBe(Math.min(Math.floor(gross * share), 10));
    expect(gross - deductionQepik(gross, Number.MAX_SAFE_INTEGER, share, floor)).toBeGreaterThanOrEqual(floor);
    expect(deductionQepik(floor, Number.MAX_SAFE_INTEGER, share, floor)).toBe(0);
    expect(deductionQepik(floor - 1, Number.MAX_SAFE_INTEGER, share, floor)).toBe(0);
  });

  it('reads a share and a floor for every benefit, dated', () => {
    for (const code of ['TSA', 'OLD_AGE_PENSION', 'DISABILITY_PENSION', 'SURVIVOR_PENSION', 'DISABILITY_ALLOWANCE', 'BIRTH_GRANT', 'CHILD_UNDER_ONE']) {
      const names = findBenefitType(code)?.parameters.map((p) => p.name);
      expect(names).toEqual(expect.arrayContaining(['recoveryShare', 'recoveryFloor', 'appealWorkingDays', 'reviewWorkingDays']));
    }
  });
});

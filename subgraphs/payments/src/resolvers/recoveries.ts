import type { Resolvers } from '../generated/resolvers-types.ts';
import { deductionsOf } from '../recovery/recovery-service.ts';

const money = (qepik: number): string => (qepik / 100).toFixed(2);

/** Recoveries: read through Person.recoveries (the person rules); amounts as Money strings. */
export const recoveryResolvers: Pick<Resolvers, 'Recovery' | 'RecoveryDeduction'> = {
  Recovery: {
    amount: (r) => money(Math.round(Number(r.amount) * 100)),
    recovered: (r) => money(Math.round(Number(r.recovered) * 100)),
    remaining: (r) => money(Math.round(Number(r.amount) * 100) - Math.round(Number(r.recovered) * 100)),
    createdAt: (r) => r.createdAt,
    deductions: (r, _, ctx) => deductionsOf(ctx, r),
  },
  RecoveryDeduction: {
    amount: (d) => money(Math.round(Number(d.amount) * 100)),
  },
};

export * from './types.ts';
export * from './money.ts';
export * from './dates.ts';
export * from './registry.ts';
export { infantsOn, type TsaCase } from './tsa.ts';
export type { PersonCase } from './old-age-pension.ts';
export type { SurvivorCase } from './survivor-pension.ts';
export type { BirthCase } from './birth-grant.ts';
export type { ChildCase, ActiveTsa } from './child-under-one.ts';

export * from './pin.ts';
export * from './geography.ts';
export * from './agencies.ts';
export * from './fact-kinds.ts';
export * from './benefit-catalogue.ts';
export * from './calendar.ts';
export * from './banks.ts';
export * from './explanations.ts';
// rules-core (issue #15): legal basis and coverage of parameter versions
export * from './legal-basis.ts';
export * from './parameter-coverage.ts';
export * from './legal-acts.ts';

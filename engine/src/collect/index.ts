export * from './facts.ts';
export * from './person.ts';
export * from './household.ts';

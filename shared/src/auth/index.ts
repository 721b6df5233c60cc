export * from './errors.ts';
export * from './viewer.ts';
export * from './token-verifier.ts';

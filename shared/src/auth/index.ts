export * from './errors.ts';
export * from './viewer.ts';
export * from './token-verifier.ts';
export * from './field-rules.ts';
export * from './enforce-directives.ts';
export * from './access-recorder.ts';
export * from './record-access.ts';
export * from './http-directory.ts';

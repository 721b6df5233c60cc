export * from './access-log-chain.ts';
export * from './access-log-recorder.ts';

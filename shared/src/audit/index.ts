export * from './access-log-chain.ts';
export * from './access-log-recorder.ts';
export * from './chain-checkpoint.ts';
export * from './checkpoint-table.ts';
export * from './chain-requests.ts';
export * from './chain-cli.ts';
export * from './reported-access.ts';

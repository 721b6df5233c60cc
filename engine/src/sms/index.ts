export * from './templates.ts';
export * from './provider.ts';
export { DevSmsProvider } from './dev-provider.ts';
export { HttpSmsProvider, type HttpSmsOptions } from './http-provider.ts';

import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { azerbaijaniIban, developmentDefaults, EnvironmentError, parseEnvironment } from '@usr/shared';
import { gatewayEnvironmentSchema } from '@usr/gateway';
import { personsEnvironmentSchema } from '@usr/persons';
import { householdsEnvironmentSchema } from '@usr/households';
import { factsEnvironmentSchema } from '@usr/agency-facts';
import { benefitsEnvironmentSchema } from '@usr/benefits';
import { paymentsEnvironmentSchema } from '@usr/payments';
import { auditEnvironmentSchema } from '@usr/audit';
import { engineEnvironmentSchema } from '../engine/src/environment.ts';
import { portalEnvironmentSchema } from '../portal/src/server/environment.ts';
import { TREASURY_ACCOUNT } from '../subgraphs/payments/src/export/treasury-account.ts';

const SERVICES: Record<string, z.ZodType> = {
  gateway: gatewayEnvironmentSchema,
  persons: personsEnvironmentSchema,
  households: householdsEnvironmentSchema,
  'agency-facts': factsEnvironmentSchema,
  benefits: benefitsEnvironmentSchema,
  payments: paymentsEnvironmentSchema,
  audit: auditEnvironmentSchema,
  engine: engineEnvironmentSchema,
  portal: portalEnvironmentSchema,
};

/** What a deployment sets: every development default replaced by a real-looking value. */
const PRODUCTION: Record<string, string> = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://registry:secret@db.internal:5432/registry',
  KEYCLOAK_URL: 'https://id.registry.example',
  GATEWAY_SHARED_SECRET: 'k3q9-a-real-random-gateway-secret',
  GATEWAY_URL: 'http://gateway:4000/graphql',
  PERSONS_URL: 'http://persons:4001/graphql',
  HOUSEHOLDS_URL: 'http://households:4002/graphql',
  FACTS_URL: 'http://agency-facts:4003/graphql',
  BENEFITS_URL: 'http://benefits:4004/graphql',
  PAYMENTS_URL: 'http://payments:4005/graphql',
  AUDIT_URL: 'http://audit:4006/graphql',
  ENGINE_CLIENT_SECRET: 'a-real-engine-client-secret',
  SMS_PROVIDER: 'http',
  SMS_HTTP_URL: 'https://sms.example/send',
  SMS_HTTP_TOKEN: 'sms-token',
  TREASURY_NAME: TREASURY_ACCOUNT.name,
  TREASURY_TAX_ID: '1400057421',
  TREASURY_IBAN: azerbaijaniIban('NABZ', '00000000137010009999'),
  BANK_API_URL: 'https://bank.example/registry-api/',
  BANK_API_KEY: 'an-operator-issued-bank-api-key',
  CHAIN_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
};

const problemsOf = (service: string, env: Record<string, string | undefined>): string[] => {
  try {
    parseEnvironment(service, SERVICES[service] as z.ZodType, env);
    return [];
  } catch (error) {
    if (error instanceof EnvironmentError) return error.problems;
    throw error;
  }
};

const without = (name: string): Record<string, string> => Object.fromEntries(Object.entries(PRODUCTION).filter(([key]) => key !== name));

describe('production refuses development defaults (shared environment loader)', () => {
  it.each(Object.keys(SERVICES))('%s starts with a full production environment, and with no settings at all outside production', (service) => {
    expect(problemsOf(service, PRODUCTION)).toEqual([]);
    expect(problemsOf(service, { DATABASE_URL: PRODUCTION['DATABASE_URL'] })).toEqual([]);
  });

  // Every variable a service marks as development-only, read from its schema: unset, and (for
  // development stand-ins) set to the development value, production refuses it and says what to set.
  const marked = Object.entries(SERVICES).flatMap(([service, schema]) => developmentDefaults(schema).map((mark) => [service, mark.name, mark] as const));
  it.each(marked)('%s refuses %s left to its development default', (service, name, mark) => {
    const problems = problemsOf(service, without(name));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${name}: not set, and its default is for development only; in production set .*${name}`))]);
    if (mark.refuseValue) {
      const explicit = problemsOf(service, { ...PRODUCTION, [name]: mark.value });
      expect(explicit).toEqual([`${name}=${mark.value} is for development only; in production set ${explicit[0]?.split('in production set ')[1] ?? ''}`]);
    }
  });

  it('covers the guards the issue names: dev SMS provider, placeholder treasury account, dev secrets, embedded issuer', () => {
    const names = new Set(marked.map(([service, name]) => `${service}:${name}`));
    for (const guard of ['audit:CHAIN_SIGNING_KEY', 'benefits:CHAIN_SIGNING_KEY', 'engine:SMS_PROVIDER', 'payments:TREASURY_IBAN', 'payments:TREASURY_TAX_ID', 'payments:BANK_API_URL', 'payments:BANK_API_KEY', 'gateway:GATEWAY_SHARED_SECRET', 'persons:GATEWAY_SHARED_SECRET', 'engine:ENGINE_CLIENT_SECRET', 'gateway:KEYCLOAK_URL', 'engine:KEYCLOAK_URL', 'portal:KEYCLOAK_URL']) {
      expect(names, guard).toContain(guard);
    }
    expect(problemsOf('engine', { ...PRODUCTION, SMS_PROVIDER: 'dev' })).toEqual(['SMS_PROVIDER=dev is for development only; in production set SMS_PROVIDER=http with SMS_HTTP_URL and SMS_HTTP_TOKEN.']);
    expect(problemsOf('payments', { ...PRODUCTION, TREASURY_IBAN: TREASURY_ACCOUNT.iban })[0]).toMatch(/^TREASURY_IBAN=\S+ is for development only; in production set TREASURY_IBAN and TREASURY_TAX_ID to the account the State Treasury issued\.$/);
    expect(problemsOf('gateway', { ...PRODUCTION, KEYCLOAK_URL: 'http://localhost:8080' })[0]).toMatch(/embedded issuer is for development only/);
  });

  it('refuses any dev-only-* secret set explicitly, without printing it', () => {
    const problems = problemsOf('engine', { ...PRODUCTION, ENGINE_CLIENT_SECRET: 'dev-only-decision-engine-secret', GATEWAY_SHARED_SECRET: 'dev-only-gateway-shared-secret' });
    expect(problems).toEqual([
      "ENGINE_CLIENT_SECRET: a dev-only-* development value is refused in production; in production set ENGINE_CLIENT_SECRET to the decision-engine client's secret in Keycloak.",
    ]);
    const gateway = problemsOf('gateway', { ...PRODUCTION, GATEWAY_SHARED_SECRET: 'dev-only-gateway-shared-secret' });
    expect(gateway).toHaveLength(1);
    expect(gateway[0]).toMatch(/^GATEWAY_SHARED_SECRET: a dev-only-\* development value is refused/);
    expect(gateway.join()).not.toContain('dev-only-gateway-shared-secret');
  });

  it('lists every refusal at once, so an operator fixes them in one go', () => {
    const problems = problemsOf('payments', { NODE_ENV: 'production', DATABASE_URL: PRODUCTION['DATABASE_URL'] });
    expect(problems.map((p) => p.split(/[:=]/)[0]).sort()).toEqual(['BANK_API_KEY', 'BANK_API_URL', 'GATEWAY_SHARED_SECRET', 'HOUSEHOLDS_URL', 'KEYCLOAK_URL', 'PERSONS_URL', 'TREASURY_IBAN', 'TREASURY_TAX_ID']);
  });
});

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const runToExit = (script: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', script], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Loading a service takes seconds on a busy machine; a service that did start would hang here.
    const timer = setTimeout(() => child.kill('SIGKILL'), 100_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });

describe('the services refuse to start in production (spawned)', () => {
  it('the engine with the development SMS provider, the payments subgraph with the placeholder account, the gateway with the dev secret, the portal with the embedded issuer, and the embedded issuer itself', async () => {
    const [engine, payments, gateway, portal, issuer] = await Promise.all([
      runToExit('engine/src/main.ts', { ...PRODUCTION, SMS_PROVIDER: 'dev' }),
      runToExit('subgraphs/payments/src/main.ts', without('TREASURY_IBAN')),
      runToExit('gateway/src/main.ts', without('GATEWAY_SHARED_SECRET')),
      runToExit('portal/src/server/main.ts', { ...PRODUCTION, KEYCLOAK_URL: 'http://localhost:8080' }),
      runToExit('identity/src/main.ts', { NODE_ENV: 'production', EMBEDDED_ISSUER: 'dev', ISSUER_PORT: '0' }),
    ]);
    for (const run of [engine, payments, gateway, portal, issuer]) expect(run.code).toBe(78); // EX_CONFIG
    expect(engine.stderr).toContain('SMS_PROVIDER=dev is for development only; in production set SMS_PROVIDER=http');
    expect(payments.stderr).toContain('TREASURY_IBAN: not set, and its default is for development only; in production set TREASURY_IBAN and TREASURY_TAX_ID');
    expect(gateway.stderr).toContain('GATEWAY_SHARED_SECRET: not set');
    expect(portal.stderr).toContain('KEYCLOAK_URL=http://localhost:8080 is for development only; in production set KEYCLOAK_URL to your Keycloak');
    expect(issuer.stderr).toContain('never runs with NODE_ENV=production');
  }, 150_000);
});

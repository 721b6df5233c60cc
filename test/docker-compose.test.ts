import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseEnvironment } from '@usr/shared';
import { gatewayEnvironmentSchema, SUBGRAPHS } from '@usr/gateway';
import { personsEnvironmentSchema } from '@usr/persons';
import { householdsEnvironmentSchema } from '@usr/households';
import { factsEnvironmentSchema } from '@usr/agency-facts';
import { benefitsEnvironmentSchema } from '@usr/benefits';
import { paymentsEnvironmentSchema } from '@usr/payments';
import { auditEnvironmentSchema } from '@usr/audit';

interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
}
/** What an operator sets for the `${NAME:?…}` variables compose requires (any valid value). */
const OPERATOR_VALUES: Readonly<Record<string, string>> = {
  PAYMENTS_DEBTOR_NAME: 'Ministry of Labour and Social Protection of Population',
  PAYMENTS_DEBTOR_TAX_ID: '1234567891',
  PAYMENTS_DEBTOR_IBAN: 'AZ37NABZ01350100000000001944',
  PAYMENTS_DEBTOR_BIC: 'NABZAZ2C',
  BANK_API_URL: 'https://bank.example/registry-api/',
  BANK_API_KEY: 'an-operator-issued-bank-api-key',
};
const interpolated = (env: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.replace(/^\$\{(\w+):\?[^}]*\}$/, (whole, name: string) => OPERATOR_VALUES[name] ?? whole)]));

const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };
const ENV_SCHEMAS = {
  persons: personsEnvironmentSchema,
  households: householdsEnvironmentSchema,
  'agency-facts': factsEnvironmentSchema,
  benefits: benefitsEnvironmentSchema,
  payments: paymentsEnvironmentSchema,
  audit: auditEnvironmentSchema,
} as const;

// docker-compose.yml cannot run here; this keeps it in step with the code it describes.
describe('docker-compose.yml', () => {
  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))('runs subgraph %s on its port with an environment its schema accepts', (name, entry) => {
    const service = compose.services[name];
    expect(service?.command).toEqual(['node', `subgraphs/${name}/src/main.ts`]);
    const env = interpolated(service?.environment ?? {});
    expect(env['PORT']).toBe(String(entry.defaultPort));
    expect(env[entry.databaseVariable]).toMatch(/^postgres:\/\//);
    const parsed = parseEnvironment(name, ENV_SCHEMAS[name as keyof typeof ENV_SCHEMAS], env) as { port: number; production: boolean };
    expect(parsed).toMatchObject({ port: entry.defaultPort, production: true });
  });

  it('points the gateway at every subgraph by its service name', () => {
    const env = compose.services['gateway']?.environment ?? {};
    for (const entry of SUBGRAPHS) expect(env[entry.urlVariable]).toBe(`http://${entry.name}:${entry.defaultPort}/graphql`);
    const parsed = parseEnvironment('gateway', gatewayEnvironmentSchema, env);
    expect(parsed.production).toBe(true);
  });
});

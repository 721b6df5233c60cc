import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseEnvironment, SERVICE_NODE_FLAGS } from '@usr/shared';
import { gatewayEnvironmentSchema, SUBGRAPHS } from '@usr/gateway';
import { personsEnvironmentSchema } from '@usr/persons';
import { householdsEnvironmentSchema } from '@usr/households';
import { factsEnvironmentSchema } from '@usr/agency-facts';
import { benefitsEnvironmentSchema } from '@usr/benefits';
import { paymentsEnvironmentSchema } from '@usr/payments';
import { auditEnvironmentSchema } from '@usr/audit';
import { engineEnvironmentSchema } from '../engine/src/environment.ts';

interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
}
const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };

/** What an operator's .env gives `${NAME}` / `${NAME:?…}` / `${NAME:-…}` (values that pass each check, none a dev default). */
const DEPLOYMENT: Record<string, string> = {
  POSTGRES_PASSWORD: 'a-real-password',
  GATEWAY_SHARED_SECRET: 'a-real-random-gateway-secret',
  DECISION_ENGINE_CLIENT_SECRET: 'a-real-engine-secret',
  TREASURY_TAX_ID: '1400057421',
  TREASURY_IBAN: 'AZ10NABZ00000000137010009999',
  BANK_API_URL: 'https://bank.example/registry-api/',
  BANK_API_KEY: 'an-operator-issued-bank-api-key',
  SMS_HTTP_URL: 'https://sms.example/send',
  SMS_HTTP_TOKEN: 'sms-token',
  TRACES_BACKEND_ENDPOINT: 'tempo:4317',
  CHAIN_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
};
/** docker compose's interpolation: a variable missing from DEPLOYMENT fails the test rather than passing as text. */
const environmentOf = (service: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(compose.services[service]?.environment ?? {}).map(([name, value]) => [
      name,
      String(value).replace(/\$\{([A-Z0-9_]+)(?::?[-?][^}]*)?\}/g, (_, variable: string) => {
        const given = DEPLOYMENT[variable];
        if (given === undefined) throw new Error(`docker-compose.yml uses \${${variable}}: add a deployment value to this test`);
        return given;
      }),
    ]),
  );
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
    expect(service?.command).toEqual([`subgraphs/${name}/src/main.ts`]);
    const env = environmentOf(name);
    expect(env['PORT']).toBe(String(entry.defaultPort));
    expect(env[entry.databaseVariable]).toMatch(/^postgres:\/\//);
    const parsed = parseEnvironment(name, ENV_SCHEMAS[name as keyof typeof ENV_SCHEMAS], env) as { port: number; production: boolean };
    expect(parsed).toMatchObject({ port: entry.defaultPort, production: true });
  });

  it('runs every Node service through the image\'s entry point: node with the flags npm start uses', () => {
    const entrypoint = /^ENTRYPOINT (.+)$/m.exec(readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8'))?.[1];
    expect(JSON.parse(entrypoint ?? 'null')).toEqual(['node', ...SERVICE_NODE_FLAGS]);
    // Each command is the script alone (a leading "node" would become the script's name).
    for (const name of [...SUBGRAPHS.map((s) => s.name), 'gateway', 'engine', 'migrate']) {
      const [script, ...rest] = compose.services[name]?.command ?? [];
      expect(rest).toEqual([]);
      expect(existsSync(new URL(`../${script ?? ''}`, import.meta.url))).toBe(true);
    }
  });

  it('points the gateway at every subgraph by its service name', () => {
    const env = environmentOf('gateway');
    for (const entry of SUBGRAPHS) expect(env[entry.urlVariable]).toBe(`http://${entry.name}:${entry.defaultPort}/graphql`);
    const parsed = parseEnvironment('gateway', gatewayEnvironmentSchema, env);
    expect(parsed.production).toBe(true);
  });

  it('sends every service\'s traces to the collector, and Prometheus scrapes every service\'s /metrics', () => {
    const nodeServices = [...SUBGRAPHS.map((s) => s.name), 'gateway', 'engine'];
    for (const name of nodeServices) expect(environmentOf(name)['OTEL_EXPORTER_OTLP_ENDPOINT'], name).toBe('http://otel-collector:4318');
    const mount = (service: string) => {
      const [source, target] = (compose.services[service]?.volumes?.[0] ?? '').split(':');
      expect(existsSync(new URL(`../${source ?? ''}`, import.meta.url)), `${service} config ${source ?? ''}`).toBe(true);
      return { source: source ?? '', target };
    };
    const collector = parse(readFileSync(new URL(`../${mount('otel-collector').source}`, import.meta.url), 'utf8')) as { receivers: { otlp: { protocols: { http: { endpoint: string } } } }; service: { pipelines: { traces: { receivers: string[] } } } };
    expect(collector.receivers.otlp.protocols.http.endpoint).toBe('0.0.0.0:4318');
    expect(collector.service.pipelines.traces.receivers).toContain('otlp');
    const prometheus = parse(readFileSync(new URL(`../${mount('prometheus').source}`, import.meta.url), 'utf8')) as { scrape_configs: { static_configs: { targets: string[] }[] }[] };
    const targets = prometheus.scrape_configs.flatMap((c) => c.static_configs.flatMap((t) => t.targets));
    for (const entry of SUBGRAPHS) expect(targets).toContain(`${entry.name}:${entry.defaultPort}`);
    expect(targets).toContain('gateway:4000');
    const engine = parseEnvironment('engine', engineEnvironmentSchema, environmentOf('engine'));
    expect(targets).toContain(`engine:${engine.metrics.port}`);
  });

  it('runs the engine with a production environment (real SMS provider, no development default)', () => {
    const parsed = parseEnvironment('engine', engineEnvironmentSchema, environmentOf('engine'));
    expect(parsed).toMatchObject({ production: true, gatewayUrl: 'http://gateway:4000/graphql', sms: { provider: 'http' } });
  });
});

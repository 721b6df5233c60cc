import { z } from 'zod';

/**
 * Each service declares its environment as a zod object; `loadEnvironment` parses `process.env`
 * once at boot and reports EVERY problem before exiting, so an operator fixes them in one go.
 * Nothing else reads process.env.
 */
export class EnvironmentError extends Error {
  readonly problems: string[];
  constructor(service: string, problems: string[]) {
    super(`${service}: invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvironmentError';
    this.problems = problems;
  }
}

export const parseEnvironment = <S extends z.ZodType>(
  service: string,
  schema: S,
  env: EnvironmentVariables = process.env,
): z.infer<S> => {
  const refused = productionRefusals(schema, env);
  const result = schema.safeParse(env);
  if (result.success && refused.length === 0) return result.data;
  const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new EnvironmentError(service, [...refused, ...problems]);
};

/** The variables an environment is read from: `process.env`, or one subgraph's view of it in the subgraph host. */
export type EnvironmentVariables = Readonly<Record<string, string | undefined>>;

/** Parse or print every problem and exit: for process entry points. */
export const loadEnvironment = <S extends z.ZodType>(service: string, schema: S, env: EnvironmentVariables = process.env): z.infer<S> => {
  try {
    return parseEnvironment(service, schema, env);
  } catch (error) {
    if (error instanceof EnvironmentError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
};

/**
 * Development-only defaults (OpenCRVS's `devDefault`), marked on the schema so that ONE check, here,
 * refuses them wherever a service declares one: with NODE_ENV=production the variable must be set,
 * and for `devOnly` it must be set to something else than the development value. Any value that
 * starts with `dev-only-` (the realm file's and our dev secrets) is refused in production too.
 */
interface DevOnlyDefault {
  readonly value: string;
  /** What to set instead, for the operator: "SMS_PROVIDER=http with SMS_HTTP_URL and SMS_HTTP_TOKEN". */
  readonly set: string | undefined;
  /** The development value itself is refused in production, not only its absence. */
  readonly refuseValue: boolean;
}
const devDefaults = z.registry<DevOnlyDefault>();
const DEV_ONLY_PREFIX = 'dev-only-';

const marked = <T extends z.ZodType>(schema: T, mark: DevOnlyDefault) => {
  const withDefault = schema.default(mark.value as never);
  devDefaults.add(withDefault, mark);
  return withDefault;
};

/** A default that applies outside production only: in production the variable must be set. */
export const devDefault = <T extends z.ZodType>(schema: T, value: z.input<T> & string, set?: string) => marked(schema, { value, set, refuseValue: false });

/**
 * A development stand-in (the dev SMS provider, the embedded issuer, a placeholder account):
 * production refuses it whether it is defaulted or set explicitly. `set` says what to set instead.
 */
export const devOnly = <T extends z.ZodType>(schema: T, value: z.input<T> & string, set: string) => marked(schema, { value, set, refuseValue: true });

/** The object shape under a service's schema (through its `.transform`), where the variables are declared. */
const shapeOf = (schema: z.ZodType): Record<string, z.ZodType> => {
  if (schema instanceof z.ZodPipe) return shapeOf(schema.in as z.ZodType);
  if (schema instanceof z.ZodObject) return schema.shape;
  return {};
};

/** The variables of a service's schema that have a development-only default (for tests and docs). */
export const developmentDefaults = (schema: z.ZodType): { name: string; value: string; refuseValue: boolean }[] =>
  Object.entries(shapeOf(schema)).flatMap(([name, field]) => {
    const mark = devDefaults.get(field);
    return mark ? [{ name, value: mark.value, refuseValue: mark.refuseValue }] : [];
  });

/** Every development default or value the environment would use in production; names only, never a secret. */
const productionRefusals = (schema: z.ZodType, env: EnvironmentVariables): string[] => {
  if (env['NODE_ENV'] !== 'production') return [];
  const refusals: string[] = [];
  for (const [name, field] of Object.entries(shapeOf(schema))) {
    const mark = devDefaults.get(field);
    const value = env[name];
    const instead = `in production set ${mark?.set ?? name}`;
    if (value === undefined || value === '') {
      if (mark) refusals.push(`${name}: not set, and its default is for development only; ${instead}.`);
    } else if (value.startsWith(DEV_ONLY_PREFIX)) {
      refusals.push(`${name}: a ${DEV_ONLY_PREFIX}* development value is refused in production; ${instead}.`);
    } else if (mark?.refuseValue && value === mark.value) {
      refusals.push(`${name}=${value} is for development only; ${instead}.`);
    }
  }
  return refusals;
};

/** Where spans go: an OTLP/HTTP collector (see README, Observability); unset = not exported. */
export const telemetryEnvironmentShape = {
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
};

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const url = () => z.string().url();
export const logLevel = () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');
export const nodeEnv = () => z.enum(['development', 'test', 'production']).default('development');
export const booleanFlag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1');

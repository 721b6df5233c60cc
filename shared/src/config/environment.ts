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
  env: Record<string, string | undefined> = process.env,
): z.infer<S> => {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new EnvironmentError(service, problems);
};

/** Parse or print every problem and exit: for process entry points. */
export const loadEnvironment = <S extends z.ZodType>(service: string, schema: S): z.infer<S> => {
  try {
    return parseEnvironment(service, schema);
  } catch (error) {
    if (error instanceof EnvironmentError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
};

const isProduction = () => process.env['NODE_ENV'] === 'production';

/**
 * A default that only applies outside production (OpenCRVS's `devDefault`): in production the
 * variable must be set explicitly.
 */
export const devDefault = <T extends z.ZodType>(schema: T, value: z.input<T>) =>
  isProduction() ? schema : schema.default(value as never);

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const url = () => z.string().url();
export const logLevel = () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');
export const nodeEnv = () => z.enum(['development', 'test', 'production']).default('development');
export const booleanFlag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1');

import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * The error codes clients can rely on (`extensions.code`). Messages are written for the caller and
 * never contain personal data: name the field and the rule, never the value.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  /** A partner outside the registry (the paying bank) did not answer in time: try again later. */
  | 'BANK_UNAVAILABLE'
  | 'ACCESS_LOG_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export const registryError = (code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError(message, { extensions: { code, ...extra } });

export const badUserInput = (field: string, rule: string): GraphQLError =>
  registryError('BAD_USER_INPUT', `Invalid ${field}: ${rule}.`, { field });

export const notFound = (what: string): GraphQLError => registryError('NOT_FOUND', `${what} was not found.`);

export const unauthenticated = (reason = 'A valid access token is required.'): GraphQLError =>
  registryError('UNAUTHENTICATED', reason);

export const forbidden = (reason = 'You are not allowed to do this.'): GraphQLError => registryError('FORBIDDEN', reason);

export const conflict = (message: string): GraphQLError => registryError('CONFLICT', message);

/** A read of another person's data that could not be logged durably: refused, never answered untraced. */
export const accessLogUnavailable = (): GraphQLError =>
  registryError('ACCESS_LOG_UNAVAILABLE', 'The access log cannot be written right now, so this read of personal data is refused. Try again shortly.');

const EXPOSED_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'BANK_UNAVAILABLE',
  'ACCESS_LOG_UNAVAILABLE',
  'UNAUTHORIZED_FIELD_OR_TYPE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'DOWNSTREAM_SERVICE_ERROR',
  // The gateway's per-caller limit (429 with Retry-After).
  'RATE_LIMITED',
]);

const causedByBadInput = (error: unknown): boolean => {
  for (let e = error, depth = 0; e instanceof Error && depth < 4; e = (e as GraphQLError).originalError, depth++) {
    if (e instanceof GraphQLError && e.extensions['code'] === 'BAD_USER_INPUT') return true;
  }
  return false;
};

/**
 * Apollo `formatError`: expected errors pass through with their code; anything else is masked so
 * that no stack trace, SQL text or datum reaches a client. The original is logged by the caller.
 */
export const maskUnexpectedError = (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
  // A literal our scalars reject surfaces as a validation failure; it is still bad user input.
  const code = causedByBadInput(error) ? 'BAD_USER_INPUT' : formatted.extensions?.['code'];
  if (typeof code === 'string' && EXPOSED_CODES.has(code)) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code } };
  }
  return {
    message: 'Internal server error.',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
};

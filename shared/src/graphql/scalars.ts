import { GraphQLScalarType, Kind, valueFromASTUntyped, type ValueNode } from 'graphql';
import { badUserInput } from '../errors.ts';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number the ASCII digits of `value` from `start` to `end` spell, or -1 if one is not a digit. */
const digits = (value: string, start: number, end: number): number => {
  let n = 0;
  for (let at = start; at < end; at++) {
    const d = value.charCodeAt(at) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
};

/**
 * True for a real calendar date in ISO form (2024-02-30 is not), years 0100 to 9999 (the range
 * JavaScript's Date reads back as written). Without a regular expression or a Date: the bulk feed
 * checks two dates a line, a million lines at a time.
 */
export const isIsoDate = (value: string): boolean => {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0) + (leap ? 1 : 0);
};

const parseDate = (value: unknown): string => {
  if (typeof value !== 'string' || !isIsoDate(value)) throw badUserInput('date', 'expected a calendar date YYYY-MM-DD');
  return value;
};

const literal = (ast: ValueNode): unknown => (ast.kind === Kind.STRING ? ast.value : undefined);

/** `Date`: a calendar date as `YYYY-MM-DD`; carried as that string inside the services. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 `YYYY-MM-DD`.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literal(ast)),
});

const parseDateTime = (value: unknown): Date => {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw badUserInput('date-time', 'expected an ISO 8601 timestamp');
  return date;
};

/** `DateTime`: an instant, serialized as ISO 8601 in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with time zone, serialized in UTC.',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literal(ast)),
});

const MONEY = /^-?\d{1,10}(\.\d{1,2})?$/;

/** `Money`: AZN as a decimal string with two fraction digits ("285.00"): no binary floats for money. */
export const MoneyScalar = new GraphQLScalarType<string, string>({
  name: 'Money',
  description: 'An amount in Azerbaijani manats (AZN) as a decimal string with two fraction digits, e.g. "285.00".',
  serialize: (value) => Number(value).toFixed(2),
  parseValue: (value) => {
    if (typeof value !== 'string' || !MONEY.test(value)) throw badUserInput('amount', 'expected a decimal string like "285.00"');
    return Number(value).toFixed(2);
  },
  parseLiteral: (ast) => {
    const value = literal(ast);
    if (typeof value !== 'string' || !MONEY.test(value)) throw badUserInput('amount', 'expected a decimal string like "285.00"');
    return Number(value).toFixed(2);
  },
});

/**
 * `JSON`: any JSON value, taken as is. Only for inputs whose shape depends on another field and is
 * validated against it (a submitted fact's value, by its kind's schema; a step's template values),
 * so it is typed `unknown`.
 */
export const JsonScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Any JSON value, validated by the field that takes it.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});

/** Resolver map entries for the scalars every subgraph declares. */
export const scalarResolvers = { Date: DateScalar, DateTime: DateTimeScalar, Money: MoneyScalar };

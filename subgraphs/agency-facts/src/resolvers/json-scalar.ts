import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/**
 * `JSON`: any JSON value, taken as is. Only for inputs whose shape depends on another field and is
 * validated against it (a submitted fact's value, by its kind's schema), so it is typed `unknown`.
 */
export const JsonScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Any JSON value, validated by the field that takes it.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});

import { GraphQLError, visit, type ASTVisitor, type DocumentNode, type ValidationContext, type ValidationRule } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { isAuthenticated, unauthenticated, type Viewer } from '@usr/shared';
import type { AbuseLimits } from './environment.ts';

/**
 * What bounds the work one operation may ask of the gateway, and how a refusal reads: each limit
 * answers HTTP 400 with GRAPHQL_VALIDATION_FAILED and a sentence naming the limit (never "Syntax
 * Error", which says the text did not parse). Introspection is for signed-in callers only, and no
 * error suggests field names, in any environment.
 */

/** The most field selections one document may contain (aliases and repeats included). */
export const MAX_FIELD_SELECTIONS = 500;

// Armor prefixes its refusals with "Syntax Error: "; the limit's own sentence is what the caller needs.
const limitError = (error: GraphQLError): GraphQLError => new GraphQLError(error.message.replace(/^Syntax Error: /, ''));

/** Armor's limits, each reported as a validation error instead of thrown out of validation. */
const armourOf = (limits: AbuseLimits) => {
  const report = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(limitError(error))] };
  return new ApolloArmor({
    maxDepth: { n: limits.depth, ignoreIntrospection: true, ...report },
    maxAliases: { n: limits.aliases, ...report },
    maxDirectives: { n: limits.directives, ...report },
    costLimit: { maxCost: limits.cost, ...report },
    // Apollo's own hideSchemaDetailsFromClientErrors removes suggestions (gateway-server.ts).
    blockFieldSuggestion: { enabled: false },
    // Armor's max-tokens answers HTTP 500; the parser's own limit (parseOptions) answers 400.
    maxTokens: { enabled: false },
  }).protect();
};

const fieldSelections = (document: DocumentNode): number => {
  let count = 0;
  visit(document, {
    Field() {
      count += 1;
    },
  });
  return count;
};

/** Refuses a document with more field selections than MAX_FIELD_SELECTIONS, before any other rule works on it. */
const maxFieldSelections: ValidationRule = (context): ASTVisitor => ({
  Document(node) {
    const count = fieldSelections(node);
    if (count > MAX_FIELD_SELECTIONS) context.reportError(new GraphQLError(`The query selects ${count} fields; the limit is ${MAX_FIELD_SELECTIONS}. Ask for each field once.`));
  },
});

/** graphql-js's overlap check gives up on huge documents with a bare "Validation aborted.". */
const ABORTED = 'Validation aborted.';
const TOO_COMPLEX = 'The query is too large to check; ask for each field once and for fewer fields.';

/**
 * Replaces graphql-js's bare abort with a sentence, or drops it when a limit already says why (the
 * same in-place rewrite Apollo's own suggestion hiding does in this hook).
 */
const clearAbort = <C extends BaseContext>(): ApolloServerPlugin<C> => ({
  async requestDidStart() {
    return {
      async validationDidStart() {
        return async (errors) => {
          if (!errors) return;
          const list = errors as GraphQLError[];
          const index = list.findIndex((e) => e.message === ABORTED);
          if (index < 0) return;
          if (list.length > 1) list.splice(index, 1);
          else list[index] = new GraphQLError(TOO_COMPLEX);
        };
      },
    };
  },
});

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

const introspects = (document: DocumentNode): boolean => {
  let found = false;
  visit(document, {
    Field(node) {
      if (INTROSPECTION_FIELDS.has(node.name.value)) found = true;
    },
  });
  return found;
};

/** The schema is not for anonymous callers: introspection needs a token (production has none at all). */
const introspectionForSignedIn = <C extends BaseContext & { readonly viewer: Viewer }>(): ApolloServerPlugin<C> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        if (!isAuthenticated(contextValue.viewer) && introspects(document)) {
          const error = unauthenticated('Sign in to introspect the schema.');
          error.extensions['http'] = { status: 401 };
          throw error;
        }
      },
    };
  },
});

/** The gateway's plugins and validation rules for these limits. */
export const gatewayArmour = <C extends BaseContext & { readonly viewer: Viewer }>(limits: AbuseLimits) => {
  const armour = armourOf(limits);
  return {
    // Armor ships CommonJS typings of @apollo/server; the plugin objects are the same at runtime.
    plugins: [...(armour.plugins as unknown as ApolloServerPlugin<C>[]), clearAbort<C>(), introspectionForSignedIn<C>()],
    validationRules: [maxFieldSelections, ...armour.validationRules],
  };
};

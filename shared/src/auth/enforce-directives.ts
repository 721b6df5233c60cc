import { GraphQLError, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { accessKey, accessOf, type Access, type FieldRules } from './field-rules.ts';
import { isAuthenticated, type Viewer } from './viewer.ts';
import { UNAUTHENTICATED_MESSAGE } from './policy/callers.ts';

type Denied = { type: string; field: string } | undefined;

/**
 * Verdicts already reached, per parsed document (Apollo Server hands the same DocumentNode to every
 * request with the same query text) and per set of held roles, scopes and policies: the verdict is a
 * function of those two alone, so it is shared by callers holding the same access, never by others.
 */
const verdicts = new WeakMap<FieldRules, WeakMap<DocumentNode, Map<string, Denied>>>();

/** The first field of `document` the viewer may not select, if any. */
export const firstDeniedField = (schema: GraphQLSchema, document: DocumentNode, rules: FieldRules, viewer: Viewer): Denied => {
  const access = accessOf(viewer);
  let byDocument = verdicts.get(rules);
  if (!byDocument) verdicts.set(rules, (byDocument = new WeakMap()));
  let byAccess = byDocument.get(document);
  if (!byAccess) byDocument.set(document, (byAccess = new Map<string, Denied>()));
  const key = accessKey(access);
  if (byAccess.has(key)) return byAccess.get(key);
  // Few distinct accesses exist (roles x scopes x policies); bounded all the same.
  if (byAccess.size >= 64) byAccess.clear();
  const denied = walk(schema, document, rules, access);
  byAccess.set(key, denied);
  return denied;
};

const walk = (schema: GraphQLSchema, document: DocumentNode, rules: FieldRules, access: Access): Denied => {
  const typeInfo = new TypeInfo(schema);
  let denied: Denied;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (denied || !parent || node.name.value.startsWith('__')) return;
        if (!rules.allows(access, parent.name, node.name.value)) denied = { type: parent.name, field: node.name.value };
      },
    }),
  );
  return denied;
};

/**
 * The subgraph's own check of the SDL's field rules. The gateway has already removed what the
 * caller may not see, so a denial here means a call that bypassed it (a forged `_entities`, a
 * direct call): the whole operation is refused rather than answered in part.
 */
export const enforceFieldRules = <C extends BaseContext & { readonly viewer: Viewer }>(rules: FieldRules): ApolloServerPlugin<C> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, schema, contextValue }) {
        const denied = firstDeniedField(schema, document, rules, contextValue.viewer);
        if (!denied) return;
        const anonymous = !isAuthenticated(contextValue.viewer);
        throw new GraphQLError(
          anonymous ? UNAUTHENTICATED_MESSAGE : `Unauthorized field or type: ${denied.type}.${denied.field}.`,
          { extensions: { code: anonymous ? 'UNAUTHENTICATED' : 'FORBIDDEN', http: { status: anonymous ? 401 : 403 } } },
        );
      },
    };
  },
});

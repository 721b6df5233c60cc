import { GraphQLError, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { accessOf, type FieldRules } from './field-rules.ts';
import { isAuthenticated, type Viewer } from './viewer.ts';
import { UNAUTHENTICATED_MESSAGE } from './policy/callers.ts';

/** The first field of `document` the viewer may not select, if any. */
export const firstDeniedField = (
  schema: GraphQLSchema,
  document: DocumentNode,
  rules: FieldRules,
  viewer: Viewer,
): { type: string; field: string } | undefined => {
  const access = accessOf(viewer);
  const typeInfo = new TypeInfo(schema);
  let denied: { type: string; field: string } | undefined;
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

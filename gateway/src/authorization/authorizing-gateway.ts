import { createHash } from 'node:crypto';
import { print, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { ApolloGateway } from '@apollo/gateway';
import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import { accessKey, type Access, type FieldRules } from '@usr/shared';
import { filterOperation, type FilteredOperation } from './filter-operation.ts';
import { deniedErrors, restoreDenied } from './restore-denied.ts';

interface View {
  readonly filtered: FilteredOperation;
  readonly queryHash: string | undefined;
}

/**
 * Wraps @apollo/gateway (which enforces none of the auth directives) so every operation is filtered
 * for its caller before planning. The filtered document gets its own hash: the gateway keys its
 * plan cache by hash, so a plan built for one caller's view can only serve an identical view.
 */
export const authorizingGateway = <C extends object>(
  gateway: ApolloGateway,
  rules: FieldRules,
  accessOf: (context: C) => Access,
): GatewayInterface => {
  let apiSchema: GraphQLSchema | undefined;
  // Each caller's view of a document, reached once per parsed document (Apollo Server reuses the
  // DocumentNode of a query text it has seen) and per distinct access: the filter is a function of
  // those two alone. A new schema starts afresh.
  let views = new WeakMap<DocumentNode, Map<string, View>>();
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
    apiSchema = schema;
    views = new WeakMap();
  });
  const viewOf = (schema: GraphQLSchema, document: DocumentNode, access: Access): View => {
    let byAccess = views.get(document);
    if (!byAccess) views.set(document, (byAccess = new Map<string, View>()));
    const key = accessKey(access);
    const known = byAccess.get(key);
    if (known) return known;
    if (byAccess.size >= 64) byAccess.clear();
    const filtered = filterOperation(schema, document, (type, field) => rules.allows(access, type, field));
    const view: View = {
      filtered,
      // The filtered document gets its own hash: the gateway keys its plan cache by hash.
      queryHash: filtered.denied.length === 0 || filtered.empty ? undefined : createHash('sha256').update(print(filtered.document)).digest('hex'),
    };
    byAccess.set(key, view);
    return view;
  };
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const { executor } = await gateway.load(options);
      if (!executor) return { executor };
      const authorized: GatewayExecutor = async (requestContext: GatewayGraphQLRequestContext) => {
        if (!apiSchema) throw new Error('gateway schema not loaded');
        const { filtered, queryHash } = viewOf(apiSchema, requestContext.document, accessOf(requestContext.context as C));
        if (filtered.denied.length === 0) return executor(requestContext);
        const errors = deniedErrors(filtered.denied);
        if (filtered.empty) return { data: restoreDenied({}, filtered.denied), errors };
        const view = Object.create(requestContext, {
          document: { value: filtered.document },
          queryHash: { value: queryHash },
        }) as GatewayGraphQLRequestContext;
        const result = await executor(view);
        return { ...result, data: restoreDenied(result.data, filtered.denied), errors: [...errors, ...(result.errors ?? [])] };
      };
      return { executor: authorized };
    },
  };
};

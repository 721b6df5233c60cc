import { createHash } from 'node:crypto';
import { print, type GraphQLSchema } from 'graphql';
import type { ApolloGateway } from '@apollo/gateway';
import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import type { Access, FieldRules } from '@usr/shared';
import { filterOperation } from './filter-operation.ts';
import { deniedErrors, restoreDenied } from './restore-denied.ts';

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
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
    apiSchema = schema;
  });
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const { executor } = await gateway.load(options);
      if (!executor) return { executor };
      const authorized: GatewayExecutor = async (requestContext: GatewayGraphQLRequestContext) => {
        if (!apiSchema) throw new Error('gateway schema not loaded');
        const access = accessOf(requestContext.context as C);
        const filtered = filterOperation(apiSchema, requestContext.document, (type, field) => rules.allows(access, type, field));
        if (filtered.denied.length === 0) return executor(requestContext);
        const errors = deniedErrors(filtered.denied);
        if (filtered.empty) return { data: restoreDenied({}, filtered.denied), errors };
        const view = Object.create(requestContext, {
          document: { value: filtered.document },
          queryHash: { value: createHash('sha256').update(print(filtered.document)).digest('hex') },
        }) as GatewayGraphQLRequestContext;
        const result = await executor(view);
        return { ...result, data: restoreDenied(result.data, filtered.denied), errors: [...errors, ...(result.errors ?? [])] };
      };
      return { executor: authorized };
    },
  };
};

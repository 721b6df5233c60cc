import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, type DocumentNode } from 'graphql';
import { recordOperation, operationLabel } from './metrics.ts';
import { serverSpan } from './tracing.ts';

const firstOperationName = (document: DocumentNode): string | undefined => {
  for (const definition of document.definitions) if (definition.kind === Kind.OPERATION_DEFINITION) return definition.name?.value;
  return undefined;
};

/**
 * Names the request's server span after the GraphQL operation (`query FullRecord`) and counts the
 * operation in the metrics. The operation NAME only: the query text and its variables, which can
 * hold PINs, go into no span and no label.
 */
export const graphqlTelemetryPlugin = <C extends BaseContext>(service: string): ApolloServerPlugin<C> => ({
  async requestDidStart() {
    const started = performance.now();
    let operation = 'unparsed';
    return {
      async didResolveOperation(request) {
        const type = request.operation?.operation ?? 'query';
        operation = operationLabel(request.operationName ?? request.operation?.name?.value);
        const span = serverSpan();
        span?.updateName(`${type} ${operation}`);
        span?.setAttributes({ 'graphql.operation.name': operation, 'graphql.operation.type': type });
      },
      async willSendResponse(request) {
        // Refused before resolution (validation, limits): still counted under the name it was sent with.
        if (operation === 'unparsed' && request.document) operation = operationLabel(request.request.operationName ?? firstOperationName(request.document));
        const body = request.response.body;
        const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : (request.errors ?? []);
        const codes = errors.map((error) => {
          const code = error.extensions?.['code'];
          return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
        });
        recordOperation(service, operation, (performance.now() - started) / 1000, codes);
        if (codes.length > 0) serverSpan()?.setAttribute('graphql.error.codes', [...new Set(codes)].join(','));
      },
    };
  },
});

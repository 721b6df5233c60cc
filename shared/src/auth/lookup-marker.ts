import { parse, print, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { forbidden } from '../errors.ts';
import { RECORD_RULE_LOOKUPS } from './http-directory.ts';

/**
 * `x-registry-lookup` tells a subgraph that a request is another subgraph's record-rule look-up, not
 * a read to log. Anyone holding the gateway secret can set a header, so it counts only on those
 * exact look-ups: on any other operation the request is refused before anything is read.
 */
const LOOKUP_DOCUMENTS = new Set(Object.values(RECORD_RULE_LOOKUPS).map((query) => print(parse(query))));

export const LOOKUP_REFUSED = 'The x-registry-lookup header marks only the registry’s own record-rule look-ups.';

export const isRecordRuleLookup = (document: DocumentNode): boolean => LOOKUP_DOCUMENTS.has(print(document));

export const narrowLookups = <C extends BaseContext & { readonly recordRuleLookup: boolean }>(): ApolloServerPlugin<C> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        if (contextValue.recordRuleLookup && !isRecordRuleLookup(document)) throw forbidden(LOOKUP_REFUSED);
      },
    };
  },
});

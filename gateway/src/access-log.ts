import type { ApolloServerPlugin } from '@apollo/server';
import { accessLogUnavailable, reportedEntry, type AccessRecorder } from '@usr/shared';
import type { GatewayContext } from './gateway-server.ts';

/**
 * Writes the access entries the subgraphs reported for a client's query (subgraph-data-source.ts)
 * before the answer leaves: ONE group per request, recorded in one turn of the event loop so the
 * recorder's group commit merges it with concurrent requests' (a full record's eight subgraph calls
 * were eight groups). The viewer is the one the gateway verified from the token it forwarded. If
 * the append fails, the client gets no data at all: the whole answer becomes ACCESS_LOG_UNAVAILABLE,
 * as a subgraph's refusal was when it wrote its own entries.
 */
export const writeReportedAccess = (recorder: AccessRecorder): ApolloServerPlugin<GatewayContext> => ({
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        // Taken, not read: the own-data export runs several operations on one context.
        const reported = contextValue.accessLog.splice(0);
        if (reported.length === 0) return;
        try {
          await Promise.all(reported.map((entry) => recorder.record(reportedEntry(entry, contextValue.viewer))));
        } catch {
          // The recorder has logged why; the answer says only that the log is unavailable.
          response.body = { kind: 'single', singleResult: { data: null, errors: [accessLogUnavailable().toJSON()] } };
        }
      },
    };
  },
});

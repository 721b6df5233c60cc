import { personReference, scalarResolvers } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { exportCheckpoints, personAccessLog, searchAccessLog, verifyChain } from '../services/access-log-service.ts';

const asDate = (value: Date | string | null | undefined) => (value ? new Date(value) : undefined);

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  Query: {
    accessLog: (_, { filter, page }, ctx) =>
      searchAccessLog(ctx, { subjectPin: filter?.subjectPin ?? undefined, service: filter?.service ?? undefined, from: asDate(filter?.from), to: asDate(filter?.to) }, page),
    accessLogChain: (_, { against, fullScan }, ctx) => verifyChain(ctx, against, fullScan),
    accessLogCheckpoints: (_, { afterSeq, limit }, ctx) => exportCheckpoints(ctx, afterSeq, limit),
  },
  Person: {
    __resolveReference: async (ref) => personReference(ref.pin),
    accessLog: (person, { page }, ctx) => personAccessLog(ctx, person.pin, page),
  },
  AccessLogEntry: {
    subject: (entry) => ({ pin: entry.subjectPin }),
    fields: (entry) => [...entry.fields],
  },
};

import { isPurposeOfUse, personReference, scalarResolvers } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { exportCheckpoints, personAccessLog, searchAccessLog, verifyChain } from '../services/access-log-service.ts';
import { recordOwnDataExport } from '../services/own-data-export.ts';
import { personVisits, searchVisits, type VisitCriteria } from '../services/visit-service.ts';
import type { AccessVisitFilter } from '../generated/resolvers-types.ts';

const asDate = (value: Date | string | null | undefined) => (value ? new Date(value) : undefined);

const visitCriteria = (filter: AccessVisitFilter | null | undefined): VisitCriteria => ({
  subjectPin: filter?.subjectPin,
  accessorSubject: filter?.accessorSubject,
  purpose: filter?.purpose,
  readers: filter?.readers,
  from: asDate(filter?.from),
  to: asDate(filter?.to),
});

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  Query: {
    accessLog: (_, { filter, page }, ctx) =>
      searchAccessLog(
        ctx,
        {
          subjectPin: filter?.subjectPin ?? undefined,
          service: filter?.service ?? undefined,
          accessorSubject: filter?.accessorSubject ?? undefined,
          purpose: filter?.purpose ?? undefined,
          from: asDate(filter?.from),
          to: asDate(filter?.to),
        },
        page,
      ),
    accessVisits: (_, { filter, page }, ctx) => searchVisits(ctx, visitCriteria(filter), page),
    accessLogChain: (_, { against, fullScan }, ctx) => verifyChain(ctx, against, fullScan),
    accessLogCheckpoints: (_, { afterSeq, limit }, ctx) => exportCheckpoints(ctx, afterSeq, limit),
  },
  Mutation: {
    recordOwnDataExport: (_, { pin, exportId }, ctx) => recordOwnDataExport(ctx, pin, exportId),
  },
  Person: {
    __resolveReference: async (ref) => personReference(ref.pin),
    accessLog: (person, { page, before }, ctx) => personAccessLog(ctx, person.pin, page, before),
    accessVisits: (person, { filter, page }, ctx) => personVisits(ctx, person.pin, visitCriteria(filter), page),
  },
  AccessLogEntry: {
    subject: (entry) => ({ pin: entry.subjectPin }),
    fields: (entry) => [...entry.fields],
    purposeCode: (entry) => (isPurposeOfUse(entry.purpose) ? entry.purpose : null),
  },
};

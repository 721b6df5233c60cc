import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** One row of audit.access_log (append-only; written by the shared access-log recorder). */
export const AccessLogEntrySchema = defineEntity({
  name: 'AccessLogEntry',
  tableName: 'access_log',
  properties: {
    seq: p.bigint('string').primary(),
    at: p.datetime(),
    subjectPin: p.string().columnType('char(7)'),
    accessorKind: p.string().length(16),
    accessorSubject: p.string().length(64),
    clientId: p.string().length(100),
    service: p.string().length(40),
    fields: p.array().columnType('text[]'),
    purpose: p.string().length(300),
    requestId: p.string().length(64),
    accessorOffice: p.string().length(16),
    accessorRegion: p.string().length(40),
    chainVersion: p.smallint(),
    prevHash: p.string().columnType('char(64)'),
    hash: p.string().columnType('char(64)'),
  },
});

export type AccessLogEntry = InferEntity<typeof AccessLogEntrySchema>;

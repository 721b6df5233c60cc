import type { AccessEntry, AccessRecorder } from '../auth/access-recorder.ts';
import type { Viewer } from '../auth/viewer.ts';

/**
 * The gateway writes the access entries of the subgraph calls it makes for a client's query, as ONE
 * group per client request, before it answers (an entry per subgraph call cost each subgraph a group
 * of its own: BENCHMARKS.md, session 8). It asks with this header; a subgraph honours it only on a
 * request that carries the gateway secret (and never when it has no secret to check), and then
 * returns the entries in its answer (`extensions.accessLog`) instead of writing them. Every other
 * caller gets today's behaviour: the subgraph writes and waits for durability itself.
 */
export const ACCESS_LOG_HEADER = 'x-access-log';
export const ACCESS_LOG_TO_GATEWAY = 'gateway';
/** Where a subgraph's answer carries the entries: `extensions.accessLog`. */
export const ACCESS_LOG_EXTENSION = 'accessLog';

/**
 * An access entry as a subgraph reports it: everything but the viewer. The gateway adds the viewer
 * it verified from the same token it forwarded (the subgraph verified that token with the same
 * code), so who read is never taken from a subgraph's word and no caller's identity goes back over
 * the wire.
 */
export interface ReportedAccess {
  readonly subjectPin: string;
  readonly service: string;
  readonly fields: readonly string[];
  readonly purpose: string;
  readonly requestId: string;
  /** ISO 8601: when the subgraph granted the read. */
  readonly at: string;
}

export interface ReportingRecorder extends AccessRecorder {
  /** The entries recorded so far, in order. */
  reported(): readonly ReportedAccess[];
}

/** A subgraph's recorder for a request the gateway logs: keeps the entries for the answer, writes nothing. */
export const reportingRecorder = (): ReportingRecorder => {
  const entries: ReportedAccess[] = [];
  return {
    async record(entry) {
      entries.push({ subjectPin: entry.subjectPin, service: entry.service, fields: entry.fields, purpose: entry.purpose, requestId: entry.requestId, at: entry.at.toISOString() });
    },
    reported: () => entries,
    flush: async () => undefined,
    close: async () => undefined,
  };
};

const isString = (value: unknown): value is string => typeof value === 'string';

/** The entries of a subgraph's `extensions.accessLog`; undefined when anything in it is malformed. */
export const parseReportedAccess = (value: unknown): ReportedAccess[] | undefined => {
  if (!Array.isArray(value)) return undefined;
  const entries: ReportedAccess[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) return undefined;
    const { subjectPin, service, fields, purpose, requestId, at } = item as Record<string, unknown>;
    if (!isString(subjectPin) || !isString(service) || !isString(purpose) || !isString(requestId) || !isString(at)) return undefined;
    if (!Array.isArray(fields) || !(fields as unknown[]).every(isString) || Number.isNaN(Date.parse(at))) return undefined;
    entries.push({ subjectPin, service, fields: fields as string[], purpose, requestId, at });
  }
  return entries;
};

/** A reported entry as the recorder writes it, with the viewer the gateway verified. */
export const reportedEntry = (reported: ReportedAccess, viewer: Viewer): AccessEntry => ({
  subjectPin: reported.subjectPin,
  viewer,
  service: reported.service,
  fields: reported.fields,
  purpose: reported.purpose,
  requestId: reported.requestId,
  at: new Date(reported.at),
});

import type { Viewer } from './viewer.ts';

/**
 * One read of a person's data by someone other than that person: who, on whose record, which
 * fields, and the purpose declared. Never the data itself.
 */
export interface AccessEntry {
  readonly subjectPin: string;
  readonly viewer: Viewer;
  /** The service that served the data (persons, agency-facts, ...). */
  readonly service: string;
  /** `Type.field` names read, e.g. ["Person.facts"]. */
  readonly fields: readonly string[];
  readonly purpose: string;
  readonly requestId: string;
  readonly at: Date;
}

/**
 * Where accesses go. `record` resolves only once the entry is durable (committed): a read is
 * answered after its entry is, never before. It rejects with ACCESS_LOG_UNAVAILABLE when the entry
 * cannot be made durable, and the read is then refused.
 */
export interface AccessRecorder {
  record(entry: AccessEntry): Promise<void>;
  /** Waits for every entry already handed to `record`; called on shutdown and by tests. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Records nothing: for tests of a single subgraph that do not look at the access log. */
export const NO_ACCESS_RECORDING: AccessRecorder = {
  record: async () => undefined,
  flush: async () => undefined,
  close: async () => undefined,
};

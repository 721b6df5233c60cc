import type { AccessEntry, AccessRecorder } from '../auth/access-recorder.ts';

/** A query resolving `_entities` for the representations in `$r`, as the gateway's planner sends. */
export const entitiesQuery = (selection: string): string => `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`;

/** An access recorder that keeps entries in memory, for tests that assert what was logged. */
export const memoryRecorder = (entries: AccessEntry[] = []): AccessRecorder & { readonly entries: AccessEntry[] } => ({
  entries,
  record: async (entry) => {
    entries.push(entry);
  },
  flush: async () => undefined,
  close: async () => undefined,
});

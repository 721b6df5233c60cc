import DataLoader from 'dataloader';

/**
 * Per-request batching: @apollo/subgraph resolves each `_entities` representation separately, so
 * every lookup by key goes through one of these and N references become one `= any($1)` query.
 */
export const oneByKey = <K extends string, T>(
  fetch: (keys: readonly K[]) => Promise<readonly T[]>,
  keyOf: (row: T) => K,
): DataLoader<K, T | undefined> =>
  new DataLoader<K, T | undefined>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
    return keys.map((key) => byKey.get(key));
  });

/** Like `oneByKey`, for one-to-many: each key gets every row whose `keyOf` is that key, in fetch order. */
export const manyByKey = <K extends string, T>(
  fetch: (keys: readonly K[]) => Promise<readonly T[]>,
  keyOf: (row: T) => K,
): DataLoader<K, T[]> =>
  new DataLoader<K, T[]>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) byKey.get(keyOf(row))?.push(row);
    return keys.map((key) => byKey.get(key) ?? []);
  });

/** Like `manyByKey`, for rows that belong to several keys (an appeal: its appellant and its subject). */
export const manyByKeys = <K extends string, T>(
  fetch: (keys: readonly K[]) => Promise<readonly T[]>,
  keysOf: (row: T) => readonly K[],
): DataLoader<K, T[]> =>
  new DataLoader<K, T[]>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) for (const key of new Set(keysOf(row))) byKey.get(key)?.push(row);
    return keys.map((key) => byKey.get(key) ?? []);
  });

/**
 * Loaders whose query also depends on field arguments (filters, pages): one DataLoader per distinct
 * argument set, so members asking for the same page of facts are still fetched together.
 */
export class LoaderFamily<A, L> {
  readonly #loaders = new Map<string, L>();
  readonly #create: (args: A) => L;
  constructor(create: (args: A) => L) {
    this.#create = create;
  }
  for(args: A): L {
    const key = JSON.stringify(args);
    let loader = this.#loaders.get(key);
    if (!loader) {
      loader = this.#create(args);
      this.#loaders.set(key, loader);
    }
    return loader;
  }
}

import { GraphQLError } from 'graphql';
import { PLACEHOLDER, type DeniedField } from './filter-operation.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Sets `key: null` under every object reached by `path`, walking through lists. */
const nullAt = (value: Json | undefined, path: readonly string[]): void => {
  if (value === null || value === undefined || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) nullAt(item, path);
    return;
  }
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    if (!(head in value)) value[head] = null;
    return;
  }
  nullAt(value[head], rest);
};

const stripPlaceholders = (value: Json | undefined): void => {
  if (value === null || value === undefined || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) stripPlaceholders(item);
    return;
  }
  delete value[PLACEHOLDER];
  for (const child of Object.values(value)) stripPlaceholders(child);
};

export const deniedErrors = (denied: readonly DeniedField[]): GraphQLError[] =>
  denied.map(
    (d) => new GraphQLError(`Unauthorized field or type: ${d.type}.${d.field}.`, { path: [...d.path], extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } }),
  );

/**
 * Puts the removed fields back as null (router semantics: the rest of the response stands) and
 * drops the placeholders that kept emptied selection sets valid.
 */
export const restoreDenied = (data: Record<string, unknown> | null | undefined, denied: readonly DeniedField[]): Record<string, unknown> | null => {
  if (data === null || data === undefined) return data ?? null;
  const json = data as { [key: string]: Json };
  for (const d of denied) nullAt(json, d.path);
  stripPlaceholders(json);
  return json;
};

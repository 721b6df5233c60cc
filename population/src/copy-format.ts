import type { TableSpec } from './tables.ts';

/**
 * PostgreSQL COPY text format: tab-separated columns, one row per line, `\N` for null, and a
 * backslash escape for backslash, tab, newline and carriage return inside values. jsonb columns
 * are their JSON text escaped the same way (JSON's own `\n` escape is two characters, so its
 * backslash must be doubled too).
 */
const SPECIAL = /[\\\t\n\r\0]/;
const SPECIAL_GLOBAL = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export const NULL_FIELD = '\\N';

export const escapeCopyText = (text: string): string => {
  if (!SPECIAL.test(text)) return text;
  // Postgres text cannot hold NUL at all: fail loudly rather than load something else.
  if (text.includes('\0')) throw new Error('a value contains a NUL character');
  return text.replace(SPECIAL_GLOBAL, (ch) => ESCAPES[ch] ?? ch);
};

export const copyField = (value: unknown): string => {
  if (value === null || value === undefined) return NULL_FIELD;
  if (typeof value === 'string') return escapeCopyText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('a numeric value is not finite');
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'object') return escapeCopyText(JSON.stringify(value));
  throw new Error(`cannot COPY a ${typeof value}`);
};

/** One COPY line (with its newline) for `row`, columns in the table's order. */
export const copyLine = <R>(spec: TableSpec<R>, row: R): string => {
  let line = '';
  for (let i = 0; i < spec.columns.length; i++) {
    const column = spec.columns[i];
    if (column === undefined) continue;
    if (i > 0) line += '\t';
    line += copyField(row[column[0]]);
  }
  return `${line}\n`;
};

/** The COPY statement matching `copyLine`. */
export const copyStatement = (spec: { readonly name: string; readonly columns: readonly (readonly [string, string])[] }): string =>
  `COPY ${spec.name} (${spec.columns.map(([, column]) => column).join(', ')}) FROM STDIN (FORMAT text)`;

import { SaxesParser, type SaxesTagNS } from 'saxes';

/**
 * A streaming reader for ISO 20022 files: the document is parsed as it arrives (saxes), and each
 * element at one of the `records` paths (e.g. `Document/BkToCstmrStmt/Stmt/Ntry`) is handed out as
 * a flat map of its descendants' texts, keyed by their path below it (`Amt`, `Amt@Ccy`,
 * `NtryDtls/TxDtls/Refs/EndToEndId`). Texts outside records (group header, statement account) are
 * kept as `context`, keyed by full path, the latest value winning. Only one chunk's records are
 * ever in memory, whatever the size of the file.
 *
 * Hostile input is bounded: a DOCTYPE is refused (no entity expansion of any kind), texts are cut
 * at MAX_TEXT characters, records at MAX_FIELDS fields and the nesting at MAX_DEPTH.
 */
export interface IsoRecord {
  /** Which of the record paths this is. */
  readonly path: string;
  /** First text of each descendant path (repeated elements: the first occurrence). */
  readonly fields: ReadonlyMap<string, string>;
  /** How many times each descendant path occurred (e.g. several TxDtls in one entry). */
  readonly counts: ReadonlyMap<string, number>;
  /** The `snapshot` context paths as they stood when the record closed (e.g. its statement's account). */
  readonly context: ReadonlyMap<string, string>;
}

export interface IsoDocument {
  /** The namespace of `Document`, which names the message and its version. */
  readonly namespace: () => string | undefined;
  /** Texts outside records, by full path. */
  readonly context: ReadonlyMap<string, string>;
  readonly records: AsyncGenerator<IsoRecord>;
}

export class IsoXmlError extends Error {
  override readonly name = 'IsoXmlError';
}

const MAX_TEXT = 1000;
const MAX_FIELDS = 400;
const MAX_DEPTH = 40;

export const readIsoDocument = (source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, recordPaths: readonly string[], snapshot: readonly string[] = []): IsoDocument => {
  const wanted = new Set(recordPaths);
  const context = new Map<string, string>();
  let namespace: string | undefined;
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: string[] = [];
  let record: { path: string; depth: number; fields: Map<string, string>; counts: Map<string, number> } | undefined;
  let text = '';
  const ready: IsoRecord[] = [];

  parser.on('doctype', () => {
    throw new IsoXmlError('A DOCTYPE is not allowed in a bank file.');
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= MAX_DEPTH) throw new IsoXmlError('The document is nested too deeply.');
    if (stack.length === 0) namespace = tag.uri;
    stack.push(tag.local);
    // A new statement or notification starts with none of the previous one's values.
    if (!record && stack.length === 3) for (const key of [...context.keys()]) if (key.startsWith(`${stack.join('/')}/`)) context.delete(key);
    text = '';
    const path = stack.join('/');
    if (!record && wanted.has(path)) {
      record = { path, depth: stack.length, fields: new Map(), counts: new Map() };
      return;
    }
    if (record) {
      const relative = stack.slice(record.depth).join('/');
      record.counts.set(relative, (record.counts.get(relative) ?? 0) + 1);
      for (const [name, attribute] of Object.entries(tag.attributes)) {
        if (attribute.prefix === 'xmlns' || name === 'xmlns') continue;
        if (!record.fields.has(`${relative}@${attribute.local}`)) record.fields.set(`${relative}@${attribute.local}`, attribute.value.slice(0, MAX_TEXT));
      }
    }
  });
  parser.on('text', (chunk) => {
    if (text.length < MAX_TEXT) text += chunk;
  });
  parser.on('closetag', () => {
    const value = text.trim().slice(0, MAX_TEXT);
    text = '';
    if (record && stack.length === record.depth) {
      const seen = new Map<string, string>();
      for (const path of snapshot) {
        const value = context.get(path);
        if (value !== undefined) seen.set(path, value);
      }
      ready.push({ path: record.path, fields: record.fields, counts: record.counts, context: seen });
      record = undefined;
    } else if (record) {
      const relative = stack.slice(record.depth).join('/');
      if (value !== '' && !record.fields.has(relative)) {
        if (record.fields.size >= MAX_FIELDS) throw new IsoXmlError('An entry has too many elements.');
        record.fields.set(relative, value);
      }
    } else if (value !== '') {
      context.set(stack.join('/'), value);
    }
    stack.pop();
  });

  async function* records(): AsyncGenerator<IsoRecord> {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    try {
      for await (const chunk of source) {
        parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
        yield* ready.splice(0);
      }
      parser.write(decoder.decode());
      parser.close();
    } catch (error) {
      if (error instanceof IsoXmlError) throw error;
      // saxes and the decoder say where and what; no content of the file is echoed.
      throw new IsoXmlError(error instanceof TypeError ? 'The file is not UTF-8.' : 'The file is not well-formed XML.');
    }
    yield* ready.splice(0);
  }

  return { namespace: () => namespace, context, records: records() };
};

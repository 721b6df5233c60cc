import { createHash } from 'node:crypto';

/** One stored row of audit.access_log, as hashed. */
export interface AccessLogRow {
  readonly seq: number;
  readonly at: Date;
  readonly subjectPin: string;
  readonly accessorKind: string;
  readonly accessorSubject: string;
  readonly clientId: string;
  readonly service: string;
  readonly fields: readonly string[];
  readonly purpose: string;
  readonly requestId: string;
  /** The reader's office (district code) and region from their token; '' when they have none. */
  readonly accessorOffice: string;
  readonly accessorRegion: string;
  /** 1: rows written before office and region were recorded; 2: the hash covers them too. */
  readonly chainVersion: number;
}

/** The chain version the recorder writes now. */
export const ACCESS_LOG_CHAIN_VERSION = 2;

export const GENESIS_HASH = '0'.repeat(64);

const SEPARATOR = '\u001f';

/**
 * One link of a hash chain: sha256(previous hash ‖ content). Every append-only log of the registry
 * (the access log here, the decision log in benefits) chains its rows with this.
 */
export const chainLink = (previous: string, content: string): string => createHash('sha256').update(previous).update(content).digest('hex');

/** JSON with object keys sorted at every level: the same value always gives the same text (jsonb keeps no key order). */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );

/**
 * What an access-log row's hash covers: every column, in order. A version-1 row (written before the
 * office and region columns) is hashed as it was then, so old entries still verify; a version-2 row
 * covers office, region and the version itself, so none of them can be rewritten.
 */
export const accessLogContent = (row: AccessLogRow): string => {
  const v1 = [
    row.seq,
    row.at.toISOString(),
    row.subjectPin,
    row.accessorKind,
    row.accessorSubject,
    row.clientId,
    row.service,
    row.fields.join(','),
    row.purpose,
    row.requestId,
  ];
  if (row.chainVersion === 1) return v1.join(SEPARATOR);
  return [...v1, row.accessorOffice, row.accessorRegion, `v${row.chainVersion}`].join(SEPARATOR);
};

/**
 * `accessLogContent` of a version-2 row as SQL, for the recorder's one-statement append (the chain
 * extended inside PostgreSQL, under its lock, with no round trip to this process in between). The
 * arguments are SQL expressions of text; `at` is the instant's `toISOString()` text. Kept beside
 * `accessLogContent`, which verification uses: the two must agree (access-log-checkpoints.test.ts
 * re-hashes rows written this way).
 */
export const accessLogContentSql = (c: Record<'seq' | 'at' | 'subjectPin' | 'accessorKind' | 'accessorSubject' | 'clientId' | 'service' | 'fields' | 'purpose' | 'requestId' | 'accessorOffice' | 'accessorRegion', string>): string =>
  `concat_ws(E'\\x1f', ${[c.seq, c.at, c.subjectPin, c.accessorKind, c.accessorSubject, c.clientId, c.service, c.fields, c.purpose, c.requestId, c.accessorOffice, c.accessorRegion].join(', ')}, 'v${ACCESS_LOG_CHAIN_VERSION}')`;

/** hash(n) = sha256(hash(n-1) ‖ every column of row n): the chain auditors verify. */
export const chainHash = (previous: string, row: AccessLogRow): string => chainLink(previous, accessLogContent(row));

/** A stored link: its place, the hash it follows and its own hash. */
export interface ChainedRow {
  readonly seq: string | number;
  readonly prevHash: string;
  readonly hash: string;
}

/** What a verification found: `firstBrokenSeq` is where the chain was altered, null when intact. */
export interface ChainVerificationResult {
  readonly verified: boolean;
  readonly entries: number;
  readonly firstBrokenSeq: string | null;
}

/**
 * Recomputes every hash over `rows` (in chain order) from `previous` (the genesis, or a verified
 * checkpoint's hash); the first row whose previous hash or own hash does not match is where the
 * log was altered (a deleted row breaks the link after it). `lastSeq`/`lastHash` end the chain read.
 */
export const verifyHashChain = async <T extends ChainedRow>(
  rows: AsyncIterable<T>,
  content: (row: T) => string,
  previous: string = GENESIS_HASH,
): Promise<ChainVerificationResult & { readonly lastSeq: string | null; readonly lastHash: string }> => {
  let entries = 0;
  let lastSeq: string | null = null;
  for await (const row of rows) {
    entries += 1;
    if (row.prevHash !== previous || row.hash !== chainLink(previous, content(row))) return { verified: false, entries, firstBrokenSeq: String(row.seq), lastSeq, lastHash: previous };
    previous = row.hash;
    lastSeq = String(row.seq);
  }
  return { verified: true, entries, firstBrokenSeq: null, lastSeq, lastHash: previous };
};

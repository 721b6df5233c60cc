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
}

export const GENESIS_HASH = '0'.repeat(64);

const SEPARATOR = '\u001f';

/** hash(n) = sha256(hash(n-1) ‖ every column of row n): the chain auditors verify. */
export const chainHash = (previous: string, row: AccessLogRow): string =>
  createHash('sha256')
    .update(previous)
    .update(
      [
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
      ].join(SEPARATOR),
    )
    .digest('hex');

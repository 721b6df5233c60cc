import { checkpointTable, type EntityManager } from '@usr/shared';
import { AccessLogEntrySchema, type AccessLogEntry } from '../entities/access-log-entry.ts';
import type { Page } from '@usr/shared';

export interface AccessLogCriteria {
  readonly subjectPin?: string | undefined;
  readonly service?: string | undefined;
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
  readonly accessorSubject?: string | undefined;
  readonly purpose?: string | undefined;
  /** Keyset paging: only entries with a lower seq. */
  readonly beforeSeq?: string | undefined;
}

export const findEntries = (em: EntityManager, criteria: AccessLogCriteria, page: Page): Promise<AccessLogEntry[]> =>
  em.find(
    AccessLogEntrySchema,
    {
      ...(criteria.subjectPin ? { subjectPin: criteria.subjectPin } : {}),
      ...(criteria.service ? { service: criteria.service } : {}),
      ...(criteria.accessorSubject ? { accessorSubject: criteria.accessorSubject } : {}),
      ...(criteria.purpose ? { purpose: criteria.purpose } : {}),
      ...(criteria.beforeSeq ? { seq: { $lt: criteria.beforeSeq } } : {}),
      ...(criteria.from || criteria.to
        ? { at: { ...(criteria.from ? { $gte: criteria.from } : {}), ...(criteria.to ? { $lt: criteria.to } : {}) } }
        : {}),
    },
    { orderBy: { seq: 'desc' }, limit: page.limit + 1, offset: page.offset },
  );

/** Rows after `after` in chain order, in chunks, so verification memory stays flat however long the log. */
export async function* entriesInOrder(em: EntityManager, after = '0', chunk = 5_000): AsyncGenerator<AccessLogEntry> {
  for (;;) {
    const rows = await em.find(AccessLogEntrySchema, { seq: { $gt: after } }, { orderBy: { seq: 'asc' }, limit: chunk });
    for (const row of rows) yield row;
    if (rows.length < chunk) return;
    after = rows[rows.length - 1]?.seq ?? after;
    em.clear();
  }
}

/** The access log as a chain store: its entries and its signed checkpoints (audit.access_log_checkpoint). */
export const accessLogChainStore = (em: EntityManager) =>
  checkpointTable(em, 'access-log', { log: 'audit.access_log', checkpoints: 'audit.access_log_checkpoint' }, (after) => entriesInOrder(em.fork(), after));

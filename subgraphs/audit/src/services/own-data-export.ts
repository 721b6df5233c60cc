import { assertPin, badUserInput, type PurposeOfUse } from '@usr/shared';
import { AccessLogEntrySchema } from '../entities/access-log-entry.ts';
import type { AuditContext } from '../context.ts';

/**
 * "Download all my data" recorded as the person's own read (issue #12, item 9). The portal reads the
 * parts with the person's own token, where own reads are not logged; this one entry says that
 * everything was taken away, so the person sees it among the visits and an auditor can find it.
 */
const PURPOSE: PurposeOfUse = 'OWN_DATA_EXPORT';

/** What the download holds, as the fields its categories are derived from. */
export const EXPORTED_FIELDS = [
  'Person.firstName',
  'Person.address',
  'Person.household',
  'Person.facts',
  'Person.decisions',
  'Person.payments',
  'Person.correctionRequests',
  'Person.notifications',
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Keyed apart from the server's own request ids, so a client id cannot join another request's visit.
const requestIdOf = (exportId: string) => `export:${exportId.toLowerCase()}`;

export const recordOwnDataExport = async (ctx: AuditContext, pin: string, exportId: string) => {
  assertPin(pin);
  if (!UUID.test(exportId)) throw badUserInput('exportId', 'a UUID');
  const requestId = requestIdOf(exportId);
  const access = ctx.recordAccess();
  const em = ctx.orm().fork();
  const existing = () => em.findOne(AccessLogEntrySchema, { subjectPin: pin, purpose: PURPOSE, requestId }, { refresh: true });
  // A retry, or the same export sent twice at once (from any process): one entry. The lock is held
  // until the recorder's own transaction has committed the entry, so the next holder finds it.
  const entry = await em.transactional(async (tx) => {
    await tx.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [requestId]);
    const found = await existing();
    if (found) return found;
    await access.recordOwnRead(pin, EXPORTED_FIELDS, PURPOSE, requestId);
    return existing();
  });
  if (!entry) throw new Error('own data export entry not found after it was committed');
  return { exportId, at: entry.at, seq: entry.seq };
};

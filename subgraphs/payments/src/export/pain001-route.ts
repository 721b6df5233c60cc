import { randomUUID } from 'node:crypto';
import { addWorkingDays, NO_ACCESS_RECORDING, registryToday, routeCaller, sendRouteError, writeStreamed, type AccessRecorder, type HttpRoute, type SubgraphRouteDeps, type Viewer } from '@usr/shared';
import { exporterOf, exportPurposeOf, type Exporter } from '../services/payroll-access.ts';
import { assertMonth } from '../services/payroll.ts';
import { createExportRun, findExportRun, lockMonthExport, streamRunTransactions, type ExportRunRow } from './export-store.ts';
import { PAIN001_TAIL, pain001Head, pain001Transaction } from './pain001-xml.ts';
import type { DebtorAccount } from './treasury-account.ts';
import { BANK_FILES_PATH, bankFileRoute } from '../import/bank-file-route.ts';

export const PAIN001_PATH = '/exports/pain001';

/** The run's message id (Max35Text): the same for every download of that run. */
export const msgIdOf = (month: string, run: number): string => `USR-PAYROLL-${month}-R${run}`;

/**
 * When the bank is asked to pay: the 5th of the month paid for (the payroll calendar: run on the
 * 1st, sent on the 4th, on the cards on the 5th), or the next working day when the run is made later.
 */
export const requestedExecutionDateOf = (month: string, createdAt: Date): string => {
  const planned = `${month}-05`;
  const today = registryToday(createdAt);
  return today < planned ? planned : addWorkingDays(today, 1);
};

/** Bytes collected before each write: large enough for few syscalls, small enough to stay flat. */
const FLUSH_BYTES = 64 * 1024;

class ClientGone extends Error {
  override readonly name = 'ClientGone';
}

/** What an export reads of each person, as the access log names it. */
const EXPORTED_FIELDS = ['Payment.amount', 'Payment.month', 'PaymentAccount.iban'] as const;

const headerOf = (value: string | string[] | undefined): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

interface Caller {
  readonly viewer: Viewer;
  readonly exporter: Exporter;
  readonly purpose: string;
}

const parseRun = (text: string | null): number | undefined | 'invalid' => {
  if (text === null) return undefined;
  const run = Number(text);
  return /^\d{1,5}$/.test(text) && run >= 1 && run <= 32767 ? run : 'invalid';
};

/**
 * GET /exports/pain001?month=YYYY-MM[&run=N]: the month's payroll as an ISO 20022 pain.001.001.10
 * credit transfer file for the bank, streamed.
 *
 * - The decision engine without `run`: the month's SCHEDULED payments become the next export run
 *   (marked SENT, with the run's number) and that run is sent. When none is SCHEDULED, the latest
 *   run is sent again, byte for byte (same MsgId, creation time, payments), so a retried download
 *   pays nobody twice and a bank that already has the file recognises it.
 * - With `run`, or for an auditor: that run (default the latest) as it was made; nothing changes.
 *   Auditors' copies name accounts by their last four characters, as the graph shows them.
 * - 404 NOT_FOUND when there is nothing to send; 400 for a malformed month or run; 401/403 as for
 *   GraphQL, and 403 for anyone but the engine and auditors (and for an auditor who declares no
 *   purpose of use).
 * - Every payment sent is a read of its beneficiary's data: one access-log entry each (the
 *   engine's purpose, or the auditor's), the log written as the file streams, at its pace.
 *
 * Marking and reading happen in ONE transaction that commits only once the whole file has been
 * written: a client that goes away mid-file leaves every payment as it was. Payments are read
 * through a database cursor, a chunk at a time, so memory stays flat whatever the payroll's size.
 */
export const pain001Route =
  (deps: SubgraphRouteDeps, debtor: DebtorAccount): HttpRoute =>
  async (req, res) => {
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET' }).end();
      return;
    }
    const caller = await routeCaller(
      (request) => deps.authenticate(request),
      req,
      res,
      (viewer): Caller => {
        const exporter = exporterOf(viewer);
        return { viewer, exporter, purpose: exportPurposeOf(exporter, headerOf(req.headers['x-purpose-of-use'])) };
      },
    );
    if (caller === undefined) return;
    const { exporter } = caller;
    const recorder: AccessRecorder = deps.auth.recorder ?? NO_ACCESS_RECORDING;
    const requestId = headerOf(req.headers['x-request-id'])?.slice(0, 64) ?? randomUUID();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const month = url.searchParams.get('month') ?? '';
    try {
      assertMonth(month);
    } catch {
      sendRouteError(res, 'BAD_USER_INPUT', 'Invalid month: expected ?month=YYYY-MM.');
      return;
    }
    const run = parseRun(url.searchParams.get('run'));
    if (run === 'invalid') {
      sendRouteError(res, 'BAD_USER_INPUT', 'Invalid run: expected a run number from 1.');
      return;
    }
    try {
      const sent = await deps.orm.em.fork().transactional(async (em) => {
        await lockMonthExport(em, month);
        let header: ExportRunRow | undefined;
        if (exporter === 'engine' && run === undefined) {
          const createdAt = new Date(Math.floor(Date.now() / 1000) * 1000);
          header = await createExportRun(em, { month, createdAt, msgIdOf: (n) => msgIdOf(month, n), requestedExecutionDate: requestedExecutionDateOf(month, createdAt) });
        }
        header ??= await findExportRun(em, month, run);
        if (!header) return false;
        // Built before the status is sent: a failure up to here is still a clean 500.
        let buffer = pain001Head({ ...header, paymentInfoId: `${header.msgId}-1` }, debtor);
        res.writeHead(200, {
          'content-type': 'application/xml; charset=utf-8',
          'content-disposition': `attachment; filename="pain001-${month}-R${header.run}.xml"`,
          'cache-control': 'no-store',
          'x-message-id': header.msgId,
        });
        const logged: Promise<void>[] = [];
        for await (const tx of streamRunTransactions(em, month, header.run)) {
          buffer += pain001Transaction(tx, exporter === 'auditor');
          const entry = recorder.record({ subjectPin: tx.beneficiaryPin, viewer: caller.viewer, service: 'payments', fields: EXPORTED_FIELDS, purpose: caller.purpose, requestId, at: new Date() });
          // Awaited below, with its group; handled now so a refusal is never an unhandled rejection.
          entry.catch(() => undefined);
          logged.push(entry);
          if (buffer.length >= FLUSH_BYTES) {
            // No line leaves before its access entries are durable (committed together, one group).
            await Promise.all(logged.splice(0));
            if (!(await writeStreamed(res, buffer))) throw new ClientGone();
            buffer = '';
          }
        }
        await Promise.all(logged.splice(0));
        if (!(await writeStreamed(res, buffer + PAIN001_TAIL))) throw new ClientGone();
        return true;
      });
      if (sent) res.end();
      else sendRouteError(res, 'NOT_FOUND', 'Nothing to export for this month: no payment is scheduled and no export was made.');
    } catch (error) {
      if (!(error instanceof ClientGone)) {
        deps.logger.error({ error: error instanceof Error ? error.name : 'Error', stack: error instanceof Error ? error.stack?.split('\n').slice(1, 6).join('\n') : undefined }, 'payroll export failed');
      }
      if (res.headersSent) res.destroy();
      else sendRouteError(res, 'INTERNAL_SERVER_ERROR', 'The export failed; no payment was marked sent. Try again.');
    }
  };

/** The subgraph's HTTP routes beside /graphql: the export from `debtor` (the configured Treasury account) and the bank's files. */
export const paymentRoutesFor =
  (debtor: DebtorAccount) =>
  (deps: SubgraphRouteDeps): Record<string, HttpRoute> => ({ [PAIN001_PATH]: pain001Route(deps, debtor), [BANK_FILES_PATH]: bankFileRoute(deps) });

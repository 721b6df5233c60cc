import { forbidden, isAuthenticated, routeCaller, sendRouteError, unauthenticated, writeStreamed, type HttpRoute, type SubgraphRouteDeps, type Viewer } from '@usr/shared';
import { BankFileError, importBankFile } from './bank-import.ts';

export const BANK_FILES_PATH = '/imports/bank-files';

/** Outcome lines collected before each write. */
const FLUSH_CHARS = 16 * 1024;

/** Only the bank's service account uploads its files; nobody else, however privileged. */
export const assertBankUploader = (viewer: Viewer): Viewer => {
  if (!isAuthenticated(viewer)) throw unauthenticated('An access token is required.');
  if (viewer.kind !== 'bank' || !viewer.serviceAccount) throw forbidden('Only the bank may upload bank files.');
  return viewer;
};

/**
 * POST /imports/bank-files (body: one ISO 20022 file, `application/xml`): the bank's payment
 * status report (pain.002.001.11), end-of-day statement (camt.053.001.08) or notification
 * (camt.054.001.08). The answer streams as NDJSON while the file is read: one line per entry,
 * `{"entry":1,"reference":"…","outcome":"APPLIED"}`, then `{"summary":{kind,msgId,replay,entries,outcomes}}`.
 * A file that cannot be read at all is 400 BAD_USER_INPUT before any line, or, once lines have
 * been sent, a last line `{"error":{"code":"BAD_USER_INPUT","message":…}}`: the entries before it
 * stand (each batch is its own transaction) and uploading the file again completes it.
 * 401 without a token, 403 for anyone but the bank. Outcomes carry no personal data.
 */
export const bankFileRoute =
  (deps: SubgraphRouteDeps): HttpRoute =>
  async (req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const caller = await routeCaller((request) => deps.authenticate(request), req, res, assertBankUploader);
    if (caller === undefined) {
      req.resume();
      return;
    }
    const results = importBankFile(() => deps.orm.em.fork(), req);
    let started = false;
    let buffer = '';
    const open = () => {
      if (started) return;
      res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
      started = true;
    };
    try {
      for (;;) {
        const next = await results.next();
        if (next.done) {
          buffer += `${JSON.stringify({ summary: next.value })}\n`;
          break;
        }
        buffer += `${JSON.stringify(next.value)}\n`;
        if (buffer.length >= FLUSH_CHARS) {
          open();
          // A client that stops reading stops the import: the batches committed so far stand.
          if (!(await writeStreamed(res, buffer))) return;
          buffer = '';
        }
      }
      open();
      if (await writeStreamed(res, buffer)) res.end();
    } catch (error) {
      const readable = error instanceof BankFileError;
      if (!readable) deps.logger.error({ error: error instanceof Error ? error.name : 'Error', stack: error instanceof Error ? error.stack?.split('\n').slice(1, 6).join('\n') : undefined }, 'bank file import failed');
      const code = readable ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
      const message = readable ? error.message : 'The import failed; the entries already answered stand. Upload the file again to complete it.';
      req.resume();
      if (!started && buffer === '') sendRouteError(res, code, message);
      else {
        open();
        if (await writeStreamed(res, `${buffer}${JSON.stringify({ error: { code, message } })}\n`)) res.end();
      }
    }
  };

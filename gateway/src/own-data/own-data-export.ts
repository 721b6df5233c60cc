import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import { isTokenVerificationError, type HttpRoute, type TokenVerifier } from '@usr/shared';
import { toLanguage, type Language } from '@usr/shared/i18n';
import type { GatewayContext } from '../gateway-server.ts';
import { OWN_ACCESS_LOG, OWN_FACTS, OWN_PAYMENTS, OWN_RECORD, RECORD_EXPORT } from './own-data-query.ts';
import { jsonWriter, pageWriter, type ExportWriter } from './own-data-writers.ts';

/**
 * "Download all my data" (issue #12 item 9), assembled here with the citizen's own token: every
 * part goes through the gateway's field rules and the subgraphs' record rules exactly as the
 * portal's queries do, so the file holds what she may see and nothing else. Only a citizen, for
 * herself: the PIN is the token's. The download is recorded in the access log once per exportId
 * before anything leaves; the unbounded lists are paged (the access log by keyset) and written as
 * each page arrives, so memory stays flat however long her log is.
 *
 * GET /exports/my-data?exportId=<uuid>&format=json|html&language=az|ru|en
 */
export const OWN_DATA_FORMAT = { name: 'usr-own-data', version: 1 } as const;

type Run = (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

class ExportRefused extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const refuse = (res: ServerResponse, error: ExportRefused): void => {
  res
    .writeHead(error.status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    .end(JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.code } }] }));
};

const personOf = (data: Record<string, unknown>) => data['person'] as Record<string, unknown>;

export const ownDataExport =
  (server: ApolloServer<GatewayContext>, verifier: TokenVerifier): HttpRoute =>
  async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET' }).end();
      return;
    }
    req.resume();
    const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined;
    let started = false;
    try {
      const viewer = await verifier.authenticate(authorization).catch((error: unknown) => {
        if (!isTokenVerificationError(error)) throw error;
        throw new ExportRefused(error.status, error.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', error.message);
      });
      if (viewer.kind === 'anonymous') throw new ExportRefused(401, 'UNAUTHENTICATED', 'Sign in to download your data.');
      const pin = viewer.kind === 'citizen' ? viewer.pin : undefined;
      // Staff read a record through the graph with a declared purpose; a copy of everything is the person's own.
      if (!pin) throw new ExportRefused(403, 'FORBIDDEN', 'Only the person themself may download all their data.');
      const asked = params.get('pin');
      if (asked !== null && asked !== pin) throw new ExportRefused(403, 'FORBIDDEN', 'Citizens may download only their own data.');
      const exportId = params.get('exportId') ?? '';
      if (!UUID.test(exportId)) throw new ExportRefused(400, 'BAD_USER_INPUT', 'exportId: a UUID');
      const format = params.get('format') ?? 'json';
      if (format !== 'json' && format !== 'html') throw new ExportRefused(400, 'BAD_USER_INPUT', 'format: json or html');
      const language: Language = toLanguage(params.get('language'));

      const contextValue: GatewayContext = { requestId: randomUUID(), viewer, forward: authorization ? { authorization } : {}, accessLog: [] };
      const run: Run = async (query, variables) => {
        const response = await server.executeOperation({ query, variables }, { contextValue });
        if (response.body.kind !== 'single') throw new Error('own data export: unexpected incremental result');
        const { data, errors } = response.body.singleResult;
        const first = errors?.[0];
        if (first || !data) {
          const code = typeof first?.extensions?.['code'] === 'string' ? first.extensions['code'] : 'INTERNAL_SERVER_ERROR';
          throw new ExportRefused(code === 'FORBIDDEN' ? 403 : code === 'UNAUTHENTICATED' ? 401 : 502, code, first?.message ?? 'no data');
        }
        return data;
      };

      // Recorded before anything leaves; the same exportId again records nothing more.
      const recorded = (await run(RECORD_EXPORT, { pin, exportId }))['recordOwnDataExport'] as { at: string };
      const record = personOf(await run(OWN_RECORD, { pin, language: language.toUpperCase() }));

      const writer: ExportWriter = format === 'json' ? jsonWriter() : pageWriter(language);
      res.writeHead(200, {
        'content-type': format === 'json' ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
        'content-disposition': `${format === 'json' ? 'attachment' : 'inline'}; filename="my-data-${pin}.${format}"`,
        'cache-control': 'no-store',
      });
      started = true;
      const write = (chunk: string) => (res.write(chunk) ? Promise.resolve() : new Promise<void>((resolve) => res.once('drain', () => resolve())));
      await write(writer.start({ format: OWN_DATA_FORMAT.name, version: OWN_DATA_FORMAT.version, exportId, recordedAt: recorded.at, language }, record));

      await write(writer.open('facts'));
      for (let offset = 0, more = true; more; ) {
        const page = personOf(await run(OWN_FACTS, { pin, offset }))['facts'] as { hasMore: boolean; items: unknown[] };
        await write(writer.items('facts', page.items));
        offset += page.items.length;
        more = page.hasMore && page.items.length > 0;
      }
      await write(writer.close('facts'));

      await write(writer.open('payments'));
      for (let offset = 0, more = true; more; ) {
        const page = personOf(await run(OWN_PAYMENTS, { pin, offset }))['payments'] as { hasMore: boolean; items: unknown[] };
        await write(writer.items('payments', page.items));
        offset += page.items.length;
        more = page.hasMore && page.items.length > 0;
      }
      await write(writer.close('payments'));

      await write(writer.open('accessLog'));
      for (let before: string | null = null, more = true; more; ) {
        const page = personOf(await run(OWN_ACCESS_LOG, { pin, before }))['accessLog'] as { hasMore: boolean; items: Array<{ seq: string }> };
        await write(writer.items('accessLog', page.items));
        before = page.items.at(-1)?.seq ?? null;
        more = page.hasMore && before !== null;
      }
      await write(writer.close('accessLog'));
      res.end(writer.end());
    } catch (error) {
      if (!started) {
        refuse(res, error instanceof ExportRefused ? error : new ExportRefused(500, 'INTERNAL_SERVER_ERROR', 'The download failed.'));
        return;
      }
      // Half a file must not pass for a whole one: cut the connection.
      res.destroy();
    }
  };

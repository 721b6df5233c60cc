import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';
import { copyStatement } from './copy-format.ts';

/** Lines are gathered into chunks of about this size before they are written to the socket. */
const CHUNK_BYTES = 128 * 1024;
/** How much a COPY stream may buffer before the generator waits for it to drain. */
const STREAM_HIGH_WATER_MARK = 1024 * 1024;

/**
 * One table's COPY on its own connection and transaction. The loader feeds every table at once
 * from a single pass of the generator; each table commits when its parents have (foreign keys
 * are checked at the end of the COPY statement, so parents must be visible by then).
 */
export class CopyTarget {
  readonly table: string;
  rows = 0;
  readonly #client: pg.Client;
  readonly #stream: CopyStreamQuery;
  readonly #done: Promise<void>;
  #pending: string[] = [];
  #pendingBytes = 0;
  #failure: Error | null = null;
  #state: 'open' | 'committed' | 'aborted' = 'open';

  private constructor(table: string, client: pg.Client, stream: CopyStreamQuery) {
    this.table = table;
    this.#client = client;
    this.#stream = stream;
    this.#done = finished(stream).catch((error: unknown) => {
      this.#fail(error);
    });
    client.on('error', (error) => this.#fail(error));
  }

  static async open(databaseUrl: string, spec: Parameters<typeof copyStatement>[0]): Promise<CopyTarget> {
    const client = new pg.Client({ connectionString: databaseUrl, application_name: `population-load ${spec.name}` });
    await client.connect();
    try {
      await client.query('begin');
      // A bulk load that fails is rolled back and retried as a whole: no need to wait for WAL flushes.
      await client.query('set local synchronous_commit = off');
      const stream = client.query(copyFrom(copyStatement(spec), { highWaterMark: STREAM_HIGH_WATER_MARK }));
      return new CopyTarget(spec.name, client, stream);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
  }

  get failure(): Error | null {
    return this.#failure;
  }

  get needsDrain(): boolean {
    return this.#stream.writableNeedDrain;
  }

  push(line: string): void {
    this.#pending.push(line);
    this.#pendingBytes += line.length;
    this.rows += 1;
    if (this.#pendingBytes >= CHUNK_BYTES) this.flush();
  }

  flush(): void {
    if (this.#pending.length === 0 || this.#failure) return;
    this.#stream.write(Buffer.from(this.#pending.join(''), 'utf8'));
    this.#pending = [];
    this.#pendingBytes = 0;
  }

  async drain(): Promise<void> {
    if (!this.#stream.writableNeedDrain || this.#failure) return;
    await Promise.race([once(this.#stream, 'drain'), this.#done]);
  }

  /** Ends the COPY (the server then checks constraints) and commits. */
  async commit(): Promise<void> {
    this.flush();
    this.#stream.end();
    await this.#done;
    if (this.#failure) throw this.#failure;
    await this.#client.query('commit');
    this.#state = 'committed';
    await this.#client.end();
  }

  /** Cancels the COPY if still running and rolls back; never throws. */
  async abort(): Promise<void> {
    if (this.#state !== 'open') return;
    this.#state = 'aborted';
    if (!this.#stream.writableFinished) this.#stream.destroy();
    await this.#done;
    await this.#client.query('rollback').catch(() => undefined);
    await this.#client.end().catch(() => undefined);
  }

  #fail(error: unknown): void {
    this.#failure ??= error instanceof Error ? error : new Error(String(error));
  }
}

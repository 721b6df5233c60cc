import { mkdtempSync } from 'node:fs';
import { startEmbeddedPostgres } from '../shared/src/db/embedded-postgres.ts';
const pg = await startEmbeddedPostgres({ dataDir: mkdtempSync('/tmp/pgexp/c-'), port: 17999, durable: true });
console.log(pg.url);
process.on('SIGTERM', async () => { await pg.stop(); process.exit(0); });
setInterval(() => undefined, 1 << 30);

import { loadEnvironment } from '@usr/shared';
import { createEngineRuntime } from './engine.ts';
import { engineEnvironmentSchema } from './environment.ts';
import { startWorker } from './worker.ts';

/**
 * The engine process (`npm start` runs it after the gateway): works facts.ingested,
 * applications.submitted and notifications.send as they arrive, and the scheduled daily sweep and
 * monthly payroll. Stops cleanly on SIGINT/SIGTERM (jobs in hand finish, or are retried later).
 */
const env = loadEnvironment('engine', engineEnvironmentSchema);
const runtime = await createEngineRuntime(env);
const worker = await startWorker(env, runtime);
runtime.ctx.logger.info({ sms: env.sms.provider, concurrency: env.concurrency }, 'engine working');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  await runtime.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

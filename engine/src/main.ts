import { loadEnvironment, startTracing } from '@usr/shared';
import { createEngineRuntime } from './engine.ts';
import { engineEnvironmentSchema } from './environment.ts';
import { registerEngineMetrics, startMetricsServer } from './metrics.ts';
import { startWorker } from './worker.ts';

/**
 * The engine process (`npm start` runs it after the gateway): works facts.ingested,
 * applications.submitted and notifications.send as they arrive, and the scheduled daily sweep and
 * monthly payroll. Stops cleanly on SIGINT/SIGTERM (jobs in hand finish, or are retried later).
 */
const env = loadEnvironment('engine', engineEnvironmentSchema);
startTracing('engine', { otlpEndpoint: env.otlpEndpoint });
const runtime = await createEngineRuntime(env);
const worker = await startWorker(env, runtime);
registerEngineMetrics(runtime.db);
const metrics = await startMetricsServer(env.metrics.port, env.metrics.host);
runtime.ctx.logger.info({ sms: env.sms.provider, concurrency: env.concurrency }, 'engine working');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  await metrics.close();
  await runtime.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

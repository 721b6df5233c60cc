import pg from 'pg';

/**
 * The engine's own tables, schema `engine`: the development SMS log (what DevSmsProvider "sent"),
 * the facts of a chunk job already decided, and the sweep's watermark. Created idempotently at
 * start; everything else the engine writes goes through the gateway.
 */
export const ENGINE_DDL = `
create schema if not exists engine;
create table if not exists engine.sms_message (
  notification_id uuid primary key,
  phone text not null,
  text text not null,
  provider_message_id text not null,
  sent_at timestamptz not null default now()
);
-- The facts of a facts.ingested-chunk job already decided: a retried job decides only the others.
create table if not exists engine.fact_chunk_done (
  job_id uuid not null,
  fact_id uuid not null,
  primary key (job_id, fact_id)
);
create table if not exists engine.sweep_run (
  sweep_date date primary key,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  summary jsonb
);
`;

export const prepareEngineDatabase = async (databaseUrl: string): Promise<void> => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // One engine at a time creates the tables (several workers may start together).
    await client.query('select pg_advisory_lock(hashtext($1))', ['engine-ddl']);
    await client.query(ENGINE_DDL);
  } finally {
    await client.end();
  }
};

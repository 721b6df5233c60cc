import { Migration } from '@mikro-orm/migrations';

export class Migration20261203120000CreateVitalEvents extends Migration {
  override up(): void {
    // One row per vital-event fact applied to households: the idempotency record. A replay finds its
    // row (the primary key) and answers with the stored outcome, changing nothing.
    this.addSql(`
      create table households.vital_event (
        fact_id uuid primary key,
        kind varchar(16) not null check (kind in ('BIRTH', 'DEATH', 'MARRIAGE', 'DIVORCE')),
        pin char(7) not null,
        changed boolean not null,
        error_code varchar(32),
        membership_ids uuid[] not null default '{}',
        applied_at timestamptz not null default now()
      )`);
  }

  override down(): void {
    this.addSql(`drop table if exists households.vital_event`);
  }
}

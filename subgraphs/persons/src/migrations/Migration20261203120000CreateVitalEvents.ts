import { Migration } from '@mikro-orm/migrations';

export class Migration20261203120000CreateVitalEvents extends Migration {
  override up(): void {
    // One row per vital-event fact applied to the register: the idempotency record. A replay finds
    // its row (the primary key) and answers with the stored outcome, changing nothing.
    this.addSql(`
      create table persons.vital_event (
        fact_id uuid primary key,
        kind varchar(16) not null check (kind in ('BIRTH', 'DEATH')),
        pin char(7) not null,
        changed boolean not null,
        error_code varchar(32),
        applied_at timestamptz not null default now()
      )`);
  }

  override down(): void {
    this.addSql(`drop table if exists persons.vital_event`);
  }
}

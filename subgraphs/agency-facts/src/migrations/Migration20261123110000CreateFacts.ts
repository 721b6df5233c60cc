import { Migration } from '@mikro-orm/migrations';

export class Migration20261123110000CreateFacts extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists facts`);
    // Bitemporal: valid_from/valid_to say when it was true in the world, recorded_at when the
    // registry learned it; a superseded row stays (superseded_by/superseded_at) so history is kept.
    this.addSql(`
      create table facts.fact (
        id uuid primary key,
        agency_code varchar(32) not null,
        subject_pin char(7) not null,
        kind varchar(32) not null,
        value jsonb not null,
        valid_from date not null,
        valid_to date,
        recorded_at timestamptz not null default now(),
        source_reference varchar(200) not null,
        superseded_by uuid references facts.fact (id),
        superseded_at timestamptz,
        check (valid_to is null or valid_to >= valid_from),
        check ((superseded_by is null) = (superseded_at is null))
      )`);
    this.addSql(`create index fact_subject_idx on facts.fact (subject_pin, valid_from desc)`);
    // One current fact per (agency, source reference): what makes a replayed feed a no-op.
    this.addSql(
      `create unique index fact_source_current_idx on facts.fact (agency_code, source_reference) where superseded_by is null`,
    );
    this.addSql(`create index fact_kind_idx on facts.fact (kind, valid_from)`);
  }

  override down(): void {
    this.addSql(`drop table if exists facts.fact`);
  }
}

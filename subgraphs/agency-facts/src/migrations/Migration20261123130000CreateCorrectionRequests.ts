import { Migration } from '@mikro-orm/migrations';

export class Migration20261123130000CreateCorrectionRequests extends Migration {
  override up(): void {
    // A citizen contests a fact; the agency that supplied it answers. The subject and agency are
    // copied from the fact so that lists by person and by agency never join facts.fact.
    this.addSql(`
      create table facts.correction_request (
        id uuid primary key,
        fact_id uuid not null references facts.fact (id),
        subject_pin char(7) not null,
        agency_code varchar(32) not null,
        reason varchar(1000) not null check (char_length(btrim(reason)) between 1 and 1000),
        requested_at timestamptz not null default now(),
        status varchar(16) not null default 'OPEN' check (status in ('OPEN', 'CONFIRMED', 'CORRECTED', 'REJECTED')),
        answered_at timestamptz,
        answer_reason varchar(1000),
        correcting_fact_id uuid references facts.fact (id),
        check ((status = 'OPEN') = (answered_at is null)),
        check ((status = 'CORRECTED') = (correcting_fact_id is not null)),
        check (status <> 'REJECTED' or answer_reason is not null)
      )`);
    // One OPEN request per fact per citizen: what makes a repeated request return the first one.
    this.addSql(`create unique index correction_request_open_idx on facts.correction_request (fact_id, subject_pin) where status = 'OPEN'`);
    this.addSql(`create index correction_request_agency_idx on facts.correction_request (agency_code, status, requested_at, id)`);
    this.addSql(`create index correction_request_subject_idx on facts.correction_request (subject_pin, requested_at desc)`);
  }

  override down(): void {
    this.addSql(`drop table if exists facts.correction_request`);
  }
}

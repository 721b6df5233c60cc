import { Migration } from '@mikro-orm/migrations';

/**
 * A caseworker who thinks the citizen may be right forwards the request to the agency that owns the
 * fact (status FORWARDED): still waiting for the agency, which answers it as before. The forward is
 * kept beside the agency's later answer (when, and the caseworker's reason), so the timeline stays
 * whole. A FORWARDED request is as pending as an OPEN one: one of either per fact and citizen.
 */
export class Migration20261206100000AddCorrectionForwarding extends Migration {
  override up(): void {
    this.addSql(`alter table facts.correction_request add column forwarded_at timestamptz`);
    this.addSql(`alter table facts.correction_request add column forward_reason varchar(1000)`);
    // The status checks were created unnamed: drop every check that names a status, then restate them.
    this.addSql(`
      do $$
      declare c record;
      begin
        for c in select conname from pg_constraint
                  where conrelid = 'facts.correction_request'::regclass and contype = 'c'
                    and pg_get_constraintdef(oid) like '%OPEN%'
        loop
          execute format('alter table facts.correction_request drop constraint %I', c.conname);
        end loop;
      end $$`);
    this.addSql(`alter table facts.correction_request add constraint correction_request_status_check
      check (status in ('OPEN', 'FORWARDED', 'CONFIRMED', 'CORRECTED', 'REJECTED'))`);
    this.addSql(`alter table facts.correction_request add constraint correction_request_pending_unanswered_check
      check ((status in ('OPEN', 'FORWARDED')) = (answered_at is null) and (status in ('OPEN', 'FORWARDED')) = (answered_by is null))`);
    this.addSql(`alter table facts.correction_request add constraint correction_request_forwarded_check
      check ((status = 'FORWARDED') <= (forwarded_at is not null and forward_reason is not null))`);
    this.addSql(`drop index if exists facts.correction_request_open_idx`);
    this.addSql(`create unique index correction_request_pending_idx on facts.correction_request (fact_id, subject_pin) where status in ('OPEN', 'FORWARDED')`);
  }

  override down(): void {
    this.addSql(`drop index if exists facts.correction_request_pending_idx`);
    this.addSql(`create unique index correction_request_open_idx on facts.correction_request (fact_id, subject_pin) where status = 'OPEN'`);
    this.addSql(`alter table facts.correction_request drop constraint correction_request_forwarded_check`);
    this.addSql(`alter table facts.correction_request drop constraint correction_request_pending_unanswered_check`);
    this.addSql(`alter table facts.correction_request drop constraint correction_request_status_check`);
    this.addSql(`alter table facts.correction_request drop column forward_reason`);
    this.addSql(`alter table facts.correction_request drop column forwarded_at`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * The write side of benefits: idempotency keys for decisions, one pending application per
 * household and benefit, the hash-chained decision log, and the notification (SMS) outbox.
 * Additive: existing rows stay valid (their keys are null; they are not in the chain).
 */
export class Migration20261203100000AddDecisionLogAndNotifications extends Migration {
  override up(): void {
    this.addSql(`alter table benefits.decision
      add column idempotency_key varchar(200) unique,
      add column one_time_amount numeric(12, 2) check (one_time_amount >= 0)`);
    // One application waiting for a decision per household and benefit, whoever applies.
    this.addSql(`create unique index application_one_pending_idx on benefits.application (household_id, benefit_code) where status = 'SUBMITTED'`);
    // Keyset pages of what payroll pays and what the sweep ends walk ACTIVE assignments by id.
    this.addSql(`create index assignment_active_id_idx on benefits.assignment (id) where status = 'ACTIVE'`);
    // Append-only and hash-chained, like audit.access_log: each entry's hash covers its content and
    // the previous entry's hash, so altering or deleting any entry breaks every hash after it.
    this.addSql(`
      create table benefits.decision_log (
        seq bigserial primary key,
        at timestamptz not null,
        entry_type varchar(20) not null check (entry_type in ('DECISION', 'ASSIGNMENT', 'ASSIGNMENT_ENDED')),
        record_id uuid not null,
        payload jsonb not null,
        prev_hash char(64) not null,
        hash char(64) not null unique
      )`);
    this.addSql(`create index decision_log_record_idx on benefits.decision_log (record_id)`);
    this.addSql(`
      create function benefits.refuse_log_change() returns trigger language plpgsql as $$
      begin
        raise exception 'the decision log is append-only';
      end $$`);
    this.addSql(`create trigger decision_log_append_only before update or delete on benefits.decision_log for each row execute function benefits.refuse_log_change()`);
    this.addSql(`create trigger decision_log_no_truncate before truncate on benefits.decision_log for each statement execute function benefits.refuse_log_change()`);
    this.addSql(`
      create table benefits.notification (
        id uuid primary key,
        idempotency_key varchar(200) not null unique,
        recipient_pin char(7) not null,
        decision_id uuid references benefits.decision (id),
        language varchar(2) not null check (language in ('az', 'ru', 'en')),
        template varchar(60) not null,
        text varchar(1000) not null,
        status varchar(8) not null check (status in ('QUEUED', 'SENT', 'FAILED')),
        attempts integer not null default 0 check (attempts >= 0),
        provider_message_id varchar(200),
        queued_at timestamptz not null default now(),
        sent_at timestamptz,
        last_error varchar(60)
      )`);
    this.addSql(`create index notification_recipient_idx on benefits.notification (recipient_pin, queued_at desc)`);
  }

  override down(): void {
    this.addSql(`drop table if exists benefits.notification`);
    this.addSql(`drop table if exists benefits.decision_log`);
    this.addSql(`drop function if exists benefits.refuse_log_change()`);
    this.addSql(`drop index if exists benefits.assignment_active_id_idx`);
    this.addSql(`drop index if exists benefits.application_one_pending_idx`);
    this.addSql(`alter table benefits.decision drop column if exists one_time_amount, drop column if exists idempotency_key`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * Rule parameters as data (issue #15): dated parameter versions, the change sets (drafts) they are
 * drafted in, and the dry runs of drafts. Append-only in the database itself: a version's value,
 * dates and basis never change and no row is deleted; only the four-eyes status moves are allowed,
 * and the drafter can never be the approver (checks, so even a direct write cannot approve its own
 * draft). At most one APPROVED version per parameter and date. The decision log accepts the
 * parameter entries.
 */
export class Migration20261206200000CreateRuleParameters extends Migration {
  override up(): void {
    this.addSql(`
      create table benefits.parameter_draft (
        id uuid primary key,
        status varchar(12) not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
        reason varchar(2000) not null,
        drafted_by varchar(100) not null,
        created_at timestamptz not null,
        decided_by varchar(100),
        decided_at timestamptz,
        rejection_reason varchar(2000),
        idempotency_key varchar(100) not null,
        unique (drafted_by, idempotency_key),
        check (decided_by is null or decided_by <> drafted_by),
        check ((status = 'PENDING') = (decided_by is null))
      )`);
    this.addSql(`
      create table benefits.parameter_version (
        id uuid primary key,
        benefit_code varchar(40) not null,
        name varchar(80) not null,
        value numeric(14, 4) not null,
        effective_from date not null,
        effective_until date,
        sourced boolean not null,
        legal_basis jsonb not null,
        status varchar(12) not null check (status in ('DRAFT', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
        draft_id uuid references benefits.parameter_draft (id),
        supersedes_id uuid references benefits.parameter_version (id),
        drafted_by varchar(100) not null,
        approved_by varchar(100),
        created_at timestamptz not null,
        decided_at timestamptz,
        check (effective_until is null or effective_until >= effective_from),
        check (approved_by is null or approved_by <> drafted_by),
        check ((draft_id is null) = (drafted_by = 'seed'))
      )`);
    this.addSql(`create index parameter_version_parameter_idx on benefits.parameter_version (benefit_code, name, effective_from)`);
    this.addSql(`create index parameter_version_draft_idx on benefits.parameter_version (draft_id) where draft_id is not null`);
    // A catalogue value is seeded once; a parameter has one approved value per date.
    this.addSql(`create unique index parameter_version_seed_idx on benefits.parameter_version (benefit_code, name, effective_from) where drafted_by = 'seed'`);
    this.addSql(`create unique index parameter_version_approved_idx on benefits.parameter_version (benefit_code, name, effective_from) where status = 'APPROVED'`);
    this.addSql(`
      create function benefits.parameter_version_guard() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'UPDATE' then
          raise exception 'parameter versions are append-only';
        end if;
        if (new.id, new.benefit_code, new.name, new.value, new.effective_from, new.effective_until, new.sourced, new.legal_basis,
            new.draft_id, new.supersedes_id, new.drafted_by, new.created_at)
           is distinct from
           (old.id, old.benefit_code, old.name, old.value, old.effective_from, old.effective_until, old.sourced, old.legal_basis,
            old.draft_id, old.supersedes_id, old.drafted_by, old.created_at) then
          raise exception 'a parameter version is never edited: draft a new version';
        end if;
        if not ((old.status = 'DRAFT' and new.status in ('APPROVED', 'REJECTED'))
             or (old.status = 'APPROVED' and new.status = 'SUPERSEDED' and new.approved_by is not distinct from old.approved_by and new.decided_at = old.decided_at)) then
          raise exception 'parameter version status cannot move from % to %', old.status, new.status;
        end if;
        return new;
      end $$`);
    this.addSql(`create trigger parameter_version_append_only before update or delete on benefits.parameter_version for each row execute function benefits.parameter_version_guard()`);
    this.addSql(`create trigger parameter_version_no_truncate before truncate on benefits.parameter_version for each statement execute function benefits.refuse_log_change()`);
    this.addSql(`
      create function benefits.parameter_draft_guard() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'UPDATE' then
          raise exception 'parameter drafts are append-only';
        end if;
        if old.status <> 'PENDING' or (new.id, new.reason, new.drafted_by, new.created_at, new.idempotency_key)
           is distinct from (old.id, old.reason, old.drafted_by, old.created_at, old.idempotency_key) then
          raise exception 'a decided parameter draft is never changed';
        end if;
        return new;
      end $$`);
    this.addSql(`create trigger parameter_draft_append_only before update or delete on benefits.parameter_draft for each row execute function benefits.parameter_draft_guard()`);
    this.addSql(`
      create table benefits.parameter_dry_run (
        id uuid primary key,
        draft_id uuid not null references benefits.parameter_draft (id),
        status varchar(8) not null check (status in ('QUEUED', 'DONE', 'FAILED')),
        sample_share double precision not null check (sample_share > 0 and sample_share <= 1),
        requested_by varchar(100) not null,
        requested_at timestamptz not null,
        completed_at timestamptz,
        report jsonb,
        idempotency_key varchar(100) not null,
        unique (requested_by, idempotency_key),
        check ((status = 'DONE') = (report is not null))
      )`);
    this.addSql(`create index parameter_dry_run_draft_idx on benefits.parameter_dry_run (draft_id)`);
    this.addSql(`alter table benefits.decision_log drop constraint if exists decision_log_entry_type_check`);
    this.addSql(`
      alter table benefits.decision_log add constraint decision_log_entry_type_check check (entry_type in
        ('DECISION', 'ASSIGNMENT', 'ASSIGNMENT_ENDED', 'PARAMETER_SEEDED', 'PARAMETER_DRAFTED', 'PARAMETER_APPROVED', 'PARAMETER_REJECTED'))`);
  }

  override down(): void {
    this.addSql(`alter table benefits.decision_log drop constraint if exists decision_log_entry_type_check`);
    this.addSql(`alter table benefits.decision_log add constraint decision_log_entry_type_check check (entry_type in ('DECISION', 'ASSIGNMENT', 'ASSIGNMENT_ENDED'))`);
    this.addSql(`drop table if exists benefits.parameter_dry_run`);
    this.addSql(`drop table if exists benefits.parameter_version`);
    this.addSql(`drop table if exists benefits.parameter_draft`);
    this.addSql(`drop function if exists benefits.parameter_version_guard()`);
    this.addSql(`drop function if exists benefits.parameter_draft_guard()`);
  }
}

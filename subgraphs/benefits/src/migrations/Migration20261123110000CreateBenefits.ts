import { Migration } from '@mikro-orm/migrations';

export class Migration20261123110000CreateBenefits extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists benefits`);
    this.addSql(`
      create table benefits.application (
        id uuid primary key,
        benefit_code varchar(40) not null,
        household_id uuid not null,
        applicant_pin char(7) not null,
        submitted_at timestamptz not null default now(),
        deadline date not null,
        status varchar(12) not null check (status in ('SUBMITTED', 'DECIDED', 'WITHDRAWN')),
        decision_id uuid,
        idempotency_key varchar(100) unique
      )`);
    this.addSql(`create index application_household_idx on benefits.application (household_id)`);
    this.addSql(`create index application_applicant_idx on benefits.application (applicant_pin)`);
    // A decision is immutable: a changed outcome is a new decision that points at the one it replaces.
    this.addSql(`
      create table benefits.decision (
        id uuid primary key,
        benefit_code varchar(40) not null,
        subject_pin char(7) not null,
        household_id uuid,
        application_id uuid references benefits.application (id),
        decided_at timestamptz not null default now(),
        effective_date date not null,
        outcome varchar(8) not null check (outcome in ('GRANTED', 'REFUSED')),
        monthly_amount numeric(12, 2),
        rule_version varchar(40) not null,
        reason_code varchar(60) not null,
        parameters jsonb not null default '{}',
        inputs jsonb not null default '[]',
        steps jsonb not null default '[]',
        replaces_id uuid references benefits.decision (id)
      )`);
    this.addSql(`create index decision_subject_idx on benefits.decision (subject_pin, decided_at desc)`);
    this.addSql(`create index decision_household_idx on benefits.decision (household_id) where household_id is not null`);
    this.addSql(`
      create table benefits.assignment (
        id uuid primary key,
        decision_id uuid not null references benefits.decision (id),
        benefit_code varchar(40) not null,
        beneficiary_pin char(7) not null,
        household_id uuid,
        period_from date not null,
        period_to date,
        monthly_amount numeric(12, 2) not null check (monthly_amount >= 0),
        status varchar(10) not null check (status in ('ACTIVE', 'SUSPENDED', 'ENDED')),
        ended_reason varchar(60),
        check (period_to is null or period_to >= period_from)
      )`);
    this.addSql(`create index assignment_beneficiary_idx on benefits.assignment (beneficiary_pin)`);
    this.addSql(`create index assignment_household_idx on benefits.assignment (household_id) where household_id is not null`);
    this.addSql(`create index assignment_active_idx on benefits.assignment (benefit_code) where status = 'ACTIVE'`);
  }

  override down(): void {
    this.addSql(`drop table if exists benefits.assignment`);
    this.addSql(`drop table if exists benefits.decision`);
    this.addSql(`drop table if exists benefits.application`);
  }
}

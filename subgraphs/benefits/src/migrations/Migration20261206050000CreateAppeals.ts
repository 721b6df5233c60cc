import { Migration } from '@mikro-orm/migrations';

/**
 * Appeals and their timelines; and the index that finds the decisions a superseded fact fed (the
 * automatic re-decision), over the decisions' recorded inputs.
 */
export class Migration20261206050000CreateAppeals extends Migration {
  override up(): void {
    this.addSql(`
      create table benefits.appeal (
        id uuid primary key,
        decision_id uuid not null unique references benefits.decision (id),
        current_decision_id uuid not null references benefits.decision (id),
        benefit_code varchar(40) not null,
        subject_pin char(7) not null,
        appellant_pin char(7) not null,
        reason varchar(1000) not null,
        disputed_fact_ids jsonb not null default '[]',
        status varchar(12) not null check (status in ('FILED', 'REDECIDED', 'IN_REVIEW', 'UPHELD', 'REFERRED', 'SETTLED')),
        filed_at timestamptz not null,
        appeal_deadline date not null,
        review_deadline date,
        idempotency_key varchar(100) unique
      )`);
    this.addSql(`create index appeal_current_decision_idx on benefits.appeal (current_decision_id)`);
    this.addSql(`create index appeal_appellant_idx on benefits.appeal (appellant_pin, filed_at desc)`);
    this.addSql(`create index appeal_subject_idx on benefits.appeal (subject_pin, filed_at desc)`);
    this.addSql(`create index appeal_review_queue_idx on benefits.appeal (review_deadline, id) where status = 'IN_REVIEW'`);
    this.addSql(`
      create table benefits.appeal_event (
        id uuid primary key,
        appeal_id uuid not null references benefits.appeal (id),
        kind varchar(16) not null check (kind in ('FILED', 'REDECIDED', 'SENT_TO_REVIEW', 'PURSUED', 'UPHELD', 'REFERRED', 'SETTLED')),
        at timestamptz not null,
        actor varchar(16) not null check (actor in ('CITIZEN', 'ENGINE', 'APPEALS_OFFICER')),
        actor_subject varchar(100),
        decision_id uuid references benefits.decision (id),
        fact_id uuid,
        reason varchar(1000)
      )`);
    this.addSql(`create index appeal_event_appeal_idx on benefits.appeal_event (appeal_id, at, id)`);
    // decisionsUsingFacts: inputs @> '[{"factId": ...}]' over every decision of every benefit.
    this.addSql(`create index decision_inputs_idx on benefits.decision using gin (inputs jsonb_path_ops)`);
    this.addSql(`create index decision_replaces_idx on benefits.decision (replaces_id) where replaces_id is not null`);
  }

  override down(): void {
    this.addSql(`drop index if exists benefits.decision_replaces_idx`);
    this.addSql(`drop index if exists benefits.decision_inputs_idx`);
    this.addSql(`drop table if exists benefits.appeal_event`);
    this.addSql(`drop table if exists benefits.appeal`);
  }
}

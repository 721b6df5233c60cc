import { Migration } from '@mikro-orm/migrations';

/**
 * Review items (stream "changes", issue 13): a reported change that would RAISE an amount is never
 * applied on the citizen's word; the engine opens one review per decision in force, closed when an
 * agency fact confirms it or an officer accepts or rejects it.
 */
export class Migration20261207080000CreateChangeReviews extends Migration {
  override up(): void {
    this.addSql(`
      create table benefits.change_review (
        id uuid primary key,
        idempotency_key varchar(100) not null unique,
        benefit_code varchar(40) not null,
        subject_pin char(7) not null,
        household_id uuid,
        region_code varchar(40) not null,
        decision_id uuid not null references benefits.decision (id),
        fact_ids jsonb not null default '[]',
        current_amount numeric(12, 2) not null,
        declared_amount numeric(12, 2) not null,
        deadline date not null,
        status varchar(10) not null check (status in ('OPEN', 'CONFIRMED', 'ACCEPTED', 'REJECTED')),
        opened_at timestamptz not null,
        closed_at timestamptz,
        closed_by varchar(100),
        reason varchar(1000)
      )`);
    this.addSql(`create index change_review_queue_idx on benefits.change_review (deadline, id) where status = 'OPEN'`);
    this.addSql(`create index change_review_decision_idx on benefits.change_review (decision_id)`);
    this.addSql(`create index change_review_subject_idx on benefits.change_review (subject_pin, opened_at desc)`);
  }

  override down(): void {
    this.addSql(`drop table if exists benefits.change_review`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * An application can be withdrawn by its applicant before it is decided: when, kept for the
 * citizen's timeline and for audit. The partial index serves the caseworkers' queue of
 * applications waiting for a decision, by deadline. Additive: existing rows keep a null.
 */
export class Migration20261206090000AddApplicationWithdrawal extends Migration {
  override up(): void {
    this.addSql(`alter table benefits.application add column if not exists withdrawn_at timestamptz null`);
    this.addSql(`create index if not exists application_pending_deadline_idx on benefits.application (deadline, id) where status = 'SUBMITTED'`);
  }

  override down(): void {
    this.addSql(`drop index if exists benefits.application_pending_deadline_idx`);
    this.addSql(`alter table benefits.application drop column if exists withdrawn_at`);
  }
}

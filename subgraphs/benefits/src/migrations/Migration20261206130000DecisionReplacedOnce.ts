import { Migration } from '@mikro-orm/migrations';

/**
 * A decision is replaced at most once: two flows that re-decide the same decision at the same time
 * (a corrected fact's re-decision and an income re-assessment, say) cannot both chain a replacement
 * to it and leave two assignments paying for the same months. The loser is refused (CONFLICT) and
 * its job, retried, decides again from the decision now in force.
 */
export class Migration20261206130000DecisionReplacedOnce extends Migration {
  override up(): void {
    this.addSql(`drop index if exists benefits.decision_replaces_idx`);
    this.addSql(`create unique index if not exists decision_replaced_once_idx on benefits.decision (replaces_id) where replaces_id is not null`);
  }

  override down(): void {
    this.addSql(`drop index if exists benefits.decision_replaced_once_idx`);
    this.addSql(`create index if not exists decision_replaces_idx on benefits.decision (replaces_id) where replaces_id is not null`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * `Decision.assignment` looks assignments up by decision; without this index that is a scan of
 * every assignment in the country. Additive: no column or constraint changes.
 */
export class Migration20261124090000AddAssignmentDecisionIndex extends Migration {
  override up(): void {
    this.addSql(`create index if not exists assignment_decision_idx on benefits.assignment (decision_id)`);
  }

  override down(): void {
    this.addSql(`drop index if exists benefits.assignment_decision_idx`);
  }
}

import { Migration } from '@mikro-orm/migrations';
import { checkpointTableSql } from '@usr/shared';

export class Migration20261206040000AddDecisionLogCheckpoints extends Migration {
  override up(): void {
    // Signed "entry n had hash h" marks: verification resumes after the newest, auditors export them.
    for (const sql of checkpointTableSql('benefits', 'decision_log')) this.addSql(sql);
  }

  override down(): void {
    this.addSql(`drop table if exists benefits.decision_log_checkpoint`);
    this.addSql(`drop function if exists benefits.refuse_checkpoint_change()`);
  }
}

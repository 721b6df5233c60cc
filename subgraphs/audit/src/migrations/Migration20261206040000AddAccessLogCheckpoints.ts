import { Migration } from '@mikro-orm/migrations';
import { checkpointTableSql } from '@usr/shared';

export class Migration20261206040000AddAccessLogCheckpoints extends Migration {
  override up(): void {
    // Signed "entry n had hash h" marks: verification resumes after the newest, auditors export them.
    for (const sql of checkpointTableSql('audit', 'access_log')) this.addSql(sql);
    // The access log's history cannot be truncated away either.
    this.addSql(`create trigger access_log_no_truncate before truncate on audit.access_log for each statement execute function audit.refuse_change()`);
  }

  override down(): void {
    this.addSql(`drop trigger if exists access_log_no_truncate on audit.access_log`);
    this.addSql(`drop table if exists audit.access_log_checkpoint`);
    this.addSql(`drop function if exists audit.refuse_checkpoint_change()`);
  }
}

import { Migration } from '@mikro-orm/migrations';
import { appendAccessLogGroupProcedureSql } from '@usr/shared';

export class Migration20261206170000AppendAccessLogGroupProcedure extends Migration {
  override up(): void {
    // A group of the recorder in one statement with bound arrays (the commit mode, the chain's lock,
    // the append, the commit and the WAL flush inside), where six statements with every value as a
    // literal were parsed per group (BENCHMARKS.md, session 7).
    this.addSql(appendAccessLogGroupProcedureSql());
  }

  override down(): void {
    this.addSql('drop procedure if exists audit.append_access_log_group(text[], text[], text[], text[], text[], text[], text[], text[], text[], text[], text[], boolean)');
  }
}

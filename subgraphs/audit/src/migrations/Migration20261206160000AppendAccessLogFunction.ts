import { Migration } from '@mikro-orm/migrations';
import { appendAccessLogFunctionSql } from '@usr/shared';

export class Migration20261206160000AppendAccessLogFunction extends Migration {
  override up(): void {
    // The recorder's insert as a function: PL/pgSQL keeps its plan per connection, where the same
    // statement sent as text was parsed and planned for every group (the largest PostgreSQL cost of
    // a full record, BENCHMARKS.md session 6).
    this.addSql(appendAccessLogFunctionSql());
  }

  override down(): void {
    this.addSql('drop function if exists audit.append_access_log(text[], text[], text[], text[], text[], text[], text[], text[], text[], text[], text[])');
  }
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261207070000AccessLogHashStatistics extends Migration {
  override up(): void {
    // The access log is the registry's most-inserted table, so autovacuum analyzes it often (every
    // 10% of growth). No query filters, groups, joins or sorts on the two hashes: they are read only
    // to verify the chain, in `seq` order. Their statistics (64 hex characters per row, all distinct)
    // were a quarter of each ANALYZE's CPU, spent while the registry serves (BENCHMARKS.md, session 13).
    this.addSql(`alter table audit.access_log alter column hash set statistics 0, alter column prev_hash set statistics 0`);
  }

  override down(): void {
    this.addSql(`alter table audit.access_log alter column hash set statistics -1, alter column prev_hash set statistics -1`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/** Every column of audit.access_log but the two hashes, whose statistics target is lowered to 10. */
const SAMPLED = ['seq', 'at', 'subject_pin', 'accessor_kind', 'accessor_subject', 'client_id', 'service', 'fields', 'purpose', 'request_id', 'accessor_office', 'accessor_region', 'chain_version'];

export class Migration20261207070000AccessLogStatistics extends Migration {
  override up(): void {
    // The access log is the registry's most-inserted table, so autovacuum analyzes it at every 10% of
    // growth, while the registry serves. With the default target (100) each ANALYZE sorts a 30,000-row
    // sample of every column: 0.4-0.5 s of CPU at 300,000 rows, one of the bursts that held
    // p99 above 100 ms (BENCHMARKS.md, session 13). Target 10 samples 3,000 rows (20 ms):
    // - the hashes get none: no query filters, groups, joins or sorts on them (the chain is verified
    //   in `seq` order);
    // - readers find entries through the subject index or `seq`; the columns they filter by
    //   otherwise hold a handful of values (kinds, clients, services, purposes), which ten most
    //   common values cover, and the pins' count is estimated within a few percent from 3,000 rows.
    // A column added later must be listed here too (the audit tests check every column).
    this.addSql(`alter table audit.access_log alter column hash set statistics 0, alter column prev_hash set statistics 0, ${SAMPLED.map((column) => `alter column ${column} set statistics 10`).join(', ')}`);
  }

  override down(): void {
    this.addSql(`alter table audit.access_log ${['hash', 'prev_hash', ...SAMPLED].map((column) => `alter column ${column} set statistics -1`).join(', ')}`);
  }
}

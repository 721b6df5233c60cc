import { Migration } from '@mikro-orm/migrations';

/**
 * `fact_kind_idx (kind, valid_from)` served no query: every read of facts goes by subject
 * (fact_subject_idx), id, source reference, a PIN a value names or `superseded_by`, and a kind is
 * only ever a filter within one person's facts. Each fact stored paid for it (issue #14 goal 3,
 * BENCHMARKS.md "Agency bulk feed": about 3 to 6 µs of PostgreSQL CPU per fact of the bulk feed).
 */
export class Migration20261206140000DropFactKindIndex extends Migration {
  override up(): void {
    this.addSql(`drop index if exists facts.fact_kind_idx`);
  }

  override down(): void {
    this.addSql(`create index if not exists fact_kind_idx on facts.fact (kind, valid_from)`);
  }
}

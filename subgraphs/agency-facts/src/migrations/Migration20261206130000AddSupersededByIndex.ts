import { Migration } from '@mikro-orm/migrations';

/**
 * `Fact.previousVersions` walks a correction chain backwards (the facts whose `superseded_by` is
 * this one): without an index each step is a scan of every fact in the country, and the portal
 * asks it of every fact on a record. Only superseded rows are indexed (a small share of all facts).
 */
export class Migration20261206130000AddSupersededByIndex extends Migration {
  override up(): void {
    this.addSql(`create index if not exists fact_superseded_by_idx on facts.fact (superseded_by) where superseded_by is not null`);
  }

  override down(): void {
    this.addSql(`drop index if exists facts.fact_superseded_by_idx`);
  }
}

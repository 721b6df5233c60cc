import { Migration } from '@mikro-orm/migrations';

/**
 * A citizen's reported change of circumstances is stored as a fact they declared themself:
 * `declared_by` is their PIN (null for every fact an agency supplied). The agency code stays the
 * kind's owner, the agency whose fact would confirm it. Additive: existing facts are agency facts.
 */
export class Migration20261206110000AddSelfDeclaredFacts extends Migration {
  override up(): void {
    this.addSql(`alter table facts.fact add column if not exists declared_by char(7) null`);
  }

  override down(): void {
    this.addSql(`alter table facts.fact drop column if exists declared_by`);
  }
}

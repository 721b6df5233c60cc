import { Migration } from '@mikro-orm/migrations';

/**
 * The fact's text keys, `source_reference` (the feed's dedup key, fact_source_current_idx) and
 * `subject_pin` (fact_subject_idx), compare bytewise (COLLATE "C") instead of by the server's locale:
 * every fact stored walks both B-trees, and a locale comparison (strcoll, after copying both keys)
 * costs more than a memcmp: ≈2.5 % of PostgreSQL's CPU in the bulk feed under C.UTF-8, more under a
 * full locale such as en_US.UTF-8 (issue #14 goal 3, BENCHMARKS.md "Agency bulk feed", session 6).
 * Equality is the same either way (deterministic collations compare equal
 * only when bytewise equal), so no lookup, dedup or uniqueness changes; only the order of a sort by
 * these columns could, and nothing sorts by a source reference, while PINs (digits and capitals)
 * sort the same in "C" as in the usual locales. No table rewrite; the two indexes are rebuilt.
 */
export class Migration20261206150000FactKeysCollateC extends Migration {
  override up(): void {
    this.addSql(`alter table facts.fact alter column source_reference type varchar(200) collate "C", alter column subject_pin type char(7) collate "C"`);
  }

  override down(): void {
    this.addSql(`alter table facts.fact alter column source_reference type varchar(200) collate "default", alter column subject_pin type char(7) collate "default"`);
  }
}

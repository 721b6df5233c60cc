import { Migration } from '@mikro-orm/migrations';

/**
 * `Person.factsInOtherRoles` looks facts up by the PIN their value names (the mother and father of
 * a BIRTH, the spouse of a MARRIAGE or DIVORCE): without these partial expression indexes that is a
 * scan of every fact in the country. Only current facts are indexed, as only they are asked for.
 */
export class Migration20261206120000AddFactRoleIndexes extends Migration {
  override up(): void {
    this.addSql(`create index if not exists fact_birth_mother_idx on facts.fact ((value->>'motherPin')) where kind = 'BIRTH' and superseded_by is null`);
    this.addSql(`create index if not exists fact_birth_father_idx on facts.fact ((value->>'fatherPin')) where kind = 'BIRTH' and superseded_by is null`);
    this.addSql(`create index if not exists fact_spouse_idx on facts.fact ((value->>'spousePin')) where kind in ('MARRIAGE', 'DIVORCE') and superseded_by is null`);
  }

  override down(): void {
    this.addSql(`drop index if exists facts.fact_spouse_idx`);
    this.addSql(`drop index if exists facts.fact_birth_father_idx`);
    this.addSql(`drop index if exists facts.fact_birth_mother_idx`);
  }
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261206070000AddAccessorOffice extends Migration {
  override up(): void {
    // Where the reader works (the token's office and region), so a person sees "a caseworker,
    // Sumgait office". Rows written before carry chain version 1 and are hashed as they were; rows
    // from now on are version 2, whose hash covers office and region too (no rewrite of history).
    this.addSql(`alter table audit.access_log
      add column accessor_office varchar(16) not null default '',
      add column accessor_region varchar(40) not null default '',
      add column chain_version smallint not null default 1`);
  }

  override down(): void {
    this.addSql(`alter table audit.access_log drop column accessor_office, drop column accessor_region, drop column chain_version`);
  }
}

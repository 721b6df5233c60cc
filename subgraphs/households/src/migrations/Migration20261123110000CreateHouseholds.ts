import { Migration } from '@mikro-orm/migrations';

export class Migration20261123110000CreateHouseholds extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists households`);
    this.addSql(`
      create table households.household (
        id uuid primary key,
        address_line varchar(300) not null,
        district_code varchar(8) not null,
        region_code varchar(32) not null,
        created_at timestamptz not null default now()
      )`);
    // A membership is never deleted: leaving a household closes it (valid_to), so history stays.
    this.addSql(`
      create table households.membership (
        id uuid primary key,
        household_id uuid not null references households.household (id),
        person_pin char(7) not null,
        relation varchar(16) not null check (relation in
          ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'GRANDCHILD', 'GRANDPARENT', 'OTHER_RELATIVE', 'NON_RELATIVE')),
        valid_from date not null,
        valid_to date,
        check (valid_to is null or valid_to >= valid_from)
      )`);
    this.addSql(`create index membership_household_idx on households.membership (household_id, valid_from)`);
    this.addSql(`create index membership_person_idx on households.membership (person_pin, valid_from)`);
    this.addSql(`create unique index membership_one_current_idx on households.membership (person_pin) where valid_to is null`);
    this.addSql(`create index household_region_idx on households.household (region_code)`);
  }

  override down(): void {
    this.addSql(`drop table if exists households.membership`);
    this.addSql(`drop table if exists households.household`);
  }
}

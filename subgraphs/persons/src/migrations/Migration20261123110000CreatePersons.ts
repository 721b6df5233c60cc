import { Migration } from '@mikro-orm/migrations';

export class Migration20261123110000CreatePersons extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists persons`);
    this.addSql(`
      create table persons.person (
        pin char(7) primary key check (pin ~ '^[0-9A-HJ-NP-Z]{7}$'),
        first_name varchar(100) not null,
        last_name varchar(100) not null,
        patronymic varchar(100),
        birth_date date not null,
        sex varchar(6) not null check (sex in ('FEMALE', 'MALE')),
        death_date date,
        citizenship char(3) not null default 'AZE',
        address_line varchar(300) not null,
        district_code varchar(8) not null,
        region_code varchar(32) not null,
        phone varchar(13) check (phone ~ '^\\+994[0-9]{9}$'),
        language varchar(2) not null default 'az' check (language in ('az', 'ru', 'en')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (death_date is null or death_date >= birth_date)
      )`);
    // Search by name is a case-insensitive prefix match; by region and birth date a range scan.
    this.addSql(`create index person_last_first_idx on persons.person (lower(last_name) text_pattern_ops, lower(first_name))`);
    this.addSql(`create index person_first_idx on persons.person (lower(first_name) text_pattern_ops)`);
    this.addSql(`create index person_region_birth_idx on persons.person (region_code, birth_date)`);
    this.addSql(`create index person_birth_idx on persons.person (birth_date)`);
  }

  override down(): void {
    this.addSql(`drop table if exists persons.person`);
  }
}

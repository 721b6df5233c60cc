import { Migration } from '@mikro-orm/migrations';

/**
 * The names of the staff who draft, approve, reject and dry-run parameter changes, by account id
 * (token subject): the rules pages say who did what by name, not by an id. The latest name the
 * account's token carried; an id with no row here reads as the id alone.
 */
export class Migration20261208120000CreateStaffMembers extends Migration {
  override up(): void {
    this.addSql(`
      create table if not exists benefits.staff_member (
        subject varchar(100) primary key,
        name varchar(200) not null,
        seen_at timestamptz not null default now()
      )`);
  }

  override down(): void {
    this.addSql(`drop table if exists benefits.staff_member`);
  }
}

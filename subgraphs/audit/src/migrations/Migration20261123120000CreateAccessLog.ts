import { Migration } from '@mikro-orm/migrations';

export class Migration20261123120000CreateAccessLog extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists audit`);
    // Append-only and hash-chained: each row's hash covers its content and the previous row's
    // hash, so altering or deleting any row breaks every hash after it.
    this.addSql(`
      create table audit.access_log (
        seq bigint primary key,
        at timestamptz not null,
        subject_pin char(7) not null,
        accessor_kind varchar(16) not null,
        accessor_subject varchar(64) not null,
        client_id varchar(100) not null,
        service varchar(40) not null,
        fields text[] not null,
        purpose varchar(300) not null,
        request_id varchar(64) not null,
        prev_hash char(64) not null,
        hash char(64) not null unique
      )`);
    this.addSql(`create index access_log_subject_idx on audit.access_log (subject_pin, seq desc)`);
    // The registry's own role may insert but never change or remove history.
    this.addSql(`
      create function audit.refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'the access log is append-only';
      end $$`);
    this.addSql(`create trigger access_log_append_only before update or delete on audit.access_log for each row execute function audit.refuse_change()`);
  }

  override down(): void {
    this.addSql(`drop table if exists audit.access_log`);
    this.addSql(`drop function if exists audit.refuse_change()`);
  }
}

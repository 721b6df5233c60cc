import { Migration } from '@mikro-orm/migrations';

/**
 * The write side of payroll: when a payment was sent and in which export run of its month, the
 * benefit it pays (quoted to the bank), and one row per export run so that a re-export of a run is
 * the same file (same MsgId, creation time, count and sum). Additive: existing rows keep their meaning.
 */
export class Migration20261203120000AddPayrollWrites extends Migration {
  override up(): void {
    this.addSql(`alter table payments.payment add column if not exists sent_at timestamptz`);
    this.addSql(`alter table payments.payment add column if not exists export_run smallint`);
    this.addSql(`alter table payments.payment add column if not exists benefit_code varchar(40)`);
    // The export marks a month's SCHEDULED payments, then reads one run of a month in id order.
    this.addSql(`create index if not exists payment_month_status_idx on payments.payment (month, status)`);
    this.addSql(`create index if not exists payment_export_run_idx on payments.payment (month, export_run, id) where export_run is not null`);
    this.addSql(`
      create table if not exists payments.payment_export (
        month char(7) not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        run smallint not null check (run >= 1),
        msg_id varchar(35) not null unique,
        created_at timestamptz not null,
        requested_execution_date date not null,
        transactions integer not null check (transactions > 0),
        control_sum numeric(18, 2) not null,
        primary key (month, run)
      )`);
  }

  override down(): void {
    this.addSql(`drop table if exists payments.payment_export`);
    this.addSql(`drop index if exists payments.payment_export_run_idx`);
    this.addSql(`drop index if exists payments.payment_month_status_idx`);
    this.addSql(`alter table payments.payment drop column if exists benefit_code`);
    this.addSql(`alter table payments.payment drop column if exists export_run`);
    this.addSql(`alter table payments.payment drop column if exists sent_at`);
  }
}

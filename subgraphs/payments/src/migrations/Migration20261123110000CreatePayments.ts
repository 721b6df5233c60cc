import { Migration } from '@mikro-orm/migrations';

export class Migration20261123110000CreatePayments extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists payments`);
    // The card account opened on a person's first assignment; one open account per holder.
    this.addSql(`
      create table payments.payment_account (
        id uuid primary key,
        holder_pin char(7) not null,
        bank varchar(120) not null,
        branch_address varchar(300) not null,
        card_pickup_date date not null,
        card_number_masked varchar(19) not null,
        iban varchar(34) not null,
        opened_at timestamptz not null default now(),
        status varchar(10) not null check (status in ('OPEN', 'BLOCKED', 'CLOSED'))
      )`);
    this.addSql(`create unique index payment_account_open_idx on payments.payment_account (holder_pin) where status <> 'CLOSED'`);
    // One payment per assignment per month: what makes a replayed payroll run a no-op.
    this.addSql(`
      create table payments.payment (
        id uuid primary key,
        assignment_id uuid not null,
        beneficiary_pin char(7) not null,
        account_id uuid not null references payments.payment_account (id),
        month char(7) not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        amount numeric(12, 2) not null check (amount >= 0),
        status varchar(10) not null check (status in ('SCHEDULED', 'SENT', 'PAID', 'WITHDRAWN', 'RETURNED')),
        created_at timestamptz not null default now(),
        paid_at timestamptz,
        withdrawn_at timestamptz,
        unique (assignment_id, month)
      )`);
    this.addSql(`create index payment_beneficiary_idx on payments.payment (beneficiary_pin, month desc)`);
  }

  override down(): void {
    this.addSql(`drop table if exists payments.payment`);
    this.addSql(`drop table if exists payments.payment_account`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * Overpayments to recover: one balance per replacement decision that found the overpayment, and
 * each deduction from a later payment (one per payment at most, so a replayed payroll deducts once).
 */
export class Migration20261206042000CreateRecoveries extends Migration {
  override up(): void {
    this.addSql(`
      create table payments.recovery (
        id uuid primary key,
        decision_id uuid not null unique,
        debtor_pin char(7) not null,
        benefit_code varchar(40) not null,
        amount numeric(12, 2) not null check (amount > 0),
        recovered numeric(12, 2) not null default 0 check (recovered >= 0 and recovered <= amount),
        created_at timestamptz not null default now()
      )`);
    this.addSql(`create index recovery_debtor_idx on payments.recovery (debtor_pin, created_at)`);
    this.addSql(`create index recovery_outstanding_idx on payments.recovery (debtor_pin) where recovered < amount`);
    this.addSql(`
      create table payments.recovery_deduction (
        id uuid primary key,
        recovery_id uuid not null references payments.recovery (id),
        payment_id uuid not null references payments.payment (id),
        month varchar(7) not null,
        amount numeric(12, 2) not null check (amount > 0),
        unique (recovery_id, payment_id)
      )`);
    this.addSql(`create index recovery_deduction_recovery_idx on payments.recovery_deduction (recovery_id, month)`);
  }

  override down(): void {
    this.addSql(`drop table if exists payments.recovery_deduction`);
    this.addSql(`drop table if exists payments.recovery`);
  }
}

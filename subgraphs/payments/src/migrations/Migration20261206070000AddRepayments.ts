import { Migration } from '@mikro-orm/migrations';

/**
 * A payment the bank rejected or returned is paid again in the next payroll run: a new payment of
 * that run's month that names the one it repays. Once per payment (unique), and the rule "one
 * payment per assignment and month" now holds for the regular payments only.
 */
export class Migration20261206070000AddRepayments extends Migration {
  override up(): void {
    this.addSql(`alter table payments.payment add column repays_payment_id uuid unique references payments.payment (id)`);
    this.addSql(`alter table payments.payment drop constraint payment_assignment_id_month_key`);
    this.addSql(`create unique index payment_assignment_id_month_key on payments.payment (assignment_id, month) where repays_payment_id is null`);
  }

  override down(): void {
    this.addSql(`delete from payments.payment where repays_payment_id is not null`);
    this.addSql(`drop index payments.payment_assignment_id_month_key`);
    this.addSql(`alter table payments.payment add constraint payment_assignment_id_month_key unique (assignment_id, month)`);
    this.addSql(`alter table payments.payment drop column repays_payment_id`);
  }
}

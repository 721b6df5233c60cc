import { Migration } from '@mikro-orm/migrations';

/**
 * An assignment's payments (`Assignment.payments`, a step of every full record) are read by
 * assignment_id alone; since repayments the only index leading with it is the partial unique one
 * (`where repays_payment_id is null`), which that read cannot use: it scanned every payment
 * (BENCHMARKS.md, session 7). Additive: nothing else changes.
 */
export class Migration20261206170000AddPaymentAssignmentIndex extends Migration {
  override up(): void {
    this.addSql(`create index if not exists payment_assignment_idx on payments.payment (assignment_id, month)`);
  }

  override down(): void {
    this.addSql(`drop index if exists payments.payment_assignment_idx`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * `Person.paymentAccounts` lists closed accounts too, which the partial unique index on open ones
 * cannot find; without this index that is a scan of every account. Additive: nothing else changes.
 */
export class Migration20261124090000AddAccountHolderIndex extends Migration {
  override up(): void {
    this.addSql(`create index if not exists payment_account_holder_idx on payments.payment_account (holder_pin)`);
  }

  override down(): void {
    this.addSql(`drop index if exists payments.payment_account_holder_idx`);
  }
}

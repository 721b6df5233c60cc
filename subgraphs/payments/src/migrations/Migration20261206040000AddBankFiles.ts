import { Migration } from '@mikro-orm/migrations';

/**
 * What the bank sends back: payments can be ACCEPTED or REJECTED by its status report (pain.002);
 * every file imported is kept with its message id and digest (a different file reusing a message id
 * is refused), and every entry with the outcome it had, so a replayed entry changes nothing and
 * auditors see what each file did. Additive apart from the widened status check.
 */
export class Migration20261206040000AddBankFiles extends Migration {
  override up(): void {
    this.addSql(`alter table payments.payment drop constraint if exists payment_status_check`);
    this.addSql(`alter table payments.payment add constraint payment_status_check check (status in ('SCHEDULED', 'SENT', 'ACCEPTED', 'REJECTED', 'PAID', 'WITHDRAWN', 'RETURNED'))`);
    this.addSql(`alter table payments.payment add column if not exists accepted_at timestamptz`);
    this.addSql(`alter table payments.payment add column if not exists returned_at timestamptz`);
    // The bank's reason code for a rejection or a return (ISO 20022 ExternalStatusReason1Code / ExternalReturnReason1Code).
    this.addSql(`alter table payments.payment add column if not exists bank_reason varchar(4)`);
    // Statements name accounts by IBAN.
    this.addSql(`create index if not exists payment_account_iban_idx on payments.payment_account (iban)`);
    // Payments are matched to withdrawals by account: PAID ones of an account, oldest first.
    this.addSql(`create index if not exists payment_account_status_idx on payments.payment (account_id, status)`);
    this.addSql(`
      create table if not exists payments.bank_file (
        id uuid primary key,
        kind varchar(16) not null check (kind in ('pain.002', 'camt.053', 'camt.054')),
        msg_id varchar(35) not null,
        sha256 char(64) not null,
        received_at timestamptz not null default now(),
        entries integer not null default 0,
        completed boolean not null default false,
        unique (kind, msg_id)
      )`);
    this.addSql(`
      create table if not exists payments.bank_entry (
        file_id uuid not null references payments.bank_file (id),
        index integer not null,
        -- The bank's own reference of a statement entry (AcctSvcrRef) or the payment's EndToEndId.
        reference varchar(35),
        account_iban varchar(34),
        payment_id uuid,
        amount numeric(14, 2),
        booked_on date,
        outcome varchar(32) not null,
        primary key (file_id, index)
      )`);
    // A statement entry is applied once, whichever file carries it again.
    this.addSql(`create unique index if not exists bank_entry_statement_ref_idx on payments.bank_entry (account_iban, reference) where outcome in ('APPLIED', 'APPLIED_LATE')`);
    this.addSql(`create index if not exists bank_entry_payment_idx on payments.bank_entry (payment_id) where payment_id is not null`);
  }

  override down(): void {
    this.addSql(`drop table if exists payments.bank_entry`);
    this.addSql(`drop table if exists payments.bank_file`);
    this.addSql(`drop index if exists payments.payment_account_status_idx`);
    this.addSql(`drop index if exists payments.payment_account_iban_idx`);
    this.addSql(`alter table payments.payment drop column if exists bank_reason`);
    this.addSql(`alter table payments.payment drop column if exists returned_at`);
    this.addSql(`alter table payments.payment drop column if exists accepted_at`);
    this.addSql(`alter table payments.payment drop constraint if exists payment_status_check`);
    this.addSql(`alter table payments.payment add constraint payment_status_check check (status in ('SCHEDULED', 'SENT', 'PAID', 'WITHDRAWN', 'RETURNED'))`);
  }
}

import type { SubgraphDatabaseDefinition } from '@usr/shared';
import { PaymentAccountSchema } from './entities/payment-account.ts';
import { PaymentSchema } from './entities/payment.ts';
import { RecoveryDeductionSchema, RecoverySchema } from './recovery/recovery.ts';
import { Migration20261206042000CreateRecoveries } from './migrations/Migration20261206042000CreateRecoveries.ts';
import { Migration20261206070000AddRepayments } from './migrations/Migration20261206070000AddRepayments.ts';
import { Migration20261206170000AddPaymentAssignmentIndex } from './migrations/Migration20261206170000AddPaymentAssignmentIndex.ts';
import { Migration20261123110000CreatePayments } from './migrations/Migration20261123110000CreatePayments.ts';
import { Migration20261124090000AddAccountHolderIndex } from './migrations/Migration20261124090000AddAccountHolderIndex.ts';
import { Migration20261203120000AddPayrollWrites } from './migrations/Migration20261203120000AddPayrollWrites.ts';
import { Migration20261206040000AddBankFiles } from './migrations/Migration20261206040000AddBankFiles.ts';

/** The payments schema: its entities and its migrations, in order. */
export const paymentsDatabase: SubgraphDatabaseDefinition = {
  schema: 'payments',
  entities: [PaymentAccountSchema, PaymentSchema, RecoverySchema, RecoveryDeductionSchema],
  migrations: [
    { name: 'Migration20261123110000CreatePayments', class: Migration20261123110000CreatePayments },
    { name: 'Migration20261124090000AddAccountHolderIndex', class: Migration20261124090000AddAccountHolderIndex },
    { name: 'Migration20261203120000AddPayrollWrites', class: Migration20261203120000AddPayrollWrites },
    { name: 'Migration20261206040000AddBankFiles', class: Migration20261206040000AddBankFiles },
    { name: 'Migration20261206042000CreateRecoveries', class: Migration20261206042000CreateRecoveries },
    { name: 'Migration20261206070000AddRepayments', class: Migration20261206070000AddRepayments },
    { name: 'Migration20261206170000AddPaymentAssignmentIndex', class: Migration20261206170000AddPaymentAssignmentIndex },
  ],
};

export { paymentsSubgraph } from './subgraph.ts';
export { paymentsDatabase } from './database.ts';
export { paymentsEnvironmentSchema } from './environment.ts';
export { PaymentAccountSchema, type PaymentAccount } from './entities/payment-account.ts';
export { PaymentSchema, type Payment } from './entities/payment.ts';
export { PAIN001_PATH } from './export/pain001-route.ts';
export { BANK_FILES_PATH } from './import/bank-file-route.ts';

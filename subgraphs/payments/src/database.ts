import type { SubgraphDatabaseDefinition } from '@usr/shared';
import { Migration20261123110000CreatePayments } from './migrations/Migration20261123110000CreatePayments.ts';

/** The payments schema: its entities and its migrations, in order. */
export const paymentsDatabase: SubgraphDatabaseDefinition = {
  schema: 'payments',
  entities: [],
  migrations: [{ name: 'Migration20261123110000CreatePayments', class: Migration20261123110000CreatePayments }],
};

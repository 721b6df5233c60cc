import pg from 'pg';
import { randomBytes } from 'node:crypto';

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

const withDatabase = (adminUrl: string, database: string): string => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

/**
 * A fresh, empty database on the test server (OpenCRVS habit: one per test file), so files run in
 * parallel without seeing each other's rows.
 */
export const createTestDatabase = async (adminUrl: string, prefix = 'test'): Promise<TestDatabase> => {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(adminUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
};

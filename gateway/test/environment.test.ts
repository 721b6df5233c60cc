import { describe, expect, it } from 'vitest';
import { EnvironmentError, parseEnvironment } from '@usr/shared';
import { gatewayEnvironmentSchema } from '../src/environment.ts';

describe('the gateway’s access log database', () => {
  it('is AUDIT_DATABASE_URL, else DATABASE_URL', () => {
    const audit = 'postgres://registry@audit.internal:5432/audit_log';
    const main = 'postgres://registry@db.internal:5432/registry';
    expect(parseEnvironment('gateway', gatewayEnvironmentSchema, { AUDIT_DATABASE_URL: audit, DATABASE_URL: main }).auditDatabaseUrl).toBe(audit);
    expect(parseEnvironment('gateway', gatewayEnvironmentSchema, { DATABASE_URL: main }).auditDatabaseUrl).toBe(main);
  });

  it('is required: the gateway refuses to start without one, saying what to set', () => {
    expect(() => parseEnvironment('gateway', gatewayEnvironmentSchema, {})).toThrow(EnvironmentError);
    expect(() => parseEnvironment('gateway', gatewayEnvironmentSchema, {})).toThrow(/AUDIT_DATABASE_URL: set AUDIT_DATABASE_URL or DATABASE_URL/);
  });
});

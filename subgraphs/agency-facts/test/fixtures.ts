import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { FACT_KINDS, type FactKind } from '@usr/shared';

export interface FactRow {
  readonly id?: string;
  readonly pin: string;
  readonly kind: FactKind;
  readonly value: unknown;
  readonly validFrom: string;
  readonly validTo?: string | null;
  readonly sourceReference?: string;
  /** Overrides the kind's owner: only for corrupt-data tests. */
  readonly agency?: string;
}

/** A valid value of every kind, as feeds send them (amounts are JSON numbers). */
export const SAMPLE_VALUES: { readonly [K in FactKind]: unknown } = {
  INCOME: { amount: 250.5, month: '2025-03', source: 'SALARY', payer: 'Azərsun Holding' },
  EMPLOYMENT: { employer: 'Azərsun Holding', position: 'Mühasib' },
  UNEMPLOYMENT: { office: 'Bakı Məşğulluq Mərkəzi' },
  INSURED_YEARS: { years: 27, months: 4 },
  DISABILITY: { group: 'II', cause: 'GENERAL', reviewDate: '2026-04-01' },
  MEDICAL_CONDITION: { icd10: 'E11.9', chronic: true },
  STUDENT: { institution: 'Bakı Dövlət Universiteti', level: 'BACHELOR', fullTime: true },
  REAL_ESTATE: { propertyType: 'APARTMENT', areaSqm: 74.5, districtCode: 'AZ-BA', cadastralNumber: '1-23-456' },
  LAND: { hectares: 1.25, landUse: 'AGRICULTURAL' },
  VEHICLE: { make: 'Lada', model: '2107', year: 2004, engineCc: 1451 },
  BIRTH: { motherPin: '5AZK7P2', districtCode: 'AZ-BA' },
  DEATH: { certificateNumber: 'AA-123456' },
  MARRIAGE: { spousePin: '4BXM2R8' },
  DIVORCE: { spousePin: '4BXM2R8' },
  REGISTERED_ADDRESS: { address: 'Nizami küç. 10', districtCode: 'AZ-BA' },
  RESIDENCE_PERMIT: { permitType: 'PERMANENT' },
  ABROAD_STAY: { country: 'TUR', days: 12 },
  MILITARY_SERVICE: { serviceType: 'CONSCRIPT' },
  IDP_STATUS: { originDistrictCode: 'AZ-SUS' },
  BANK_DEPOSIT: { bank: 'Kapital Bank', amount: 1200 },
  ELECTRICITY_CONSUMPTION: { month: '2025-03', kwh: 180 },
  WATER_CONSUMPTION: { month: '2025-03', cubicMetres: 9 },
  GAS_CONSUMPTION: { month: '2025-03', cubicMetres: 9 },
  IMPORT_DECLARATION: { valueAzn: 99.9 },
  FARMER_REGISTRATION: { hectaresCultivated: 3 },
  HOUSEHOLD_CHANGE: { householdChange: 'JOINED', memberPin: '4BXM2R8' },
  CARE: { careChange: 'STARTED', caredForPin: '4BXM2R8' },
};

const insertFact = async (db: pg.Pool | pg.PoolClient, row: FactRow): Promise<string> => {
  const id = row.id ?? randomUUID();
  await db.query(
    `insert into facts.fact (id, agency_code, subject_pin, kind, value, valid_from, valid_to, source_reference)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, row.agency ?? FACT_KINDS[row.kind].agency, row.pin, row.kind, JSON.stringify(row.value), row.validFrom, row.validTo ?? null, row.sourceReference ?? `REF-${id}`],
  );
  return id;
};

export const factSeeder = (databaseUrl: string) => {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  return {
    fact: (row: FactRow): Promise<string> => insertFact(pool, row),
    /** `count` monthly INCOME facts from January 2000 on, in one statement. */
    async monthlyIncome(pin: string, count: number): Promise<void> {
      await pool.query(
        `insert into facts.fact (id, agency_code, subject_pin, kind, value, valid_from, valid_to, source_reference)
         select gen_random_uuid(), 'taxes', $1::char(7), 'INCOME',
                jsonb_build_object('amount', 100 + g, 'month', to_char(date '2000-01-01' + make_interval(months => g), 'YYYY-MM'), 'source', 'SALARY'),
                (date '2000-01-01' + make_interval(months => g))::date, (date '2000-01-01' + make_interval(months => g + 1))::date - 1,
                'INC-' || $1::text || '-' || g
         from generate_series(0, $2::int - 1) g`,
        [pin, count],
      );
    },
    /** Replaces `oldId` by a new fact, as a correction from the agency would. */
    async supersede(oldId: string, replacement: FactRow): Promise<string> {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const newId = await insertFact(client, replacement);
        await client.query(`update facts.fact set superseded_by = $1, superseded_at = now() where id = $2`, [newId, oldId]);
        await client.query('commit');
        return newId;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
};

/** PINs the test population register does not know (see startDirectoryStub's `unregistered`). */
export const UNREGISTERED: readonly string[] = ['UNREG01', 'UNREG02', 'UNREG03'];

import { randomUUID } from 'node:crypto';
import { BENEFIT_TYPES, type EntityManager } from '@usr/shared';
import { appendToDecisionLog, type NewLogEntry } from './decision-log-store.ts';
import { insertVersion, lockParameters, seededKeys, versionKey, type NewVersionRow } from './parameter-store.ts';

/**
 * The catalogue (shared/src/domain/benefit-catalogue.ts) is the seed: every value it holds that the
 * registry has not seeded yet (nor approved for that date) becomes an APPROVED version drafted by
 * "seed", with its PARAMETER_SEEDED entry in the decision log. Values added to the catalogue later
 * are seeded on the next start; a seeded value is never changed by the seed (a correction is a
 * draft). Runs once per process and database, before the first parameter read or write.
 */
export const seedParameters = async (em: EntityManager): Promise<number> =>
  em.transactional(async (tx) => {
    await lockParameters(tx);
    const known = await seededKeys(tx);
    const createdAt = new Date().toISOString();
    const entries: NewLogEntry[] = [];
    for (const benefit of BENEFIT_TYPES)
      for (const parameter of benefit.parameters)
        for (const value of parameter.values) {
          if (known.has(versionKey(benefit.code, parameter.name, value.from))) continue;
          const row: NewVersionRow = {
            id: randomUUID(),
            benefitCode: benefit.code,
            name: parameter.name,
            value: value.value,
            effectiveFrom: value.from,
            effectiveUntil: null,
            sourced: value.sourced,
            legalBasis: value.basis,
            status: 'APPROVED',
            draftId: null,
            supersedesId: null,
            draftedBy: 'seed',
            createdAt,
          };
          if (await insertVersion(tx, row)) entries.push({ entryType: 'PARAMETER_SEEDED', recordId: row.id, payload: { ...row, legalBasis: { ...row.legalBasis } } });
        }
    await appendToDecisionLog(tx, entries);
    return entries.length;
  });

const seeded = new WeakMap<object, Promise<number>>();

/** Seeds once per ORM (the driver is shared by every fork of a request); a failed seed is retried by the next caller. */
export const ensureParametersSeeded = (em: EntityManager): Promise<number> => {
  const key = em.getDriver();
  let done = seeded.get(key);
  if (!done) {
    done = seedParameters(em.fork()).catch((error: unknown) => {
      seeded.delete(key);
      throw error;
    });
    seeded.set(key, done);
  }
  return done;
};

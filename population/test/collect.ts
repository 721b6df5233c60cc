import { createHash } from 'node:crypto';
import { generatePopulation, copyLine, TABLES, TABLE_NAMES, type PopulationOptions, type PopulationRows, type PopulationTable } from '@usr/population';

export type CollectedRows = { [T in PopulationTable]: PopulationRows[T][] };

/** Generates a population into arrays (fine for a few thousand persons in a test). */
export const collectPopulation = (options: PopulationOptions): CollectedRows => {
  const rows = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as CollectedRows;
  generatePopulation(options, (table, row) => {
    (rows[table] as PopulationRows[typeof table][]).push(row);
  });
  return rows;
};

/** SHA-256 over every COPY line of every table, in generation order. */
export const populationHash = (options: PopulationOptions): string => {
  const hash = createHash('sha256');
  generatePopulation(options, (table, row) => {
    hash.update(table);
    hash.update(copyLine(TABLES[table], row));
  });
  return hash.digest('hex');
};

export const REFERENCE_DATE = '2026-11-23';

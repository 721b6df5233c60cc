/**
 * The synthetic nation: a deterministic generator of persons, households, agency facts and the
 * benefits already in payment, and a COPY loader that streams it into the subgraphs' schemas.
 */
export { DEMO_PERSONS, DEMO_PINS, type DemoPerson, type DemoPersonKey, type DemoBirth } from './demo-persons.ts';
export { demoBirthDay } from './demo-households.ts';
export { generatePopulation, populationHouseholds, type PopulationOptions } from './generator.ts';
export { loadPopulation, isPopulated, type LoadPopulationOptions, type LoadProgress } from './loader.ts';
export { TABLES, TABLE_NAMES, type TableSpec } from './tables.ts';
export { copyLine } from './copy-format.ts';
export { AGE_PYRAMID } from './age-pyramid.ts';
export type * from './rows.ts';

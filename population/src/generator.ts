import { GenerationContext, type PopulationOptions } from './context.ts';
import { writeDemoHouseholds } from './demo-households.ts';
import { DEMO_PINS } from './demo-persons.ts';
import { generateHousehold } from './household-generator.ts';
import type { RowSink } from './rows.ts';

export type { PopulationOptions };

/**
 * The population, one household at a time: the demo households first, then generated households
 * until exactly `persons` people exist. Rows go to `emit` as they are made; after each household
 * the running number of persons is yielded, which is where a consumer can wait for backpressure.
 */
export function* populationHouseholds(options: PopulationOptions, emit: RowSink): Generator<number, void, undefined> {
  if (!Number.isSafeInteger(options.persons) || options.persons < DEMO_PINS.length) {
    throw new RangeError(`persons must be an integer of at least ${DEMO_PINS.length} (the demo persons)`);
  }
  const ctx = new GenerationContext(options, emit);
  let persons = writeDemoHouseholds(ctx);
  yield persons;
  for (let index = 0; persons < options.persons; index++) {
    persons += generateHousehold(ctx, index, options.persons - persons);
    yield persons;
  }
}

/** Generates the whole population synchronously into `emit` (tests, hashing). */
export const generatePopulation = (options: PopulationOptions, emit: RowSink): number => {
  let persons = 0;
  for (const count of populationHouseholds(options, emit)) persons = count;
  return persons;
};

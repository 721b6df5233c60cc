import { oneByKey, type EntityManager } from '@usr/shared';
import { findPersonsByPins } from './services/person-store.ts';
import type { Person } from './entities/person.ts';

export const createPersonLoaders = (em: EntityManager) => ({
  personByPin: oneByKey<string, Person>((pins) => findPersonsByPins(em, pins), (p) => p.pin),
});

export type PersonLoaders = ReturnType<typeof createPersonLoaders>;

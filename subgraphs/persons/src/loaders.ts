import { oneByKey, type RequestEntityManager } from '@usr/shared';
import { findPersonsByPins } from './services/person-store.ts';
import type { Person } from './entities/person.ts';

export const createPersonLoaders = (orm: RequestEntityManager) => ({
  personByPin: oneByKey<string, Person>((pins) => findPersonsByPins(orm.reads(), pins), (p) => p.pin),
});

export type PersonLoaders = ReturnType<typeof createPersonLoaders>;

import { oneByKey, type EntityManager } from '@usr/shared';
import { findPersonsByPins } from './services/person-store.ts';
import type { Person } from './entities/person.ts';

/** `db.em` is read when a batch runs: the request forks its EntityManager only if it reads. */
export const createPersonLoaders = (db: { readonly em: EntityManager }) => ({
  personByPin: oneByKey<string, Person>((pins) => findPersonsByPins(db.em, pins), (p) => p.pin),
});

export type PersonLoaders = ReturnType<typeof createPersonLoaders>;

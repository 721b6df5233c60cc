import type { EntityManager } from '@mikro-orm/postgresql';
import { PersonSchema, type Person } from '../entities/person.ts';
import { selectAs, type Page } from '@usr/shared';

export interface PersonSearchCriteria {
  readonly name?: string | null;
  readonly regionCode?: string | null;
  readonly districtCode?: string | null;
  readonly birthDate?: string | null;
  readonly bornFrom?: string | null;
  readonly bornTo?: string | null;
}

/** SQL access to persons.person; no rules here (see person-service.ts). Plain rows: read-only. */
export const findPersonsByPins = (em: EntityManager, pins: readonly string[]): Promise<Person[]> =>
  selectAs(em, PersonSchema, 'select * from persons.person where pin = any($1)', [[...pins]]);

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

export const searchPersons = (em: EntityManager, criteria: PersonSearchCriteria, page: Page): Promise<Person[]> => {
  const qb = em.createQueryBuilder(PersonSchema, 'p');
  if (criteria.name) {
    const [last, first] = criteria.name.trim().toLocaleLowerCase('az').split(/\s+/, 2);
    qb.andWhere('lower(p.last_name) like ?', [`${escapeLike(last ?? '')}%`]);
    if (first) qb.andWhere('lower(p.first_name) like ?', [`${escapeLike(first)}%`]);
  }
  if (criteria.regionCode) qb.andWhere({ regionCode: criteria.regionCode });
  if (criteria.districtCode) qb.andWhere({ districtCode: criteria.districtCode });
  if (criteria.birthDate) qb.andWhere({ birthDate: criteria.birthDate });
  if (criteria.bornFrom) qb.andWhere({ birthDate: { $gte: criteria.bornFrom } });
  if (criteria.bornTo) qb.andWhere({ birthDate: { $lte: criteria.bornTo } });
  return qb
    .orderBy({ lastName: 'asc', firstName: 'asc', pin: 'asc' })
    .limit(page.limit + 1)
    .offset(page.offset)
    .getResult();
};

/** People born in [from, to], keyset by (birth date, PIN) after `after` (the person_birth_idx index). */
export const findPersonsBornBetween = (em: EntityManager, from: string, to: string, after: { birthDate: string; pin: string } | null, limit: number): Promise<Person[]> => {
  const qb = em.createQueryBuilder(PersonSchema, 'p').where({ birthDate: { $gte: from, $lte: to } });
  if (after) qb.andWhere('(p.birth_date, p.pin) > (?, ?)', [after.birthDate, after.pin]);
  return qb.orderBy({ birthDate: 'asc', pin: 'asc' }).limit(limit).getResult();
};

import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationSchema, type Application } from '../entities/application.ts';

/** SQL access to benefits.application; no rules here. One statement per call, whatever the number of keys. */
export const findApplicationsByIds = (em: EntityManager, ids: readonly string[]): Promise<Application[]> =>
  em.find(ApplicationSchema, { id: { $in: [...ids] } });

export const findApplicationsByApplicants = (em: EntityManager, pins: readonly string[]): Promise<Application[]> =>
  em.find(ApplicationSchema, { applicantPin: { $in: [...pins] } }, { orderBy: { submittedAt: 'desc', id: 'asc' } });

export const findApplicationsByHouseholds = (em: EntityManager, householdIds: readonly string[]): Promise<Application[]> =>
  em.find(ApplicationSchema, { householdId: { $in: [...householdIds] } }, { orderBy: { submittedAt: 'desc', id: 'asc' } });

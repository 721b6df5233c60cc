import type { EntityManager } from '@mikro-orm/postgresql';
import { DecisionSchema, type Decision } from '../entities/decision.ts';

/** SQL access to benefits.decision; no rules here. One statement per call, whatever the number of keys. */
export const findDecisionsByIds = (em: EntityManager, ids: readonly string[]): Promise<Decision[]> =>
  em.find(DecisionSchema, { id: { $in: [...ids] } });

export const findDecisionsBySubjects = (em: EntityManager, pins: readonly string[]): Promise<Decision[]> =>
  em.find(DecisionSchema, { subjectPin: { $in: [...pins] } }, { orderBy: { decidedAt: 'desc', id: 'asc' } });

import type { EntityManager } from '@mikro-orm/postgresql';
import { AssignmentSchema, type Assignment } from '../entities/assignment.ts';

export type AssignmentStatus = Assignment['status'];

/** SQL access to benefits.assignment; no rules here. One statement per call, whatever the number of keys. */
export const findAssignmentsByIds = (em: EntityManager, ids: readonly string[]): Promise<Assignment[]> =>
  em.find(AssignmentSchema, { id: { $in: [...ids] } });

const latestFirst = { orderBy: { periodFrom: 'desc', id: 'asc' } } as const;

export const findAssignmentsByBeneficiaries = (
  em: EntityManager,
  pins: readonly string[],
  status: AssignmentStatus | null,
): Promise<Assignment[]> =>
  em.find(AssignmentSchema, { beneficiaryPin: { $in: [...pins] }, ...(status ? { status } : {}) }, latestFirst);

export const findAssignmentsByHouseholds = (em: EntityManager, householdIds: readonly string[]): Promise<Assignment[]> =>
  em.find(AssignmentSchema, { householdId: { $in: [...householdIds] } }, latestFirst);

/** Earliest period first, so a decision's first assignment comes first. */
export const findAssignmentsByDecisions = (em: EntityManager, decisionIds: readonly string[]): Promise<Assignment[]> =>
  em.find(AssignmentSchema, { decisionId: { $in: [...decisionIds] } }, { orderBy: { periodFrom: 'asc', id: 'asc' } });

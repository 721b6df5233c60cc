import { assertEngine, assertPin, assertUuid, badUserInput } from '@usr/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HouseholdsContext } from '../context.ts';
import type { Membership } from '../entities/membership.ts';
import {
  claimFact,
  endMembershipBefore,
  endMembershipsOn,
  findMembershipsByIds,
  findMembershipsOf,
  hasOpenMembership,
  insertMembership,
  recordOutcome,
  type EventOutcome,
  type VitalEventKind,
} from './vital-event-store.ts';

/**
 * Vital events applied to households by the decision engine (semantics in schema/households.graphql,
 * `Mutation`). Each call: check the caller and the input, then ONE transaction that claims the fact
 * id (a replay answers with the stored outcome, changing nothing) and applies the event.
 */
export type HouseholdEventErrorCode = 'MOTHER_HAS_NO_HOUSEHOLD' | 'NO_HOUSEHOLD_TO_JOIN' | 'BOTH_IN_HOUSEHOLDS' | 'NOT_SPOUSES_IN_ONE_HOUSEHOLD';

export interface HouseholdEventResult {
  readonly changed: boolean;
  readonly memberships: Membership[];
  readonly error: { readonly code: HouseholdEventErrorCode } | null;
}

/** A newborn's relation to the head, from the mother's. */
const NEWBORN_RELATION: Readonly<Record<string, string>> = {
  HEAD: 'CHILD',
  SPOUSE: 'CHILD',
  CHILD: 'GRANDCHILD',
  PARENT: 'SIBLING',
  NON_RELATIVE: 'NON_RELATIVE',
};

const unchanged = (errorCode: HouseholdEventErrorCode | null = null): EventOutcome => ({ changed: false, errorCode, membershipIds: [] });

const apply = async (
  ctx: HouseholdsContext,
  event: { factId: string; kind: VitalEventKind; pin: string },
  change: (em: EntityManager) => Promise<EventOutcome>,
): Promise<HouseholdEventResult> => {
  const outcome = await ctx.orm().transactional(async (em) => {
    const applied = await claimFact(em, event.factId, event.kind, event.pin);
    if (applied) {
      if (applied.kind !== event.kind || applied.pin !== event.pin) throw badUserInput('input.factId', 'this fact was applied to another event');
      // A replay: same answer, nothing changed by this call.
      return { ...applied, changed: false };
    }
    const result = await change(em);
    await recordOutcome(em, event.factId, result);
    return result;
  });
  return {
    changed: outcome.changed,
    memberships: outcome.changed ? await findMembershipsByIds(ctx.orm(), outcome.membershipIds) : [],
    error: outcome.errorCode === null ? null : { code: outcome.errorCode as HouseholdEventErrorCode },
  };
};

export const addNewborn = (ctx: HouseholdsContext, input: { factId: string; childPin: string; motherPin: string; from: string }): Promise<HouseholdEventResult> => {
  assertEngine(ctx.viewer, 'Only the decision engine may add newborns to households.');
  const factId = assertUuid(input.factId, 'input.factId');
  const childPin = assertPin(input.childPin, 'input.childPin');
  const motherPin = assertPin(input.motherPin, 'input.motherPin');
  return apply(ctx, { factId, kind: 'BIRTH', pin: childPin }, async (em) => {
    if (await hasOpenMembership(em, childPin)) return unchanged();
    const mother = (await findMembershipsOf(em, [motherPin], input.from)).get(motherPin);
    if (!mother) return unchanged('MOTHER_HAS_NO_HOUSEHOLD');
    const id = await insertMembership(em, mother.householdId, childPin, NEWBORN_RELATION[mother.relation] ?? 'OTHER_RELATIVE', input.from);
    return { changed: true, errorCode: null, membershipIds: [id] };
  });
};

export const closeMembershipsOnDeath = (ctx: HouseholdsContext, input: { factId: string; pin: string; on: string }): Promise<HouseholdEventResult> => {
  assertEngine(ctx.viewer, 'Only the decision engine may end memberships.');
  const factId = assertUuid(input.factId, 'input.factId');
  const pin = assertPin(input.pin, 'input.pin');
  return apply(ctx, { factId, kind: 'DEATH', pin }, async (em) => {
    const ended = await endMembershipsOn(em, pin, input.on);
    return { changed: ended.length > 0, errorCode: null, membershipIds: ended };
  });
};

type PairInput = { factId: string; pin: string; spousePin: string; on: string };

const checkPair = (input: PairInput) => {
  const factId = assertUuid(input.factId, 'input.factId');
  const pin = assertPin(input.pin, 'input.pin');
  const spousePin = assertPin(input.spousePin, 'input.spousePin');
  if (pin === spousePin) throw badUserInput('input.spousePin', 'must differ from input.pin');
  return { factId, pin, spousePin };
};

export const registerMarriage = (ctx: HouseholdsContext, input: PairInput): Promise<HouseholdEventResult> => {
  assertEngine(ctx.viewer, 'Only the decision engine may register marriages.');
  const { factId, pin, spousePin } = checkPair(input);
  return apply(ctx, { factId, kind: 'MARRIAGE', pin }, async (em) => {
    const current = await findMembershipsOf(em, [pin, spousePin], input.on);
    const [a, b] = [current.get(pin), current.get(spousePin)];
    if (a && b) return a.householdId === b.householdId ? unchanged() : unchanged('BOTH_IN_HOUSEHOLDS');
    const host = a ?? b;
    if (!host) return unchanged('NO_HOUSEHOLD_TO_JOIN');
    const joiner = host === a ? spousePin : pin;
    // A spouse with an ended membership only (e.g. a future one open elsewhere) is not moved.
    if (await hasOpenMembership(em, joiner)) return unchanged('BOTH_IN_HOUSEHOLDS');
    const id = await insertMembership(em, host.householdId, joiner, host.relation === 'HEAD' ? 'SPOUSE' : 'OTHER_RELATIVE', input.on);
    return { changed: true, errorCode: null, membershipIds: [id] };
  });
};

export const registerDivorce = (ctx: HouseholdsContext, input: PairInput): Promise<HouseholdEventResult> => {
  assertEngine(ctx.viewer, 'Only the decision engine may register divorces.');
  const { factId, pin, spousePin } = checkPair(input);
  return apply(ctx, { factId, kind: 'DIVORCE', pin }, async (em) => {
    const current = await findMembershipsOf(em, [pin, spousePin], input.on);
    const [a, b] = [current.get(pin), current.get(spousePin)];
    if (!a || !b || a.householdId !== b.householdId) return unchanged('NOT_SPOUSES_IN_ONE_HOUSEHOLD');
    const spouse = a.relation === 'HEAD' && b.relation === 'SPOUSE' ? b : b.relation === 'HEAD' && a.relation === 'SPOUSE' ? a : undefined;
    if (!spouse) return unchanged('NOT_SPOUSES_IN_ONE_HOUSEHOLD');
    await endMembershipBefore(em, spouse.id, input.on);
    return { changed: true, errorCode: null, membershipIds: [spouse.id] };
  });
};

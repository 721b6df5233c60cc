import {
  badUserInput,
  findAgency,
  forbidden,
  isValidPin,
  notFound,
  parsePage,
  toPageResult,
  type AgencyInfo,
  type FactKind,
  type PageArgs,
  type PageBounds,
} from '@usr/shared';
import type { FactsContext } from '../context.ts';
import type { Fact } from '../entities/fact.ts';
import type { FactCriteria } from './fact-store.ts';
import { FACT_REFUSED } from './fact-access.ts';
import { assertUuid, type PersonReference } from '@usr/shared';

/** A person's facts: 100 a page by default, up to 1,000 (a year of monthly facts from every agency). */
export const FACT_PAGE_BOUNDS: PageBounds = { defaultLimit: 100, maxLimit: 1000, maxOffset: 10_000 };

export interface FactFilterArgs {
  readonly kinds?: readonly FactKind[] | null;
  readonly agencies?: readonly string[] | null;
  readonly validOn?: string | null;
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
  readonly includeSuperseded?: boolean | null;
}

/** Sorted and deduplicated, so equal filters written differently share one loader (one statement). */
const normalizedList = <T extends string>(values: readonly T[] | null | undefined, field: string): T[] | null => {
  if (values === null || values === undefined) return null;
  if (values.length === 0) throw badUserInput(field, 'give at least one value or leave it out');
  return [...new Set(values)].sort();
};

/** Validates a `FactFilter`; messages name the rule, never the value given. */
export const parseFactFilter = (filter: FactFilterArgs | null | undefined): FactCriteria => {
  const agencies = normalizedList(filter?.agencies, 'filter.agencies');
  if (agencies?.some((code) => !findAgency(code))) throw badUserInput('filter.agencies', 'unknown agency code');
  const validFrom = filter?.validFrom ?? null;
  const validTo = filter?.validTo ?? null;
  if (validFrom && validTo && validFrom > validTo) throw badUserInput('filter.validFrom', 'must not be after validTo');
  return {
    kinds: normalizedList(filter?.kinds, 'filter.kinds'),
    agencies,
    validOn: filter?.validOn ?? null,
    validFrom,
    validTo,
    includeSuperseded: filter?.includeSuperseded ?? false,
    asOf: null,
    knownAt: null,
    hiddenKinds: [],
  };
};

/** The bitemporal arguments of `Person.facts`: what was true on `asOf`, as known at `knownAt`. */
export interface BitemporalArgs {
  readonly asOf?: string | null;
  readonly knownAt?: Date | string | null;
}

/**
 * A page of the person's facts. The person rule is checked before any SQL (a refusal says nothing
 * about the facts); health facts the caller may not see are left out in the query itself, so pages
 * stay full and `hasMore` stays true to what the caller may see.
 */
export const factsOf = async (
  ctx: FactsContext,
  person: PersonReference,
  filter: FactFilterArgs | null | undefined,
  pageArgs: PageArgs | null | undefined,
  itemFields: readonly string[] = [],
  time: BitemporalArgs = {},
) => {
  const knownAt = time.knownAt ? new Date(time.knownAt).toISOString() : null;
  const criteria: FactCriteria = { ...parseFactFilter(filter), asOf: time.asOf ?? null, knownAt, hiddenKinds: ctx.factAccess.hiddenKinds };
  const page = parsePage(pageArgs, FACT_PAGE_BOUNDS);
  // A malformed PIN cannot have facts: answer without SQL, and without a record to protect.
  if (!isValidPin(person.pin)) return toPageResult([], page);
  await ctx.factAccess.assertSubject(person.pin, ['Person.facts', ...itemFields.map((f) => `Fact.${f}`)]);
  const rows = await ctx.loaders.factPages.for({ criteria, page }).load(person.pin);
  return toPageResult(rows, page);
};

/**
 * Returns the fact or throws: BAD_USER_INPUT for a malformed id; FORBIDDEN when the record rules
 * refuse the caller, and also for a missing fact unless the caller may read every fact (so a
 * refusal says nothing about existence); NOT_FOUND otherwise. Never echoes the id.
 */
export const getFact = async (ctx: FactsContext, id: string, fields: readonly string[]): Promise<Fact> => {
  const key = assertUuid(id);
  ctx.factAccess.assertCaller();
  const fact = await ctx.loaders.factById.load(key);
  if (!fact) throw ctx.factAccess.seesEveryFact ? notFound('Fact') : forbidden(FACT_REFUSED);
  await ctx.factAccess.assertFact(fact, fields.map((f) => `Fact.${f}`));
  return fact;
};

/** The correction of a fact, under the same rules as the fact itself (its kind and subject may differ in bad data). */
export const replacementOf = async (ctx: FactsContext, fact: Fact): Promise<Fact | null> => {
  const replacement = fact.supersededBy ? await ctx.loaders.factById.load(fact.supersededBy) : undefined;
  if (!replacement) return null;
  await ctx.factAccess.assertFact(replacement, ['Fact.supersededBy']);
  return replacement;
};

export const getAgency = (code: string): AgencyInfo => {
  const agency = findAgency(code);
  if (!agency) throw notFound('Agency');
  return agency;
};

/** The supplier of a stored fact; a code outside the catalogue is corrupt data, so an internal error. */
export const agencyOfFact = (fact: Fact): AgencyInfo => {
  const agency = findAgency(fact.agencyCode);
  if (!agency) throw new Error('A stored fact names an agency that is not in the catalogue.');
  return agency;
};

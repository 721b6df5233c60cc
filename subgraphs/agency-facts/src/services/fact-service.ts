import {
  badUserInput,
  findAgency,
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
  };
};

export const factsOf = async (ctx: FactsContext, person: PersonReference, filter: FactFilterArgs | null | undefined, pageArgs: PageArgs | null | undefined) => {
  const criteria = parseFactFilter(filter);
  const page = parsePage(pageArgs, FACT_PAGE_BOUNDS);
  // A malformed PIN cannot have facts: answer without SQL.
  const rows = isValidPin(person.pin) ? await ctx.loaders.factPages.for({ criteria, page }).load(person.pin) : [];
  return toPageResult(rows, page);
};

/** Returns the fact or throws (BAD_USER_INPUT for a malformed id, NOT_FOUND); never echoes the id. */
export const getFact = async (ctx: FactsContext, id: string): Promise<Fact> => {
  const fact = await ctx.loaders.factById.load(assertUuid(id));
  if (!fact) throw notFound('Fact');
  return fact;
};

export const replacementOf = async (ctx: FactsContext, fact: Fact): Promise<Fact | null> =>
  fact.supersededBy ? ((await ctx.loaders.factById.load(fact.supersededBy)) ?? null) : null;

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

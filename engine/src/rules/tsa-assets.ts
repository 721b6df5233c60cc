import { addDays, lastDayOfMonth, validOn } from './dates.ts';
import { factInput } from './explain.ts';
import { formatQepik, toQepik } from './money.ts';
import type { ParameterLog } from './parameters.ts';
import type { RuleFact, RuleInputRecord, RuleMember } from './types.ts';

/**
 * TSA's property and asset conditions: what a family owns or did that excludes the assistance
 * whatever its income (Cabinet of Ministers Decision No. 37 of 5 February 2016, grounds for
 * refusal; the limits the law does not give are placeholders in the catalogue). Each condition
 * reads one catalogue parameter and is checked only while that parameter is in force, so a re-run
 * of a period before it never refuses on it. Order = the order the steps are shown and the first
 * failing condition is the refusal's reason.
 */
export const TSA_ASSET_CONDITIONS = ['DWELLINGS', 'VEHICLE', 'LAND', 'DEPOSITS', 'ABROAD'] as const;
export type TsaAssetCondition = (typeof TSA_ASSET_CONDITIONS)[number];

/** The reason code a refusal on each condition is decided with (`reason.<CODE>` in the catalogue). */
export const TSA_ASSET_REASONS = {
  DWELLINGS: 'TWO_PROPERTIES_OF_ONE_PURPOSE',
  VEHICLE: 'VEHICLE_OWNED',
  LAND: 'LAND_ABOVE_LIMIT',
  DEPOSITS: 'DEPOSITS_ABOVE_LIMIT',
  ABROAD: 'LONG_STAY_ABROAD',
} as const satisfies Record<TsaAssetCondition, string>;

/** One condition checked: the figure found, the limit in force, and the facts it counted. */
export interface AssetCheck {
  readonly condition: TsaAssetCondition;
  readonly exceeded: boolean;
  /** The values of step `TSA_ASSET_<condition>` (and of `TSA_REFUSED_<condition>`). */
  readonly values: Record<string, string | number>;
  readonly facts: readonly RuleFact[];
}

interface AssetContext {
  readonly members: readonly RuleMember[];
  readonly on: string;
  /** The months whose income is averaged: stays abroad are counted over the same 12 months. */
  readonly firstMonth: string;
  readonly lastMonth: string;
}

const factsOf = (members: readonly RuleMember[], kind: string, keep: (f: RuleFact) => boolean): RuleFact[] =>
  members.flatMap((m) => m.facts.filter((f) => f.kind === kind && keep(f)));

const PURPOSE: Record<string, string> = { APARTMENT: 'DWELLING', HOUSE: 'DWELLING', COMMERCIAL: 'COMMERCIAL', OTHER: 'OTHER' };

const days = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/** Checks every asset condition whose parameter is in force on the date, in TSA_ASSET_CONDITIONS order. */
export const checkAssets = (params: ParameterLog, ctx: AssetContext): AssetCheck[] => {
  const { members, on } = ctx;
  const checks: AssetCheck[] = [];
  const limit = (name: string) => params.find('TSA', name, on);

  // Two or more real estate objects of the same purpose (distinct cadastral objects).
  const maxProperties = limit('maxPropertiesOfOnePurpose');
  if (maxProperties !== undefined) {
    const owned = factsOf(members, 'REAL_ESTATE', (f) => validOn(f, on));
    const byPurpose = new Map<string, Set<string>>();
    for (const f of owned) {
      const purpose = PURPOSE[String(f.value['propertyType'])] ?? 'OTHER';
      const object = typeof f.value['cadastralNumber'] === 'string' ? f.value['cadastralNumber'] : f.id;
      byPurpose.set(purpose, (byPurpose.get(purpose) ?? new Set()).add(object));
    }
    const most = Math.max(0, ...[...byPurpose.values()].map((s) => s.size));
    checks.push({ condition: 'DWELLINGS', exceeded: most > maxProperties, values: { count: most, limit: maxProperties }, facts: owned });
  }

  // A vehicle owned or used by any member.
  const maxVehicles = limit('maxVehicles');
  if (maxVehicles !== undefined) {
    const vehicles = factsOf(members, 'VEHICLE', (f) => validOn(f, on));
    checks.push({ condition: 'VEHICLE', exceeded: vehicles.length > maxVehicles, values: { count: vehicles.length, limit: maxVehicles }, facts: vehicles });
  }

  // Land (the plot under the family's own house excepted) above a size per member.
  const perMember = limit('maxLandHectaresPerMember');
  if (perMember !== undefined) {
    const plots = factsOf(members, 'LAND', (f) => validOn(f, on) && f.value['landUse'] !== 'RESIDENTIAL');
    // Hundredths of a hectare, so the comparison is exact.
    const total = plots.reduce((sum, f) => sum + Math.round(Number(f.value['hectares']) * 100), 0);
    const allowed = Math.round(perMember * 100) * members.length;
    checks.push({ condition: 'LAND', exceeded: total > allowed, values: { hectares: total / 100, limit: allowed / 100, members: members.length }, facts: plots });
  }

  // Deposits at the end of the last month before the application (the banks report monthly).
  const maxDeposits = limit('maxDeposits');
  if (maxDeposits !== undefined) {
    const monthEnd = lastDayOfMonth(ctx.lastMonth);
    const deposits = factsOf(members, 'BANK_DEPOSIT', (f) => validOn(f, monthEnd));
    const totalQ = deposits.reduce((sum, f) => sum + toQepik(Number(f.value['amount'])), 0);
    checks.push({
      condition: 'DEPOSITS',
      exceeded: totalQ > toQepik(maxDeposits),
      values: { total: formatQepik(totalQ), limit: formatQepik(toQepik(maxDeposits)), date: monthEnd },
      facts: deposits,
    });
  }

  // Days any one member spent abroad in the 12 months whose income is averaged.
  const maxDays = limit('maxDaysAbroad');
  if (maxDays !== undefined) {
    const windowFrom = `${ctx.firstMonth}-01`;
    const windowTo = lastDayOfMonth(ctx.lastMonth);
    let longest = 0;
    const counted: RuleFact[] = [];
    for (const member of members) {
      let total = 0;
      for (const f of member.facts) {
        if (f.kind !== 'ABROAD_STAY') continue;
        const end = f.validTo ?? addDays(f.validFrom, Math.max(1, Number(f.value['days'] ?? 1)) - 1);
        const from = f.validFrom > windowFrom ? f.validFrom : windowFrom;
        const to = end < windowTo ? end : windowTo;
        if (from > to) continue;
        total += days(from, to);
        counted.push(f);
      }
      longest = Math.max(longest, total);
    }
    checks.push({ condition: 'ABROAD', exceeded: longest > maxDays, values: { days: longest, limit: maxDays, from: ctx.firstMonth, to: ctx.lastMonth }, facts: counted });
  }
  return checks;
};

/** The English description recorded with a check's step (readers get the catalogue's text). */
export const describeCheck = (c: AssetCheck): string => {
  const v = c.values;
  const verdict = c.exceeded ? 'above the limit' : 'within the limit';
  switch (c.condition) {
    case 'DWELLINGS':
      return `Most real estate objects of one purpose owned: ${v['count']} (limit ${v['limit']}): ${verdict}.`;
    case 'VEHICLE':
      return `Vehicles owned or used: ${v['count']} (limit ${v['limit']}): ${verdict}.`;
    case 'LAND':
      return `Land of the family: ${v['hectares']} ha (limit ${v['limit']} ha for ${v['members']} members): ${verdict}.`;
    case 'DEPOSITS':
      return `Bank deposits on ${v['date']}: ${v['total']} AZN (limit ${v['limit']} AZN): ${verdict}.`;
    case 'ABROAD':
      return `Longest time a member spent abroad from ${v['from']} to ${v['to']}: ${v['days']} days (limit ${v['limit']}): ${verdict}.`;
  }
};

/** The inputs a check read, each fact once. */
export const assetInputs = (checks: readonly AssetCheck[]): RuleInputRecord[] => checks.flatMap((c) => c.facts.map(factInput));

import { addYears, dayFromCivil, yearsToDays, civilFromDay, type Day } from './calendar.ts';
import { IDP_HOUSEHOLD_SHARE, DEFAULT_IDP_HOUSEHOLD_SHARE, IDP_ORIGINS } from './data/places.ts';
import { VEHICLE_MODELS, type VehicleModel } from './data/organisations.ts';
import type { Place } from './place.ts';
import { clamp, WeightedTable, type Random } from './random.ts';

/**
 * What a household owns and consumes, as the property, vehicle, utility and IDP registries know
 * it. Ownership is recorded on the head (sometimes the spouse); consumption on the head's account.
 */
export interface RealEstate {
  readonly propertyType: 'APARTMENT' | 'HOUSE' | 'COMMERCIAL' | 'OTHER';
  readonly areaSqm: number;
  readonly cadastralNumber: string;
  readonly since: Day;
}

export interface Land {
  readonly hectares: number;
  readonly landUse: 'AGRICULTURAL' | 'RESIDENTIAL' | 'OTHER';
  readonly since: Day;
}

export interface Vehicle {
  readonly model: VehicleModel;
  readonly year: number;
  readonly since: Day;
}

export interface Assets {
  readonly realEstate: readonly RealEstate[];
  readonly land: readonly Land[];
  readonly vehicle: Vehicle | null;
  /** Whether the address has a gas / water connection (everyone has electricity). */
  readonly gas: boolean;
  readonly water: boolean;
  /** District the family was displaced from, for IDP families. */
  readonly idpOrigin: string | null;
  /** An owner of assets may be the spouse rather than the head. */
  readonly ownedBySpouse: boolean;
}

const VEHICLES = new WeightedTable(VEHICLE_MODELS.map((m) => [m, m.weight] as const));
const IDP_ORIGIN_TABLE = new WeightedTable(IDP_ORIGINS);

/** The 1996–2000 land reform gave rural families their plots ("torpaq payı"). */
const LAND_REFORM_FROM = dayFromCivil(1997, 1, 1);
const LAND_REFORM_TO = dayFromCivil(2001, 12, 31);

const cadastralNumber = (random: Random): string => `${random.int(100, 999)}-${random.digits(4)}-${random.digits(4)}`;

export interface AssetInputs {
  readonly random: Random;
  readonly place: Place;
  readonly formedDay: Day;
  /** Birth day of the owner (the head): nothing is owned before 18. */
  readonly ownerBirthDay: Day;
  readonly today: Day;
  /** Relative wealth: monthly income of the household (AZN), used to scale ownership odds. */
  readonly monthlyIncome: number;
  readonly hasSpouse: boolean;
}

export const describeAssets = ({ random, place, formedDay, ownerBirthDay, today, monthlyIncome, hasSpouse }: AssetInputs): Assets => {
  const adultDay = addYears(ownerBirthDay, 18);
  const sinceBetween = (from: Day): Day => {
    const start = Math.max(from, adultDay);
    return start >= today - 1 ? today - 1 : random.int(start, today - 1);
  };
  const wealthy = monthlyIncome > 1500;
  const realEstate: RealEstate[] = [];
  if (random.chance(place.rural ? 0.86 : place.profile.city ? 0.64 : 0.75)) {
    const house = place.rural || (!place.profile.city && random.chance(0.5));
    const areaSqm = house ? clamp(Math.round(random.normal(140, 50)), 50, 450) : clamp(Math.round(random.normal(75, 25)), 28, 240);
    realEstate.push({ propertyType: house ? 'HOUSE' : 'APARTMENT', areaSqm, cadastralNumber: cadastralNumber(random), since: sinceBetween(formedDay - yearsToDays(5)) });
  }
  if (random.chance(wealthy ? 0.25 : 0.04)) {
    const commercial = random.chance(0.4);
    realEstate.push({
      propertyType: commercial ? 'COMMERCIAL' : 'APARTMENT',
      areaSqm: clamp(Math.round(random.normal(commercial ? 90 : 70, 30)), 20, 600),
      cadastralNumber: cadastralNumber(random),
      since: sinceBetween(formedDay),
    });
  }

  const land: Land[] = [];
  if (place.rural && random.chance(0.62)) {
    const reform = adultDay <= LAND_REFORM_TO;
    land.push({
      hectares: Math.round(clamp(random.logNormal(1.2, 0.7), 0.1, 25) * 100) / 100,
      landUse: 'AGRICULTURAL',
      since: reform ? random.int(LAND_REFORM_FROM, LAND_REFORM_TO) : sinceBetween(formedDay),
    });
  }
  if (place.rural && realEstate.some((r) => r.propertyType === 'HOUSE') && random.chance(0.3)) {
    land.push({ hectares: Math.round(random.between(0.06, 0.25) * 100) / 100, landUse: 'RESIDENTIAL', since: sinceBetween(formedDay) });
  }

  let vehicle: Vehicle | null = null;
  const carOdds = (place.districtCode === 'AZ-BA' ? 0.3 : place.profile.city ? 0.22 : 0.15) * (wealthy ? 2 : monthlyIncome < 300 ? 0.5 : 1);
  if (random.chance(carOdds)) {
    const model = VEHICLES.sample(random);
    const currentYear = civilFromDay(today).year;
    const year = random.int(model.firstYear, Math.min(model.lastYear, currentYear));
    vehicle = { model, year, since: sinceBetween(dayFromCivil(year, 1, 1)) };
  }

  const idpShare = IDP_HOUSEHOLD_SHARE[place.regionCode] ?? DEFAULT_IDP_HOUSEHOLD_SHARE;
  return {
    realEstate,
    land,
    vehicle,
    gas: random.chance(place.rural ? 0.78 : 0.95),
    water: random.chance(place.rural ? 0.45 : 0.96),
    idpOrigin: random.chance(idpShare) ? IDP_ORIGIN_TABLE.sample(random) : null,
    ownedBySpouse: hasSpouse && random.chance(0.2),
  };
};

import { ECONOMIC_REGIONS, findRegionOfDistrict } from '@usr/shared';
import { BAKU_RAIONS, BAKU_STREETS, COMMON_STREETS, DISTRICT_PROFILES, VILLAGES, type DistrictProfile } from './data/places.ts';
import { WeightedTable, type Random } from './random.ts';

/** Where a household lives: the district (and its economic region) and the address line. */
export interface Place {
  readonly districtCode: string;
  readonly regionCode: string;
  readonly profile: DistrictProfile;
  /** A village (as opposed to a city or a district town): rural households hold land, farm… */
  readonly rural: boolean;
  /** The town or district name employers and schools are named after. */
  readonly localName: string;
  /** The village, town or city itself. */
  readonly settlement: string;
  readonly addressLine: string;
}

const profileOf = (code: string): DistrictProfile => {
  const profile = DISTRICT_PROFILES[code];
  if (!profile) throw new Error(`no district profile for ${code}`);
  return profile;
};

/** Districts weighted by residents: this is what spreads people over the economic regions. */
const DISTRICTS = new WeightedTable<string>(
  ECONOMIC_REGIONS.flatMap((region) => region.districts.map((d): readonly [string, number] => [d.code, profileOf(d.code).residentsThousands])),
);

const BAKU_RAION_TABLE = new WeightedTable(BAKU_RAIONS);

/** Share of a non-city district's households living in its town rather than in a village. */
const DISTRICT_TOWN_SHARE = 0.42;

const apartment = (random: Random): string => `ev ${random.int(1, 180)}, mənzil ${random.int(1, 96)}`;

const addressIn = (random: Random, districtCode: string, profile: DistrictProfile, rural: boolean, village: string): string => {
  if (districtCode === 'AZ-BA') {
    const street = random.chance(0.5) ? random.pick(BAKU_STREETS) : random.pick(COMMON_STREETS);
    return `Bakı şəhəri, ${BAKU_RAION_TABLE.sample(random)} rayonu, ${street}, ${apartment(random)}`;
  }
  if (profile.city) return `${profile.nameAz} şəhəri, ${random.pick(COMMON_STREETS)}, ${apartment(random)}`;
  if (!rural) {
    const flat = random.chance(0.5);
    return `${profile.nameAz} rayonu, ${profile.nameAz} şəhəri, ${random.pick(COMMON_STREETS)}, ${flat ? apartment(random) : `ev ${random.int(1, 220)}`}`;
  }
  return `${profile.nameAz} rayonu, ${village} kəndi, ${random.pick(COMMON_STREETS)}, ev ${random.int(1, 260)}`;
};

export const pickPlace = (random: Random): Place => placeIn(random, DISTRICTS.sample(random));

/** A place in a given district (the demo households live in fixed districts). */
export const placeIn = (random: Random, districtCode: string): Place => {
  const region = findRegionOfDistrict(districtCode);
  if (!region) throw new Error(`unknown district ${districtCode}`);
  const profile = profileOf(districtCode);
  const rural = !profile.city && !random.chance(DISTRICT_TOWN_SHARE);
  const settlement = rural ? random.pick(VILLAGES) : profile.nameAz;
  return {
    districtCode,
    regionCode: region.code,
    profile,
    rural,
    localName: profile.nameAz,
    settlement,
    addressLine: addressIn(random, districtCode, profile, rural, settlement),
  };
};

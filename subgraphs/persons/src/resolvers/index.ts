import { ECONOMIC_REGIONS, findDistrict, findRegion, findRegionOfDistrict, notFound, registryToday, scalarResolvers } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { ageOn, getPerson, search } from '../services/person-service.ts';

/** Thin: parse, call a service, map. */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    person: (_, { pin }, ctx) => getPerson(ctx, pin),
    searchPersons: (_, { filter, page }, ctx) => search(ctx, filter, page),
    regions: () => [...ECONOMIC_REGIONS],
  },
  Person: {
    __resolveReference: (ref, ctx) => getPerson(ctx, ref.pin),
    age: (p) => ageOn(p.birthDate, p.deathDate ?? registryToday()),
    language: (p) => (p.language === 'az' ? 'AZ' : p.language === 'ru' ? 'RU' : 'EN'),
    address: (p) => p,
  },
  Address: {
    line: (p) => p.addressLine,
    district: (p) => findDistrict(p.districtCode) ?? { code: p.districtCode, name: p.districtCode },
    region: (p) => findRegion(p.regionCode) ?? { code: p.regionCode, name: p.regionCode, districts: [] },
  },
  Region: {
    __resolveReference: async (ref) => {
      const region = findRegion(ref.code);
      if (!region) throw notFound('Region');
      return region;
    },
    districts: (r) => [...r.districts],
  },
  District: {
    __resolveReference: async (ref) => {
      const district = findDistrict(ref.code);
      if (!district) throw notFound('District');
      return district;
    },
    region: (d) => {
      const region = findRegionOfDistrict(d.code);
      if (!region) throw notFound('Region');
      return region;
    },
  },
};

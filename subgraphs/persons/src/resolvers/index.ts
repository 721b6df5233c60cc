import { Kind } from 'graphql';
import { selectedFields, ECONOMIC_REGIONS, findDistrict, findRegion, findRegionOfDistrict, notFound, registryToday, scalarResolvers } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { ageOn, bornBetween, getPerson, contactFor, search } from '../services/person-service.ts';
import { personsExist, registerBirth, registerDeath } from '../vital-events/vital-event-service.ts';

/** `searchPersons { items { ... } }`: the Person fields read are those under `items`. */
const selectedFieldsOfItems = (info: Parameters<typeof selectedFields>[0]): string[] => {
  const items = info.fieldNodes.flatMap((n) => n.selectionSet?.selections ?? []).find((s) => s.kind === Kind.FIELD && s.name.value === 'items');
  return items?.kind === Kind.FIELD ? (items.selectionSet?.selections ?? []).flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])) : [];
};

/** Thin: parse, call a service, map. */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    person: (_, { pin }, ctx, info) => getPerson(ctx, pin, selectedFields(info, 'Person')),
    searchPersons: (_, { filter, page }, ctx, info) => search(ctx, filter, page, selectedFieldsOfItems(info)),
    regions: () => [...ECONOMIC_REGIONS],
    personsExist: (_, { pins }, ctx) => personsExist(ctx, pins),
    personsBornBetween: (_, args, ctx, info) => bornBetween(ctx, args, selectedFieldsOfItems(info)),
  },
  Mutation: {
    registerBirth: (_, { input }, ctx) => registerBirth(ctx, input),
    registerDeath: (_, { input }, ctx) => registerDeath(ctx, input),
  },
  Person: {
    __resolveReference: (ref, ctx, info) => getPerson(ctx, ref.pin, selectedFields(info, 'Person')),
    age: (p) => ageOn(p.birthDate, p.deathDate ?? registryToday()),
    language: (p) => (p.language === 'az' ? 'AZ' : p.language === 'ru' ? 'RU' : 'EN'),
    address: (p) => p,
    phone: (p, _, ctx) => contactFor(ctx, 'phone', p.phone),
  },
  Address: {
    line: (p, _, ctx) => contactFor(ctx, 'address', p.addressLine) ?? '',
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

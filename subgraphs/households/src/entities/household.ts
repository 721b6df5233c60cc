import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A household at one address (households.household). */
export const HouseholdSchema = defineEntity({
  name: 'Household',
  tableName: 'household',
  properties: {
    id: p.uuid().primary(),
    addressLine: p.string().length(300),
    districtCode: p.string().length(8),
    regionCode: p.string().length(32),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type Household = InferEntity<typeof HouseholdSchema>;

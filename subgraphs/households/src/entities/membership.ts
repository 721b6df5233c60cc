import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { HouseholdSchema } from './household.ts';

/** Relations to the head, as the DDL's check constraint lists them. */
export const RELATIONS = ['HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'GRANDCHILD', 'GRANDPARENT', 'OTHER_RELATIVE', 'NON_RELATIVE'] as const;

/**
 * One person's membership of one household from `validFrom` to `validTo` (both included;
 * households.membership). Never deleted: leaving sets `validTo`.
 */
export const MembershipSchema = defineEntity({
  name: 'Membership',
  tableName: 'membership',
  properties: {
    id: p.uuid().primary(),
    household: p.manyToOne(HouseholdSchema),
    personPin: p.string().length(7).columnType('char(7)'),
    relation: p.enum(RELATIONS).columnType('varchar(16)'),
    validFrom: p.date(),
    validTo: p.date().nullable(),
  },
});

export type Membership = InferEntity<typeof MembershipSchema>;

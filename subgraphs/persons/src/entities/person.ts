import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A person in the population register, keyed by national PIN (persons.person). */
export const PersonSchema = defineEntity({
  name: 'Person',
  tableName: 'person',
  properties: {
    pin: p.string().primary().length(7).columnType('char(7)'),
    firstName: p.string().length(100),
    lastName: p.string().length(100),
    patronymic: p.string().length(100).nullable(),
    birthDate: p.date(),
    sex: p.enum(['FEMALE', 'MALE'] as const),
    deathDate: p.date().nullable(),
    citizenship: p.string().columnType('char(3)'),
    addressLine: p.string().length(300),
    districtCode: p.string().length(8),
    regionCode: p.string().length(32),
    phone: p.string().length(13).nullable(),
    language: p.enum(['az', 'ru', 'en'] as const),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export type Person = InferEntity<typeof PersonSchema>;

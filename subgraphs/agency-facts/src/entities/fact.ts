import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { FACT_KIND_NAMES } from '@usr/shared';

/**
 * A fact an agency supplied about a person (facts.fact). Bitemporal: validFrom/validTo is when it
 * is true in the world (both days included), recordedAt when the registry learned it. A correction
 * supersedes a fact (supersededBy/supersededAt) instead of overwriting it.
 */
export const FactSchema = defineEntity({
  name: 'Fact',
  tableName: 'fact',
  properties: {
    id: p.uuid().primary(),
    agencyCode: p.string().length(32),
    // subject_pin and source_reference are COLLATE "C" (Migration20261206150000FactKeysCollateC): indexed keys compared bytewise.
    subjectPin: p.string().length(7).columnType('char(7)'),
    kind: p.enum(FACT_KIND_NAMES).columnType('varchar(32)'),
    // Validated against the kind's zod schema on the way in (feeds) and on the way out (fact-values.ts).
    value: p.json<unknown>().columnType('jsonb'),
    validFrom: p.date(),
    validTo: p.date().nullable(),
    recordedAt: p.datetime().onCreate(() => new Date()),
    sourceReference: p.string().length(200),
    // A plain uuid rather than a self-relation: the replacement is fetched through a loader, on demand.
    supersededBy: p.uuid().nullable(),
    supersededAt: p.datetime().nullable(),
    /** The PIN of the citizen who declared it (a reported change); null for a fact an agency supplied. */
    declaredBy: p.string().length(7).columnType('char(7)').nullable(),
  },
});

export type Fact = InferEntity<typeof FactSchema>;

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { LegalBasis } from '@usr/shared';

export const PARAMETER_STATUSES = ['DRAFT', 'APPROVED', 'REJECTED', 'SUPERSEDED'] as const;
export const PARAMETER_DRAFT_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export const PARAMETER_DRY_RUN_STATUSES = ['QUEUED', 'DONE', 'FAILED'] as const;
/** The SDL's ParameterDryRunSampleKind. */
export const DRY_RUN_SAMPLE_KINDS = ['ALL', 'SHARE', 'REGION', 'RANDOM'] as const;

export type ParameterStatus = (typeof PARAMETER_STATUSES)[number];
export type ParameterDraftStatus = (typeof PARAMETER_DRAFT_STATUSES)[number];
export type ParameterDryRunStatus = (typeof PARAMETER_DRY_RUN_STATUSES)[number];
export type DryRunSampleKind = (typeof DRY_RUN_SAMPLE_KINDS)[number];

/**
 * One dated value of a rule parameter (benefits.parameter_version). Append-only: the database
 * refuses any change of the value, dates or basis, and allows only the status moves of the four-eyes
 * process (DRAFT to APPROVED or REJECTED, APPROVED to SUPERSEDED). Unit and description live in the
 * catalogue's parameter definition (the rules read the name, so the code defines which exist).
 */
export const ParameterVersionSchema = defineEntity({
  name: 'ParameterVersion',
  tableName: 'parameter_version',
  properties: {
    id: p.uuid().primary(),
    benefitCode: p.string().length(40),
    name: p.string().length(80),
    value: p.decimal('number').precision(14).scale(4),
    effectiveFrom: p.date(),
    effectiveUntil: p.date().nullable(),
    sourced: p.boolean(),
    legalBasis: p.json<LegalBasis>().columnType('jsonb'),
    status: p.enum(PARAMETER_STATUSES).length(12),
    /** Null for a value seeded from the catalogue. */
    draftId: p.uuid().nullable(),
    /** The approved version with the same date this one corrects. */
    supersedesId: p.uuid().nullable(),
    draftedBy: p.string().length(100),
    approvedBy: p.string().length(100).nullable(),
    createdAt: p.datetime(),
    decidedAt: p.datetime().nullable(),
  },
});

export type ParameterVersion = InferEntity<typeof ParameterVersionSchema>;

/** A change set (benefits.parameter_draft): drafted by one person, approved or rejected by another. */
export const ParameterDraftSchema = defineEntity({
  name: 'ParameterDraft',
  tableName: 'parameter_draft',
  properties: {
    id: p.uuid().primary(),
    status: p.enum(PARAMETER_DRAFT_STATUSES).length(12),
    reason: p.string().length(2000),
    draftedBy: p.string().length(100),
    createdAt: p.datetime(),
    decidedBy: p.string().length(100).nullable(),
    decidedAt: p.datetime().nullable(),
    rejectionReason: p.string().length(2000).nullable(),
    /** Scoped to the editor: the same key from the same editor answers the same draft. */
    idempotencyKey: p.string().length(100),
  },
});

export type ParameterDraft = InferEntity<typeof ParameterDraftSchema>;

/** What a dry run found (the engine fills it). */
export interface DryRunReport {
  readonly assessed: number;
  readonly changed: number;
  readonly newlyGranted: number;
  readonly newlyRefused: number;
  readonly monthlyCostDelta: string;
  readonly examples: ReadonlyArray<{ benefitCode: string; subjectPin: string; before: string | null; after: string | null }>;
  /** The changed decisions by monthly change (absent in reports recorded before it existed). */
  readonly distribution?: ReadonlyArray<{ from: number | null; to: number | null; decisions: number }>;
}

/** A dry run of a draft (benefits.parameter_dry_run), requested with its `parameters.dry-run` job. */
export const ParameterDryRunSchema = defineEntity({
  name: 'ParameterDryRun',
  tableName: 'parameter_dry_run',
  properties: {
    id: p.uuid().primary(),
    draftId: p.uuid(),
    status: p.enum(PARAMETER_DRY_RUN_STATUSES).length(8),
    /** The sample (migration 20261208100000): a share only for ALL (1) and SHARE, a region only for REGION, households and seed only for RANDOM. */
    sampleKind: p.enum(DRY_RUN_SAMPLE_KINDS).length(6),
    sampleShare: p.double().$type<number>().nullable(),
    sampleRegionCode: p.string().length(40).nullable(),
    sampleHouseholds: p.integer().nullable(),
    sampleSeed: p.integer().nullable(),
    requestedBy: p.string().length(100),
    requestedAt: p.datetime(),
    completedAt: p.datetime().nullable(),
    report: p.json<DryRunReport>().columnType('jsonb').nullable(),
    idempotencyKey: p.string().length(100),
  },
});

export type ParameterDryRun = InferEntity<typeof ParameterDryRunSchema>;

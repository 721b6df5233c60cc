import type { EntityManager, LegalBasis } from '@usr/shared';
import { ParameterDraftSchema, ParameterDryRunSchema, ParameterVersionSchema, type ParameterDraft, type ParameterDryRun, type ParameterVersion } from '../entities/parameter-version.ts';

/**
 * SQL of the rule parameters (benefits.parameter_version, parameter_draft, parameter_dry_run). Rows
 * are only inserted; the database allows only the four-eyes status moves (see the migration).
 */

// One lock orders seeding, drafting and deciding: a coverage check and the write it allows see the same approved set ("para").
const PARAMETER_LOCK = 0x70617261;

export const lockParameters = async (em: EntityManager): Promise<void> => {
  await em.execute('select pg_advisory_xact_lock(?)', [PARAMETER_LOCK]);
};

export interface NewVersionRow {
  readonly id: string;
  readonly benefitCode: string;
  readonly name: string;
  readonly value: number;
  readonly effectiveFrom: string;
  readonly effectiveUntil: string | null;
  readonly sourced: boolean;
  readonly legalBasis: LegalBasis;
  readonly status: 'DRAFT' | 'APPROVED';
  readonly draftId: string | null;
  readonly supersedesId: string | null;
  readonly draftedBy: string;
  readonly createdAt: string;
}

/** Inserts a version; false when a seeded or approved version of that parameter and date already exists (a concurrent seed). */
export const insertVersion = async (em: EntityManager, row: NewVersionRow): Promise<boolean> => {
  const inserted = await em.execute<Array<{ id: string }>>(
    `insert into benefits.parameter_version (id, benefit_code, name, value, effective_from, effective_until, sourced, legal_basis, status, draft_id, supersedes_id, drafted_by, approved_by, created_at, decided_at)
     values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id`,
    [
      row.id, row.benefitCode, row.name, row.value, row.effectiveFrom, row.effectiveUntil, row.sourced, JSON.stringify(row.legalBasis), row.status,
      // Only a seed is inserted APPROVED: reviewed as code, it has no approver in the registry.
      row.draftId, row.supersedesId, row.draftedBy, null, row.createdAt, row.status === 'APPROVED' ? row.createdAt : null,
    ],
  );
  return inserted.length > 0;
};

/** (benefit, name, date) of every seeded value, and of every approved one: what a seed must not add again. */
export const seededKeys = async (em: EntityManager): Promise<Set<string>> => {
  const rows = await em.execute<Array<{ benefit_code: string; name: string; effective_from: string }>>(
    `select benefit_code, name, to_char(effective_from, 'YYYY-MM-DD') as effective_from from benefits.parameter_version where drafted_by = 'seed' or status = 'APPROVED'`,
  );
  return new Set(rows.map((r) => versionKey(r.benefit_code, r.name, r.effective_from)));
};

export const versionKey = (benefitCode: string, name: string, from: string): string => `${benefitCode}\u0000${name}\u0000${from}`;

export const findVersions = (em: EntityManager, where: { benefitCode?: string; name?: string; status?: ParameterVersion['status']; draftId?: string } = {}): Promise<ParameterVersion[]> =>
  em.find(ParameterVersionSchema, Object.fromEntries(Object.entries(where).filter(([, v]) => v !== undefined)), { orderBy: { benefitCode: 'asc', name: 'asc', effectiveFrom: 'asc', createdAt: 'asc' } });

export const findVersionsByIds = (em: EntityManager, ids: readonly string[]): Promise<ParameterVersion[]> =>
  ids.length === 0 ? Promise.resolve([]) : em.find(ParameterVersionSchema, { id: { $in: [...ids] } });

/** The approved set in force for decisions: APPROVED versions (superseded ones are out). */
export const approvedVersions = (em: EntityManager): Promise<ParameterVersion[]> => findVersions(em, { status: 'APPROVED' });

const placeholders = (values: readonly unknown[]): string => values.map(() => '?').join(', ');

export const setVersionStatus = async (em: EntityManager, ids: readonly string[], status: 'APPROVED' | 'REJECTED' | 'SUPERSEDED', by: string | null, at: Date): Promise<void> => {
  if (ids.length === 0) return;
  if (status === 'SUPERSEDED') {
    await em.execute(`update benefits.parameter_version set status = 'SUPERSEDED' where id in (${placeholders(ids)})`, [...ids]);
    return;
  }
  await em.execute(`update benefits.parameter_version set status = ?, approved_by = ?, decided_at = ? where id in (${placeholders(ids)})`, [status, status === 'APPROVED' ? by : null, at, ...ids]);
};

export const insertDraft = async (em: EntityManager, row: Omit<ParameterDraft, 'decidedBy' | 'decidedAt' | 'rejectionReason' | 'createdAt'> & { createdAt: string }): Promise<void> => {
  await em.execute(`insert into benefits.parameter_draft (id, status, reason, drafted_by, created_at, idempotency_key) values (?, ?, ?, ?, ?, ?)`, [
    row.id, row.status, row.reason, row.draftedBy, row.createdAt, row.idempotencyKey,
  ]);
};

export const findDraft = (em: EntityManager, id: string): Promise<ParameterDraft | null> => em.findOne(ParameterDraftSchema, { id }, { refresh: true });

export const findDraftByKey = (em: EntityManager, draftedBy: string, idempotencyKey: string): Promise<ParameterDraft | null> =>
  em.findOne(ParameterDraftSchema, { draftedBy, idempotencyKey });

export const findDrafts = (em: EntityManager, status?: ParameterDraft['status']): Promise<ParameterDraft[]> =>
  em.find(ParameterDraftSchema, status ? { status } : {}, { orderBy: { createdAt: 'desc' } });

export const lockDraft = async (em: EntityManager, id: string): Promise<void> => {
  await em.execute('select id from benefits.parameter_draft where id = ? for update', [id]);
};

export const decideDraft = async (em: EntityManager, id: string, status: 'APPROVED' | 'REJECTED', by: string, at: Date, rejectionReason: string | null): Promise<void> => {
  await em.execute(`update benefits.parameter_draft set status = ?, decided_by = ?, decided_at = ?, rejection_reason = ? where id = ?`, [status, by, at, rejectionReason, id]);
};

export const findDryRun = (em: EntityManager, id: string): Promise<ParameterDryRun | null> => em.findOne(ParameterDryRunSchema, { id }, { refresh: true });

export const findDryRunByKey = (em: EntityManager, requestedBy: string, idempotencyKey: string): Promise<ParameterDryRun | null> =>
  em.findOne(ParameterDryRunSchema, { requestedBy, idempotencyKey });

export const findDryRunsOfDraft = (em: EntityManager, draftId: string): Promise<ParameterDryRun[]> =>
  em.find(ParameterDryRunSchema, { draftId }, { orderBy: { requestedAt: 'desc' } });

/** Inserts a dry run; false when its requester's key is taken already (a concurrent retry). */
export const insertDryRun = async (em: EntityManager, row: Omit<ParameterDryRun, 'completedAt' | 'report' | 'requestedAt'> & { requestedAt: string }): Promise<boolean> => {
  const rows = await em.execute<Array<{ id: string }>>(
    `insert into benefits.parameter_dry_run (id, draft_id, status, sample_kind, sample_share, sample_region_code, sample_households, sample_seed, requested_by, requested_at, idempotency_key)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (requested_by, idempotency_key) do nothing returning id`,
    [row.id, row.draftId, row.status, row.sampleKind, row.sampleShare, row.sampleRegionCode, row.sampleHouseholds, row.sampleSeed, row.requestedBy, row.requestedAt, row.idempotencyKey],
  );
  return rows.length > 0;
};

/** Finishes a QUEUED dry run; false when it was already finished (a replay). */
export const finishDryRun = async (em: EntityManager, id: string, status: 'DONE' | 'FAILED', report: unknown, at: Date): Promise<boolean> => {
  const rows = await em.execute<Array<{ id: string }>>(
    `update benefits.parameter_dry_run set status = ?, report = ?::jsonb, completed_at = ? where id = ? and status = 'QUEUED' returning id`,
    [status, report === null ? null : JSON.stringify(report), at, id],
  );
  return rows.length > 0;
};

/** Changes whenever an approval changes the approved set. */
export const approvedEtag = async (em: EntityManager): Promise<string> => {
  const [row] = await em.execute<Array<{ etag: string | null }>>(
    `select md5(coalesce(string_agg(id::text, ',' order by id), '')) as etag from benefits.parameter_version where status = 'APPROVED'`,
  );
  return row?.etag ?? '';
};

import { dryRunExamplePin, localized, type LegalBasis } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import {
  basisOfUsedParameter,
  coverageMessage,
  definitionOf,
  draftCoverage,
  draftErrorMessage,
  draftOf,
  dryRunsOfDraft,
  parameterCoverage,
  parameterDescription,
  draftOfDryRun,
  parameterDraft,
  parameterDrafts,
  parameterDryRun,
  parameterSnapshot,
  parameterVersions,
  previousVersion,
  staffName,
  versionById,
  versionsOfDraft,
} from '../services/parameter-reads.ts';
import {
  approveParameterDraft,
  draftParameterChange,
  recordParameterDryRunReport,
  rejectParameterDraft,
  requestParameterDryRun,
} from '../services/parameter-writes.ts';
import { sampleOf } from '../services/dry-run-sample.ts';
import { fromLanguage } from './language.ts';

/** Rules as data (issue #15): thin resolvers over parameter-reads.ts and parameter-writes.ts. */
export const parameterQueries: Pick<NonNullable<Resolvers['Query']>, 'parameterVersions' | 'parameterDraft' | 'parameterDrafts' | 'parameterSnapshot' | 'parameterCoverage' | 'parameterDryRun'> = {
  parameterVersions: (_, args, ctx) => parameterVersions(ctx, args),
  parameterDraft: (_, { id }, ctx) => parameterDraft(ctx, id),
  parameterDrafts: (_, { status }, ctx) => parameterDrafts(ctx, status),
  parameterSnapshot: (_, { ifNoneMatch }, ctx) => parameterSnapshot(ctx, ifNoneMatch),
  parameterCoverage: (_, __, ctx) => parameterCoverage(ctx),
  parameterDryRun: (_, { id }, ctx) => parameterDryRun(ctx, id),
};

export const parameterMutations: Pick<
  NonNullable<Resolvers['Mutation']>,
  'draftParameterChange' | 'approveParameterDraft' | 'rejectParameterDraft' | 'requestParameterDryRun' | 'recordParameterDryRunReport'
> = {
  draftParameterChange: (_, { input }, ctx) => draftParameterChange(ctx, input),
  approveParameterDraft: (_, { input }, ctx) => approveParameterDraft(ctx, input),
  rejectParameterDraft: (_, { input }, ctx) => rejectParameterDraft(ctx, input),
  requestParameterDryRun: (_, { input }, ctx) => requestParameterDryRun(ctx, input),
  recordParameterDryRunReport: (_, { input }, ctx) => recordParameterDryRunReport(ctx, input),
};

export const parameterResolvers: Pick<
  Resolvers,
  'ParameterVersion' | 'LegalBasis' | 'ParameterDraft' | 'CoverageProblem' | 'ParameterDraftError' | 'ParameterDryRun' | 'ParameterDryRunReport' | 'ParameterDryRunExample' | 'RuleParameter'
> = {
  ParameterVersion: {
    description: (v, { language }) => parameterDescription(v, fromLanguage(language)),
    unit: (v) => definitionOf(v)?.unit ?? 'AZN_PER_MONTH',
    value: (v) => Number(v.value),
    legalBasis: (v) => v.legalBasis,
    draft: (v, _, ctx) => draftOf(ctx, v.draftId),
    supersedes: (v, _, ctx) => versionById(ctx, v.supersedesId),
    previous: (v, _, ctx) => previousVersion(ctx, v),
    draftedByName: (v, _, ctx) => staffName(ctx, v.draftedBy),
    approvedByName: (v, _, ctx) => staffName(ctx, v.approvedBy),
  },
  LegalBasis: {
    act: (b, { language }) => localized(b.act, fromLanguage(language)),
    text: (b, { language }) => localized(b.text, fromLanguage(language)),
  },
  ParameterDraft: {
    versions: (d, _, ctx) => versionsOfDraft(ctx, d),
    coverage: (d, _, ctx) => draftCoverage(ctx, d),
    dryRuns: (d, _, ctx) => dryRunsOfDraft(ctx, d),
    draftedByName: (d, _, ctx) => staffName(ctx, d.draftedBy),
    decidedByName: (d, _, ctx) => staffName(ctx, d.decidedBy),
  },
  CoverageProblem: {
    message: (p, { language }) => coverageMessage(p, fromLanguage(language)),
  },
  ParameterDraftError: {
    message: (e, { language }) => draftErrorMessage(e.code, fromLanguage(language)),
  },
  ParameterDryRun: {
    draft: async (r, _, ctx) => draftOfDryRun(ctx, r),
    // Deprecated: a REGION or RANDOM sample is no share (null stored) and reads as 1.
    sampleShare: (r) => r.sampleShare ?? 1,
    sample: (r) => sampleOf(r),
    requestedByName: (r, _, ctx) => staffName(ctx, r.requestedBy),
  },
  ParameterDryRunReport: {
    distribution: (r) => [...(r.distribution ?? [])],
  },
  ParameterDryRunExample: {
    subjectPin: (e, _, ctx) => (e.subjectPin ? dryRunExamplePin(ctx.viewer, ctx.purpose, e.subjectPin) : null),
  },
  RuleParameter: {
    // A decision that names the version shows that version's basis (a drafted value is not in the catalogue).
    basis: (p, _, ctx): Promise<LegalBasis | null> => basisOfUsedParameter(ctx, p),
  },
};

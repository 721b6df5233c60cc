import {
  assertMayReadParameterHistory,
  assertMayReadParameterSnapshot,
  assertUuid,
  badUserInput,
  BENEFIT_TYPES,
  findBenefitType,
  findTranslation,
  isEngine,
  notFound,
  translate,
  localized,
  type CoverageProblem,
  type Language,
  type LegalBasis,
} from '@usr/shared';
import { formatDate } from '@usr/shared/i18n';
import type { BenefitsContext } from '../context.ts';
import type { ParameterDraft, ParameterDryRun, ParameterVersion } from '../entities/parameter-version.ts';
import { coverageOf, problemsAddedBy, startsOf } from './parameter-coverage.ts';
import { ensureParametersSeeded } from './parameter-seed.ts';
import { approvedEtag, approvedVersions, findDraft, findDrafts, findDryRun, findDryRunsOfDraft, findVersions, findVersionsByIds } from './parameter-store.ts';
import type { DraftErrorCode } from './parameter-writes.ts';

const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;
const NAME = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;

/** Auditors, administrators and the rules staff: the whole history, read-only for all but the four-eyes mutations. */
export const parameterVersions = async (ctx: BenefitsContext, args: { benefitCode?: string | null; name?: string | null; status?: ParameterVersion['status'] | null }): Promise<ParameterVersion[]> => {
  assertMayReadParameterHistory(ctx.viewer);
  if (args.benefitCode != null && !CODE.test(args.benefitCode)) throw badUserInput('benefitCode', 'capital letters, digits and underscores, at most 40');
  if (args.name != null && !NAME.test(args.name)) throw badUserInput('name', 'letters, digits and underscores, at most 80');
  await ensureParametersSeeded(ctx.orm());
  const versions = await findVersions(ctx.orm(), { benefitCode: args.benefitCode ?? undefined, name: args.name ?? undefined, status: args.status ?? undefined });
  // Parameters in catalogue order (benefit, then its parameter list), oldest first within one.
  const order = catalogueOrder();
  return versions.sort((a, b) => (order.get(`${a.benefitCode}.${a.name}`) ?? 1e9) - (order.get(`${b.benefitCode}.${b.name}`) ?? 1e9));
};

const catalogueOrder = (): Map<string, number> => {
  const order = new Map<string, number>();
  for (const benefit of BENEFIT_TYPES) for (const p of benefit.parameters) order.set(`${benefit.code}.${p.name}`, order.size);
  return order;
};

export const parameterDraft = async (ctx: BenefitsContext, id: string): Promise<ParameterDraft> => {
  assertMayReadParameterHistory(ctx.viewer);
  const draft = await findDraft(ctx.orm(), assertUuid(id));
  if (!draft) throw notFound('ParameterDraft');
  return draft;
};

export const parameterDrafts = async (ctx: BenefitsContext, status: ParameterDraft['status'] | null | undefined): Promise<ParameterDraft[]> => {
  assertMayReadParameterHistory(ctx.viewer);
  return findDrafts(ctx.orm(), status ?? undefined);
};

/** The engine's cache key and values: every APPROVED version; null versions when the caller's etag is current. */
export const parameterSnapshot = async (ctx: BenefitsContext, ifNoneMatch: string | null | undefined): Promise<{ etag: string; versions: ParameterVersion[] | null }> => {
  assertMayReadParameterSnapshot(ctx.viewer);
  await ensureParametersSeeded(ctx.orm());
  const etag = await approvedEtag(ctx.orm());
  if (ifNoneMatch === etag) return { etag, versions: null };
  return { etag, versions: await approvedVersions(ctx.orm()) };
};

export const parameterCoverage = async (ctx: BenefitsContext): Promise<{ ok: boolean; problems: CoverageProblem[] }> => {
  assertMayReadParameterHistory(ctx.viewer);
  await ensureParametersSeeded(ctx.orm());
  const approved = await approvedVersions(ctx.orm());
  const problems = coverageOf(approved, startsOf(approved));
  return { ok: problems.length === 0, problems };
};

/** A pending draft's check is of the approved set with it applied; a decided one's of the approved set as it is. */
export const draftCoverage = async (ctx: BenefitsContext, draft: ParameterDraft): Promise<{ ok: boolean; problems: CoverageProblem[] }> => {
  const approved = await approvedVersions(ctx.orm());
  const problems =
    draft.status === 'PENDING' ? [...coverageOf(approved, startsOf(approved)), ...problemsAddedBy(approved, await findVersions(ctx.orm(), { draftId: draft.id }))] : coverageOf(approved, startsOf(approved));
  return { ok: problems.length === 0, problems };
};

export const parameterDryRun = async (ctx: BenefitsContext, id: string): Promise<ParameterDryRun> => {
  if (!isEngine(ctx.viewer)) assertMayReadParameterHistory(ctx.viewer);
  const dryRun = await findDryRun(ctx.orm(), assertUuid(id));
  if (!dryRun) throw notFound('ParameterDryRun');
  return dryRun;
};

/** The draft a dry run runs: whoever read the dry run (its readers, and the engine that runs it) reads its draft. */
export const draftOfDryRun = async (ctx: BenefitsContext, dryRun: ParameterDryRun): Promise<ParameterDraft> => {
  const draft = await findDraft(ctx.orm(), dryRun.draftId);
  if (!draft) throw notFound('ParameterDraft');
  return draft;
};

export const versionsOfDraft = (ctx: BenefitsContext, draft: ParameterDraft): Promise<ParameterVersion[]> => findVersions(ctx.orm(), { draftId: draft.id });
export const dryRunsOfDraft = (ctx: BenefitsContext, draft: ParameterDraft): Promise<ParameterDryRun[]> => findDryRunsOfDraft(ctx.orm(), draft.id);
export const draftOf = async (ctx: BenefitsContext, draftId: string | null | undefined): Promise<ParameterDraft | null> => (draftId ? findDraft(ctx.orm(), draftId) : null);
export const versionById = async (ctx: BenefitsContext, id: string | null | undefined): Promise<ParameterVersion | null> =>
  id ? ((await findVersionsByIds(ctx.orm(), [id]))[0] ?? null) : null;

/** The approved (or since superseded, if that is what was in force) value the day before a version takes effect. */
export const previousVersion = async (ctx: BenefitsContext, version: ParameterVersion): Promise<ParameterVersion | null> => {
  const rows = await ctx.orm().execute<Array<{ id: string }>>(
    `select id from benefits.parameter_version where benefit_code = ? and name = ? and status = 'APPROVED' and effective_from < ? order by effective_from desc limit 1`,
    [version.benefitCode, version.name, version.effectiveFrom],
  );
  return versionById(ctx, rows[0]?.id);
};

/** The parameter's unit and description come from the catalogue's definition. */
export const definitionOf = (version: Pick<ParameterVersion, 'benefitCode' | 'name'>) => findBenefitType(version.benefitCode)?.parameters.find((p) => p.name === version.name);

export const parameterDescription = (version: ParameterVersion, language: Language): string =>
  findTranslation(language, `staff.parameter.${version.name}`) ?? definitionOf(version)?.description ?? version.name;

const benefitName = (code: string, language: Language): string => findTranslation(language, `benefit.${code}`) ?? code;

/** A coverage problem in one sentence of the reader's language, naming the dates. */
export const coverageMessage = (problem: CoverageProblem, language: Language): string => {
  const values = { benefit: benefitName(problem.benefitCode, language), parameter: findTranslation(language, `staff.parameter.${problem.name}`) ?? problem.name, from: problem.from, until: problem.until ?? '' };
  if (problem.kind === 'GAP') return translate(language, problem.until === null ? 'parameters.coverage.GAP_OPEN' : 'parameters.coverage.GAP', values);
  return translate(language, 'parameters.coverage.OVERLAP', values);
};

export const draftErrorMessage = (code: DraftErrorCode, language: Language): string => translate(language, `parameters.error.${code}`);

/** A decision's parameter names its version: the basis is that version's (drafted values are not in the catalogue). */
/** A version's legal basis, batched per request: every parameter of every decision on a page costs one read. */
export const basisOfVersion = async (ctx: BenefitsContext, versionId: string): Promise<ParameterVersion['legalBasis'] | null> =>
  (await ctx.loaders.parameterVersionById.load(versionId))?.legalBasis ?? null;

/** A used parameter's legal basis: the version's it names (a drafted value is not in the catalogue), else the catalogue's. */
export const basisOfUsedParameter = async (ctx: BenefitsContext, used: { readonly versionId?: string | null; readonly basis?: LegalBasis | null }): Promise<LegalBasis | null> =>
  used.versionId ? ((await basisOfVersion(ctx, used.versionId)) ?? used.basis ?? null) : (used.basis ?? null);

/**
 * The acts a decision rests on, each once, in the reader's language: the act's title, its article
 * and its date where known, from the basis of every parameter the decision used.
 */
export const legalActsOf = async (ctx: BenefitsContext, used: ReadonlyArray<{ readonly versionId?: string | null; readonly basis?: LegalBasis | null }>, language: Language): Promise<string[]> => {
  // One read for all the versions the decisions of a request name (not one per parameter).
  const bases = await Promise.all(used.map((p) => basisOfUsedParameter(ctx, p)));
  const acts = bases.flatMap((b) => (b ? [`${localized(b.act, language)}${b.article ? `, ${b.article}` : ''}${b.date ? ` (${formatDate(b.date, language)})` : ''}`] : []));
  return [...new Set(acts)];
};

/** A signing account's name (draft, approval, rejection, dry-run request); null for "seed" and accounts never seen with one. */
export const staffName = async (ctx: BenefitsContext, subject: string | null | undefined): Promise<string | null> =>
  subject && subject !== 'seed' ? ((await ctx.loaders.staffNameBySubject.load(subject))?.name ?? null) : null;

import { assertMayReadPersonalData, assertUuid } from '@usr/shared';
import type { Application } from '../entities/application.ts';
import type { BenefitsContext } from '../context.ts';

/**
 * The application, if the caller may read it (see BenefitAccessRules): BAD_USER_INPUT when the id
 * is not a UUID, FORBIDDEN when refused or (for most callers) unknown, NOT_FOUND otherwise.
 */
export const getApplication = async (ctx: BenefitsContext, id: string, fields: readonly string[]): Promise<Application> => {
  const key = assertUuid(id);
  assertMayReadPersonalData(ctx.viewer, ctx.purpose);
  const application = await ctx.loaders.applicationById.load(key);
  if (!application) return ctx.rules.refuseUnknownRecord('Application');
  await ctx.rules.assertRecord('Application', application.applicantPin, fields, application.benefitCode);
  return application;
};

/** A linked application (a decision's), or null when there is no link; checked like any other read. */
export const findApplication = async (ctx: BenefitsContext, id: string | null, fields: readonly string[]): Promise<Application | null> => {
  const application = id ? await ctx.loaders.applicationById.load(id) : undefined;
  if (!application) return null;
  await ctx.rules.assertRecord('Application', application.applicantPin, fields, application.benefitCode);
  return application;
};

/** The person's applications, newest first: their own records, checked before the look-up. */
export const applicationsOfApplicant = async (ctx: BenefitsContext, pin: string, fields: readonly string[]): Promise<Application[]> => {
  await ctx.rules.assertPersonRecords(pin, 'Person.applications', fields.map((f) => `Application.${f}`));
  return ctx.rules.learnable(await ctx.loaders.applicationsByApplicant.load(pin), (a) => a.applicantPin, (a) => a.benefitCode);
};

/** The household's applications a caller may see: those made by people they may see as household. */
export const applicationsOfHousehold = async (ctx: BenefitsContext, householdId: string, fields: readonly string[]): Promise<Application[]> => {
  assertMayReadPersonalData(ctx.viewer, ctx.purpose);
  const rows = await ctx.loaders.applicationsByHousehold.load(householdId);
  return ctx.rules.householdRecords(rows, (a) => a.applicantPin, (a) => a.benefitCode, ['Household.applications', ...fields.map((f) => `Application.${f}`)]);
};

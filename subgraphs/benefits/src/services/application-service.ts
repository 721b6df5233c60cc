import { notFound } from '@usr/shared';
import type { Application } from '../entities/application.ts';
import type { BenefitsContext } from '../context.ts';
import { assertUuid } from '@usr/shared';

/** Returns the application or throws NOT_FOUND; BAD_USER_INPUT when the id is not a UUID. */
export const getApplication = async (ctx: BenefitsContext, id: string): Promise<Application> => {
  const application = await ctx.loaders.applicationById.load(assertUuid(id));
  if (!application) throw notFound('Application');
  return application;
};

export const findApplication = async (ctx: BenefitsContext, id: string | null): Promise<Application | null> =>
  id ? ((await ctx.loaders.applicationById.load(id)) ?? null) : null;

export const applicationsOfApplicant = (ctx: BenefitsContext, pin: string): Promise<Application[]> =>
  ctx.loaders.applicationsByApplicant.load(pin);

export const applicationsOfHousehold = (ctx: BenefitsContext, householdId: string): Promise<Application[]> =>
  ctx.loaders.applicationsByHousehold.load(householdId);

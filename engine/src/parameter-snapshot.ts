import type { EngineContext } from './context.ts';
import { graphql } from './generated/gql.ts';
import { parameterSnapshotEtag, useParameterSnapshot, type DatedParameterValue } from './rules/parameters.ts';

const SNAPSHOT = graphql(`
  query EngineParameterSnapshot($etag: String) {
    parameterSnapshot(ifNoneMatch: $etag) { etag versions { id benefitCode name value effectiveFrom effectiveUntil } }
  }
`);

/**
 * Brings the rule parameters up to the registry's approved set before a job decides: one small
 * request with the etag held; the values travel only when an approval changed them. Each decision
 * then records the version ids it read (ParameterLog), and a re-run of a past period reads the
 * values in force on its own dates from the same table.
 */
export const refreshParameters = async (ctx: Pick<EngineContext, 'client'>): Promise<boolean> => {
  const { parameterSnapshot } = await ctx.client.request(SNAPSHOT, { etag: parameterSnapshotEtag() });
  if (!parameterSnapshot.versions) return false;
  const values: DatedParameterValue[] = parameterSnapshot.versions.map((v) => ({
    benefitCode: v.benefitCode,
    name: v.name,
    value: v.value,
    effectiveFrom: v.effectiveFrom,
    effectiveUntil: v.effectiveUntil ?? null,
    versionId: v.id,
  }));
  useParameterSnapshot(values, parameterSnapshot.etag);
  return true;
};

import DataLoader from 'dataloader';
import type { PersonDirectory } from './record-access.ts';

/** The directory record rules use, plus what writes on a household need (e.g. an application). */
export interface RegistryDirectory extends PersonDirectory {
  /** The id of the household the person is a member of today (undefined when none, or unknown to the caller). */
  currentHouseholdIdOf(pin: string): Promise<string | undefined>;
}

/** Where the subgraphs that own region and household data run (the gateway is not involved). */
export interface DirectoryEndpoints {
  personsUrl?: string;
  householdsUrl?: string;
  gatewaySecret?: string;
}

interface EntitiesResponse<T> {
  data?: { _entities?: Array<T | null> } | null;
}

/**
 * A PersonDirectory that asks the owning subgraphs, on the caller's behalf and with the caller's
 * token, so the owner applies its own rules: a person the caller may not see has no region here.
 * Region look-ups are batched per request into one `_entities` call.
 */
export const httpDirectory = (
  endpoints: DirectoryEndpoints,
  request: { authorization: string | undefined; purpose: string | undefined; requestId: string },
): RegistryDirectory => {
  const post = async <T>(url: string | undefined, query: string, representations: unknown[]): Promise<Array<T | null>> => {
    // A subgraph run alone (tests) has no peers: it knows no regions or households beyond its own.
    if (!url) return representations.map(() => null);
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': request.requestId,
        'x-registry-lookup': 'record-rule',
        ...(request.authorization ? { authorization: request.authorization } : {}),
        ...(request.purpose ? { 'x-purpose-of-use': request.purpose } : {}),
        ...(endpoints.gatewaySecret ? { 'x-gateway-secret': endpoints.gatewaySecret } : {}),
      },
      body: JSON.stringify({ query, variables: { representations } }),
    });
    const body = (await response.json()) as EntitiesResponse<T>;
    return body.data?._entities ?? representations.map(() => null);
  };

  const regions = new DataLoader<string, string | undefined>(async (pins) => {
    const rows = await post<{ address?: { region?: { code?: string } } }>(
      endpoints.personsUrl,
      'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { address { region { code } } } } }',
      pins.map((pin) => ({ __typename: 'Person', pin })),
    );
    return pins.map((_, i) => rows[i]?.address?.region?.code);
  });

  const households = new DataLoader<string, { id: string | undefined; members: ReadonlySet<string> }>(async (pins) => {
    const rows = await post<{ household?: { id?: string; members?: Array<{ person?: { pin?: string } }> } | null }>(
      endpoints.householdsUrl,
      'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { household { id members { person { pin } } } } } }',
      pins.map((pin) => ({ __typename: 'Person', pin })),
    );
    return pins.map((_, i) => ({
      id: rows[i]?.household?.id,
      members: new Set((rows[i]?.household?.members ?? []).flatMap((m) => (m.person?.pin ? [m.person.pin] : []))),
    }));
  });

  return {
    regionOf: (pin) => regions.load(pin),
    householdOf: async (pin) => (await households.load(pin)).members,
    currentHouseholdIdOf: async (pin) => (await households.load(pin)).id,
  };
};

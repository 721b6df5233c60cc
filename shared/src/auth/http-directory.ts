import DataLoader from 'dataloader';
import type { PersonDirectory } from './record-access.ts';
import { traceHeaders } from '../telemetry/tracing.ts';
import { inProcessEndpoint } from '../http/in-process.ts';

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

export interface LookupRequest {
  readonly authorization: string | undefined;
  readonly purpose?: string | undefined;
  readonly requestId: string;
}

/**
 * The record-rule look-ups, word for word: the only operations the `x-registry-lookup` header may
 * mark as "not a read to log" (the serving subgraph refuses the header on anything else).
 */
export const RECORD_RULE_LOOKUPS = {
  region: 'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { address { region { code } } } } }',
  household: 'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { household { id members { person { pin } } } } } }',
} as const;

/** The header a record-rule look-up carries (set only by postLookup below). */
export const LOOKUP_HEADER = 'x-registry-lookup';

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: ReadonlyArray<{ extensions?: { code?: unknown } }>;
}

/** The headers of a look-up made on the caller's behalf (its token, purpose, request id). */
const lookupHeaders = (endpoints: DirectoryEndpoints, request: LookupRequest, contentType: string): Record<string, string> => ({
  'content-type': contentType,
  'x-request-id': request.requestId,
  ...traceHeaders(),
  ...(request.authorization ? { authorization: request.authorization } : {}),
  ...(request.purpose ? { 'x-purpose-of-use': request.purpose } : {}),
  ...(endpoints.gatewaySecret ? { 'x-gateway-secret': endpoints.gatewaySecret } : {}),
});

/** One GraphQL request to an owning subgraph on the caller's behalf. */
const postLookup = async <T>(url: string, endpoints: DirectoryEndpoints, request: LookupRequest, query: string, variables: Record<string, unknown>): Promise<GraphQLAnswer<T>> => {
  const headers = { ...lookupHeaders(endpoints, request, 'application/json'), [LOOKUP_HEADER]: 'record-rule' };
  const body = JSON.stringify({ query, variables });
  // The owning subgraph in this very process (the subgraph host) is asked without a socket.
  const local = inProcessEndpoint(url);
  const text = local ? (await local({ headers, body })).body : await (await fetch(url, { method: 'POST', headers, body })).text();
  return JSON.parse(text) as GraphQLAnswer<T>;
};

/**
 * A PersonDirectory that asks the owning subgraphs, on the caller's behalf and with the caller's
 * token, so the owner applies its own rules: a person the caller may not see has no region here.
 * Region look-ups are batched per request into one `_entities` call.
 */
export const httpDirectory = (
  endpoints: DirectoryEndpoints,
  request: LookupRequest,
): RegistryDirectory => {
  const post = async <T>(url: string | undefined, query: string, representations: unknown[]): Promise<Array<T | null>> => {
    // A subgraph run alone (tests) has no peers: it knows no regions or households beyond its own.
    if (!url) return representations.map(() => null);
    const body = await postLookup<{ _entities?: Array<T | null> }>(url, endpoints, request, query, { representations });
    return body.data?._entities ?? representations.map(() => null);
  };

  const regions = new DataLoader<string, string | undefined>(async (pins) => {
    const rows = await post<{ address?: { region?: { code?: string } } }>(
      endpoints.personsUrl,
      RECORD_RULE_LOOKUPS.region,
      pins.map((pin) => ({ __typename: 'Person', pin })),
    );
    return pins.map((_, i) => rows[i]?.address?.region?.code);
  });

  const households = new DataLoader<string, { id: string | undefined; members: ReadonlySet<string> }>(async (pins) => {
    const rows = await post<{ household?: { id?: string; members?: Array<{ person?: { pin?: string } }> } | null }>(
      endpoints.householdsUrl,
      RECORD_RULE_LOOKUPS.household,
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

/** Whether people are in the population register (the persons subgraph's to tell). */
export interface PopulationRegister {
  /** The subset of `pins` that belong to registered persons; throws when the register cannot answer. */
  registered(pins: readonly string[]): Promise<ReadonlySet<string>>;
}

/** The most PINs one register look-up takes: `personsExist`'s and the register route's one limit (one chunk of a bulk feed). */
export const MAX_REGISTER_LOOKUP = 1000;

/**
 * The persons subgraph's register route (not GraphQL: a bulk feed asks it for every 1,000-line
 * chunk): POST the PINs one a line, the answer is one character per PIN in that order, `1`
 * registered, `0` not. Its rule is `Query.personsExist`'s (subgraphs/persons/src/vital-events/register-route.ts).
 */
export const POPULATION_REGISTER_PATH = '/population/registered';

const ONE = '1'.charCodeAt(0);

/**
 * The persons subgraph's register route, asked with the caller's token (only agency feeds, the
 * engine and administrators may ask, as for `personsExist`), in calls of at most 1,000 PINs. Fails
 * closed: without a persons subgraph to ask, or when it refuses or errs, this throws (nothing is
 * taken as registered).
 */
export const httpPopulationRegister = (endpoints: DirectoryEndpoints, request: LookupRequest): PopulationRegister => ({
  async registered(pins) {
    const unique = [...new Set(pins)];
    const found = new Set<string>();
    if (unique.length === 0) return found;
    const url = endpoints.personsUrl;
    if (!url) throw new Error('No persons subgraph is configured to check PINs against the population register.');
    const route = new URL(POPULATION_REGISTER_PATH, url);
    for (let start = 0; start < unique.length; start += MAX_REGISTER_LOOKUP) {
      const batch = unique.slice(start, start + MAX_REGISTER_LOOKUP);
      const response = await fetch(route, { method: 'POST', headers: lookupHeaders(endpoints, request, 'text/plain; charset=utf-8'), body: batch.join('\n') });
      const answer = await response.text();
      if (!response.ok || answer.length !== batch.length) {
        const code = response.ok ? 'no data' : refusalCode(answer);
        throw new Error(`The population register did not answer (${code}).`);
      }
      for (let i = 0; i < batch.length; i++) if (answer.charCodeAt(i) === ONE) found.add(batch[i] as string);
    }
    return found;
  },
});

/** The code of a route's JSON refusal (`{ errors: [{ extensions: { code } }] }`), for the error message. */
const refusalCode = (body: string): string => {
  try {
    const code = (JSON.parse(body) as GraphQLAnswer<unknown>).errors?.[0]?.extensions?.code;
    return typeof code === 'string' ? code : 'no data';
  } catch {
    return 'no data';
  }
};

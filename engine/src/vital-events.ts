/**
 * Vital events: what the civil registry's BIRTH, DEATH, MARRIAGE and DIVORCE facts change in the
 * population register (persons) and in households, applied by the engine from its `facts.ingested`
 * handler before it re-evaluates anyone's rights. Every mutation used is idempotent by the fact id,
 * so a retried or replayed job changes nothing the second time; the steps of one fact are applied
 * in order and each is safe to repeat, so a job that failed half way is completed by its retry.
 */

/**
 * The engine's gateway client as this module needs it (engine/src/gateway-client.ts implements it
 * with the engine's service-account token): resolves `data`, throws on GraphQL errors.
 */
export interface GatewayClient {
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** What a `facts.ingested` job says about the fact (its payload carries no value). */
export interface IngestedFact {
  readonly factId: string;
  readonly kind: string;
  readonly subjectPin: string;
}

export const VITAL_EVENT_KINDS = ['BIRTH', 'DEATH', 'MARRIAGE', 'DIVORCE'] as const;
export type VitalEventKind = (typeof VITAL_EVENT_KINDS)[number];

export const isVitalEvent = (kind: string): kind is VitalEventKind => (VITAL_EVENT_KINDS as readonly string[]).includes(kind);

/** One mutation applied for the fact. */
export interface VitalEventStep {
  readonly mutation: string;
  readonly changed: boolean;
  /** The payload's expected-outcome code, when nothing could change (e.g. MOTHER_HAS_NO_HOUSEHOLD). */
  readonly errorCode: string | null;
}

export type VitalEventResult =
  | { readonly applied: true; readonly kind: VitalEventKind; readonly steps: readonly VitalEventStep[] }
  | { readonly applied: false; readonly reason: 'NOT_A_VITAL_EVENT' | 'SUPERSEDED' };

interface StoredFact {
  readonly id: string;
  readonly kind: string;
  readonly validFrom: string;
  readonly subject: { readonly pin: string };
  readonly supersededBy: { readonly id: string } | null;
  readonly value: {
    readonly motherPin?: string;
    readonly fatherPin?: string | null;
    readonly districtCode?: string;
    readonly firstName?: string | null;
    readonly lastName?: string | null;
    readonly sex?: 'FEMALE' | 'MALE' | null;
    readonly spousePin?: string;
  };
}

const FACT = /* GraphQL */ `
  query VitalEventFact($id: ID!) {
    fact(id: $id) {
      id kind validFrom subject { pin } supersededBy { id }
      value {
        ... on BirthValue { motherPin fatherPin districtCode firstName lastName sex }
        ... on MarriageValue { spousePin }
        ... on DivorceValue { spousePin }
      }
    }
  }
`;

const REGISTER_BIRTH = /* GraphQL */ `
  mutation RegisterBirth($input: RegisterBirthInput!) { registerBirth(input: $input) { changed person { pin } error { code } } }
`;
const REGISTER_DEATH = /* GraphQL */ `
  mutation RegisterDeath($input: RegisterDeathInput!) { registerDeath(input: $input) { changed } }
`;
const HOUSEHOLD_EVENT = (name: string, inputType: string) => /* GraphQL */ `
  mutation HouseholdEvent($input: ${inputType}!) { ${name}(input: $input) { changed error { code } } }
`;

interface Changed {
  readonly changed: boolean;
  readonly error?: { readonly code: string } | null;
}

const householdStep = async (client: GatewayClient, name: string, inputType: string, input: Record<string, unknown>): Promise<VitalEventStep> => {
  const data = await client.request<Record<string, Changed>>(HOUSEHOLD_EVENT(name, inputType), { input });
  const payload = data[name];
  if (!payload) throw new Error(`${name} returned no payload.`);
  return { mutation: name, changed: payload.changed, errorCode: payload.error?.code ?? null };
};

/**
 * Applies one ingested fact's vital event, if it is one: reads the fact through the gateway (the job
 * has no value) and calls the persons and households mutations it implies. A fact superseded since
 * is skipped: its correction has its own job. Other kinds are not vital events: nothing is done.
 *
 * - BIRTH: registerBirth (the child, from the fact's names and sex), then, when the child is
 *   registered, addNewborn to the mother's household from the date of birth (`validFrom`);
 * - DEATH: registerDeath with the date of death (`validFrom`), then closeMembershipsOnDeath;
 * - MARRIAGE / DIVORCE: registerMarriage / registerDivorce on `validFrom`.
 */
export const applyVitalEvent = async (client: GatewayClient, fact: IngestedFact): Promise<VitalEventResult> => {
  if (!isVitalEvent(fact.kind)) return { applied: false, reason: 'NOT_A_VITAL_EVENT' };
  const { fact: stored } = await client.request<{ fact: StoredFact }>(FACT, { id: fact.factId });
  if (stored.supersededBy) return { applied: false, reason: 'SUPERSEDED' };
  const kind = stored.kind;
  if (!isVitalEvent(kind)) return { applied: false, reason: 'NOT_A_VITAL_EVENT' };
  const factId = stored.id;
  const pin = stored.subject.pin;
  const on = stored.validFrom;
  const { value } = stored;
  switch (kind) {
    case 'BIRTH': {
      const { registerBirth } = await client.request<{ registerBirth: Changed & { person: { pin: string } | null } }>(REGISTER_BIRTH, {
        input: {
          factId,
          childPin: pin,
          birthDate: on,
          motherPin: value.motherPin,
          fatherPin: value.fatherPin ?? null,
          districtCode: value.districtCode,
          firstName: value.firstName ?? null,
          lastName: value.lastName ?? null,
          sex: value.sex ?? null,
        },
      });
      const steps: VitalEventStep[] = [{ mutation: 'registerBirth', changed: registerBirth.changed, errorCode: registerBirth.error?.code ?? null }];
      // A household member must be a registered person: no record, no membership (yet).
      if (registerBirth.person)
        steps.push(await householdStep(client, 'addNewborn', 'AddNewbornInput', { factId, childPin: pin, motherPin: value.motherPin, from: on }));
      return { applied: true, kind, steps };
    }
    case 'DEATH': {
      const { registerDeath } = await client.request<{ registerDeath: Changed }>(REGISTER_DEATH, { input: { factId, pin, deathDate: on } });
      return {
        applied: true,
        kind,
        steps: [
          { mutation: 'registerDeath', changed: registerDeath.changed, errorCode: null },
          await householdStep(client, 'closeMembershipsOnDeath', 'CloseMembershipsOnDeathInput', { factId, pin, on }),
        ],
      };
    }
    case 'MARRIAGE':
    case 'DIVORCE': {
      const name = kind === 'MARRIAGE' ? 'registerMarriage' : 'registerDivorce';
      return { applied: true, kind, steps: [await householdStep(client, name, 'VitalEventPairInput', { factId, pin, spousePin: value.spousePin, on })] };
    }
  }
};

/**
 * Vital events: what the civil registry's BIRTH, DEATH, MARRIAGE and DIVORCE facts change in the
 * population register (persons) and in households, applied by the engine from its `facts.ingested`
 * handler before it re-evaluates anyone's rights. Every mutation used is idempotent by the fact id,
 * so a retried or replayed job changes nothing the second time; the steps of one fact are applied
 * in order and each is safe to repeat, so a job that failed half way is completed by its retry.
 */
import type { GatewayClient } from './gateway-client.ts';
import { graphql } from './generated/gql.ts';

export type { GatewayClient } from './gateway-client.ts';

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

const FACT = graphql(`
  query VitalEventFact($id: ID!) {
    fact(id: $id) {
      id kind validFrom subject { pin } supersededBy { id }
      value {
        __typename
        ... on BirthValue { motherPin fatherPin districtCode firstName lastName sex }
        ... on MarriageValue { spousePin }
        ... on DivorceValue { spousePin }
      }
    }
  }
`);

const REGISTER_BIRTH = graphql(`
  mutation RegisterBirth($input: RegisterBirthInput!) { registerBirth(input: $input) { changed person { pin } error { code } } }
`);
const REGISTER_DEATH = graphql(`
  mutation RegisterDeath($input: RegisterDeathInput!) { registerDeath(input: $input) { changed } }
`);
const ADD_NEWBORN = graphql(`
  mutation AddNewborn($input: AddNewbornInput!) { addNewborn(input: $input) { changed error { code } } }
`);
const CLOSE_ON_DEATH = graphql(`
  mutation CloseMembershipsOnDeath($input: CloseMembershipsOnDeathInput!) { closeMembershipsOnDeath(input: $input) { changed error { code } } }
`);
const REGISTER_MARRIAGE = graphql(`
  mutation RegisterMarriage($input: VitalEventPairInput!) { registerMarriage(input: $input) { changed error { code } } }
`);
const REGISTER_DIVORCE = graphql(`
  mutation RegisterDivorce($input: VitalEventPairInput!) { registerDivorce(input: $input) { changed error { code } } }
`);

interface Changed {
  readonly changed: boolean;
  readonly error?: { readonly code: string } | null;
}

const step = (mutation: string, payload: Changed): VitalEventStep => ({ mutation, changed: payload.changed, errorCode: payload.error?.code ?? null });

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
  const { fact: stored } = await client.request(FACT, { id: fact.factId });
  if (!stored) throw new Error('The ingested fact is not in the registry.');
  if (stored.supersededBy) return { applied: false, reason: 'SUPERSEDED' };
  const kind = stored.kind;
  if (!isVitalEvent(kind)) return { applied: false, reason: 'NOT_A_VITAL_EVENT' };
  const factId = stored.id;
  const pin = stored.subject.pin;
  const on = stored.validFrom;
  const { value } = stored;
  // The facts subgraph validates a value against its kind: another shape is a broken record.
  const mismatch = () => new Error(`The ${kind} fact carries another kind's value.`);
  switch (kind) {
    case 'BIRTH': {
      if (value.__typename !== 'BirthValue') throw mismatch();
      const { registerBirth } = await client.request(REGISTER_BIRTH, {
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
      const steps: VitalEventStep[] = [step('registerBirth', registerBirth)];
      // A household member must be a registered person: no record, no membership (yet).
      if (registerBirth.person)
        steps.push(step('addNewborn', (await client.request(ADD_NEWBORN, { input: { factId, childPin: pin, motherPin: value.motherPin, from: on } })).addNewborn));
      return { applied: true, kind, steps };
    }
    case 'DEATH': {
      const { registerDeath } = await client.request(REGISTER_DEATH, { input: { factId, pin, deathDate: on } });
      const { closeMembershipsOnDeath } = await client.request(CLOSE_ON_DEATH, { input: { factId, pin, on } });
      return {
        applied: true,
        kind,
        steps: [
          { mutation: 'registerDeath', changed: registerDeath.changed, errorCode: null },
          step('closeMembershipsOnDeath', closeMembershipsOnDeath),
        ],
      };
    }
    case 'MARRIAGE':
    case 'DIVORCE': {
      if (value.__typename !== 'MarriageValue' && value.__typename !== 'DivorceValue') throw mismatch();
      const input = { factId, pin, spousePin: value.spousePin, on };
      const payload = kind === 'MARRIAGE' ? (await client.request(REGISTER_MARRIAGE, { input })).registerMarriage : (await client.request(REGISTER_DIVORCE, { input })).registerDivorce;
      return { applied: true, kind, steps: [step(kind === 'MARRIAGE' ? 'registerMarriage' : 'registerDivorce', payload)] };
    }
  }
};

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isLeafType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import {
  ANONYMOUS_VIEWER,
  datumFieldsOf,
  maskFor,
  mayReadBenefitRecordOf,
  mayReadHealthOf,
  NO_ACCESS_RECORDING,
  readsMasked,
  suppliedTheFact,
  RecordAccess,
  viewerFromClaims,
  type DatumField,
  type PersonScope,
  type Viewer,
} from '@usr/shared';
import { decodeClaims } from '@usr/identity';
import { readSupergraph } from '@usr/gateway';
import { createTestDatabase, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import { seedDecisionRecord, type SeededDecision } from './support/decision-seed.ts';
import { seedHealthBenefit, type SeededHealthBenefit } from './support/health-benefit-seed.ts';
import { startRegistry, type RunningRegistry } from './support/registry.ts';
import { seeder, type SeededHousehold } from './support/seed.ts';

/**
 * The generated walk (issue #11, item 1): every field the supergraph marks as revealing a datum
 * (`@tag(name: "datum/...")`), reached along every short path the API schema offers from a root
 * field, for every role of the realm. A response may never contain a value the datum's own rule
 * (the policy module: record rule, masking, health) forbids the role. The paths come from the
 * schema and the forbidden values from the policy module and the seeded rows, so a new field, type
 * or path is walked without editing this file.
 */
const RASHAD = '4BXM2R8';
const AYSEL = '5AZK7P2';
const PURPOSE = { 'x-purpose-of-use': 'BENEFIT_REVIEW' };
/** The agency the seed's INCOME facts come from (test/support/seed.ts). */
const MEMBER_FACT_AGENCY = 'taxes';
const MAX_DEPTH = 6;
const PATHS_PER_TYPE = 4;

let db: TestDatabase;
let registry: RunningRegistry;
let family: SeededHousehold;
let decision: SeededDecision;
let health: SeededHealthBenefit;
let schema: GraphQLSchema;
let datumFields: DatumField[];

/** The seeded values each datum class is made of (set once seeded). */
const seeded = {
  phone: '+994501112230',
  personAddress: 'Rashad küç. 7, m. 3',
  householdAddress: 'Household küç. 9',
  iban: 'AZ21NABZ00000000137010001944',
  healthFactId: '',
  memberFactIds: [] as string[],
  ids: {} as Record<string, string[]>,
};

/** Every role of the realm that can hold a token, plus anonymous. */
const ROLES = [
  'anonymous',
  'rashad',
  'aysel',
  'leyla',
  'caseworker.baku',
  'caseworker.baku+health',
  'caseworker.ganja',
  'auditor',
  'admin',
  'client:decision-engine',
  'client:internal-app',
  'client:agency-taxes',
] as const;
type Role = (typeof ROLES)[number];

const tokens = new Map<Role, string>();
const tokenOf = async (role: Role): Promise<string | undefined> => {
  if (role === 'anonymous') return undefined;
  let value = tokens.get(role);
  if (!value) {
    value = role.startsWith('client:')
      ? await registry.serviceToken(role.slice(7))
      : role.endsWith('+health')
        ? await registry.userToken(role.slice(0, -7), 'health')
        : await registry.userToken(role);
    tokens.set(role, value);
  }
  return value;
};
const viewerOf = async (role: Role): Promise<Viewer> => {
  const token = await tokenOf(role);
  return token ? viewerFromClaims(decodeClaims(token)) : ANONYMOUS_VIEWER;
};
const headersOf = async (role: Role): Promise<Record<string, string>> => {
  const token = await tokenOf(role);
  return token ? { authorization: `Bearer ${token}`, ...PURPOSE } : {};
};

// ---- paths, generated from the API schema --------------------------------------------------------

/** Argument values for a field, from what was seeded; undefined when a required one cannot be given. */
const argumentsFor = (field: GraphQLField<unknown, unknown>): string[][] | undefined => {
  const returned = getNamedType(field.type).name;
  let variants: string[][] = [[]];
  for (const arg of field.args) {
    const required = arg.type.toString().endsWith('!') && arg.defaultValue === undefined;
    if (!required) continue;
    let values: string[];
    if (arg.name === 'pin') values = [`"${RASHAD}"`];
    else if (arg.name === 'id') values = (seeded.ids[returned] ?? []).map((id) => `"${id}"`);
    else if (arg.name === 'filter' && returned === 'PersonPage') values = ['{ name: "Testov" }'];
    else return undefined;
    if (values.length === 0) return undefined;
    variants = variants.flatMap((v) => values.map((value) => [...v, `${arg.name}: ${value}`]));
  }
  return variants;
};

/** Every scalar field of a type (and of each member of a union) without required arguments. */
const leaves = (type: GraphQLNamedType, depth = 0): string => {
  if (isLeafType(type)) return '';
  if (isUnionType(type)) return `{ __typename ${type.getTypes().map((member) => `... on ${member.name} ${leaves(member, depth)}`).join(' ')} }`;
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields()).filter((f) => f.args.every((a) => !a.type.toString().endsWith('!')));
  const selected = fields.flatMap((f) => {
    const named = getNamedType(f.type);
    if (isLeafType(named)) return [f.name];
    // One level into objects and unions, for fields like `Fact.value` and `Person.address`.
    return depth === 0 ? [`${f.name} ${leaves(named, depth + 1)}`] : [];
  });
  return `{ __typename ${selected.join(' ')} }`;
};

interface Step {
  readonly text: string;
  readonly type: GraphQLObjectType;
}

/** Breadth-first from Query to each type owning a datum field: up to PATHS_PER_TYPE paths with distinct roots. */
const pathsTo = (targets: ReadonlySet<string>): Map<string, string[][]> => {
  const found = new Map<string, string[][]>();
  const roots = new Map<string, Set<string>>();
  const query = schema.getQueryType();
  if (!query) return found;
  let frontier: Array<{ steps: Step[]; type: GraphQLObjectType; seen: Set<string> }> = [{ steps: [], type: query, seen: new Set([query.name]) }];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const next: typeof frontier = [];
    for (const node of frontier) {
      for (const field of Object.values(node.type.getFields())) {
        if (field.name.startsWith('_')) continue;
        const args = argumentsFor(field);
        if (!args) continue;
        const named = getNamedType(field.type);
        const members: GraphQLObjectType[] = isObjectType(named) ? [named] : isUnionType(named) ? [...named.getTypes()] : [];
        for (const variant of args) {
          const call = `${field.name}${variant.length > 0 ? `(${variant.join(', ')})` : ''}`;
          for (const member of members) {
            if (node.seen.has(member.name)) continue;
            const text = isUnionType(named) ? `${call} { ... on ${member.name}` : call;
            const steps = [...node.steps, { text, type: member }];
            const root = steps[0]?.text ?? '';
            if (targets.has(member.name)) {
              const rootsSeen = roots.get(member.name) ?? new Set<string>();
              const paths = found.get(member.name) ?? [];
              if (!rootsSeen.has(root) && paths.length < PATHS_PER_TYPE) {
                rootsSeen.add(root);
                roots.set(member.name, rootsSeen);
                paths.push(steps.map((s) => s.text));
                found.set(member.name, paths);
              }
            }
            next.push({ steps, type: member, seen: new Set([...node.seen, member.name]) });
          }
        }
      }
    }
    // Keep the walk bounded: the shortest ways in are the ones that matter, and enough of them.
    frontier = next.slice(0, 4000);
  }
  return found;
};

/** A query along `path` selecting every leaf of the target type. */
const queryAlong = (path: string[], target: GraphQLObjectType): string => {
  let body = leaves(target);
  for (const step of [...path].reverse()) body = step.includes(' { ... on ') ? `${step} ${body} }` : `${step} ${body}`;
  return `{ ${body} }`;
};

// ---- what each role may not see, from the policy module -----------------------------------------

const directory = {
  regionOf: async (pin: string) => (family.pins.includes(pin) ? 'baku' : undefined),
  householdOf: async (pin: string) => new Set(family.pins.includes(pin) ? family.pins : []),
};

const scopesOf = async (viewer: Viewer): Promise<Map<string, PersonScope>> => {
  if (viewer.kind === 'anonymous') return new Map();
  const access = new RecordAccess({ viewer, purpose: viewer.kind === 'citizen' || viewer.kind === 'engine' ? undefined : PURPOSE['x-purpose-of-use'], requestId: 'walk' }, directory, NO_ACCESS_RECORDING, 'walk');
  return access.grantedScopes(family.pins, ['walk']);
};

/** The values of each datum class this role must never receive (the rule of the datum's source). */
const forbiddenFor = async (viewer: Viewer): Promise<Array<{ what: string; value: string }>> => {
  const scopes = await scopesOf(viewer);
  const full = scopes.get(RASHAD) === 'full';
  const readsHousehold = full || (viewer.kind === 'citizen' && scopes.has(RASHAD));
  const out: Array<{ what: string; value: string }> = [];
  const contact = !full || readsMasked(viewer, 'contact');
  if (contact) out.push({ what: 'phone', value: seeded.phone }, { what: 'person address', value: seeded.personAddress });
  if (!readsHousehold || readsMasked(viewer, 'contact')) out.push({ what: 'household address', value: seeded.householdAddress });
  if (!full || readsMasked(viewer, 'bank-account')) out.push({ what: 'IBAN', value: seeded.iban });
  if (!full || !mayReadHealthOf(viewer, RASHAD)) {
    out.push({ what: 'health fact id', value: seeded.healthFactId }, { what: 'health summary', value: decision.healthInput.summary }, { what: 'health value', value: '"WAR"' }, { what: 'health step', value: 'Disability group III' });
  }
  // Every record of a benefit whose type reveals health: the health rule of its person (policy module).
  if (!full || !mayReadBenefitRecordOf(viewer, health.code, RASHAD)) for (const tell of health.tells) out.push({ what: 'a health benefit’s record', value: tell });
  for (const id of seeded.memberFactIds) if (scopes.get(AYSEL) !== 'full' && !suppliedTheFact(viewer, MEMBER_FACT_AGENCY)) out.push({ what: 'a fellow member’s fact record', value: id });
  return out;
};

// ---- the walk -----------------------------------------------------------------------------------

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  registry = await startRegistry(db.url, inject('keycloakUrl') || undefined);
  const seed = seeder(db.url);
  family = await seed.household(3).withPins(RASHAD, AYSEL).withFacts(2).withHealthFact().withBenefit('TSA', '150.00').withPayments(1).save();
  await seed.close();
  const sql = new pg.Pool({ connectionString: db.url, max: 1 });
  try {
    // Distinct values per datum, so a value seen names its source.
    await sql.query(`update households.household set address_line = $2 where id = $1`, [family.householdId, seeded.householdAddress]);
    await sql.query(`update persons.person set address_line = $2, phone = $3 where pin = $1`, [RASHAD, seeded.personAddress, seeded.phone]);
    await sql.query(`update facts.fact set value = '{"group":"III","cause":"WAR"}' where subject_pin = $1 and kind = 'DISABILITY'`, [RASHAD]);
    decision = await seedDecisionRecord(db.url, family.householdId, family.pins, seeded.personAddress);
    health = await seedHealthBenefit(db.url, RASHAD, family.householdId);
    const ids = async (table: string, where = 'true') => (await sql.query<{ id: string }>(`select id from ${table} where ${where}`)).rows.map((r) => r.id);
    seeded.healthFactId = decision.healthInput.factId ?? '';
    seeded.memberFactIds = decision.inputs.filter((i) => i.subjectPin === AYSEL).map((i) => i.factId ?? '');
    seeded.ids = {
      Household: [family.householdId],
      Decision: [decision.decisionId, health.decisionId],
      Fact: [seeded.healthFactId, decision.addressFactId, ...seeded.memberFactIds.slice(0, 1)],
      Assignment: [...family.assignmentIds, health.assignmentId],
      Notification: [health.notificationId],
      Application: [health.applicationId],
      Appeal: [health.appealId],
      Payment: await ids('payments.payment'),
      PaymentAccount: await ids('payments.payment_account'),
    };
  } finally {
    await sql.end();
  }
  const admin = await headersOf('admin');
  const introspection = await postGraphQL<IntrospectionQuery>(registry.gatewayUrl, getIntrospectionQuery(), {}, admin);
  if (!introspection.data) throw new Error('introspection failed');
  schema = buildClientSchema(introspection.data);
  datumFields = datumFieldsOf(readSupergraph());
});

afterAll(async () => {
  await registry?.stop();
  await db?.drop();
});

describe('every datum field, on every generated path, for every role', () => {
  it('derives its list from the supergraph and reaches every datum field', () => {
    expect(datumFields.map((f) => f.datum)).toEqual(expect.arrayContaining(['contact', 'bank-account', 'fact', 'health']));
    const paths = pathsTo(new Set(datumFields.map((f) => f.type)));
    for (const field of datumFields) expect(paths.get(field.type)?.length ?? 0, `${field.type}.${field.field}`).toBeGreaterThan(0);
  });

  it('never shows a role what the datum’s rule forbids it, and shows the allowed roles what they may see', async () => {
    const paths = pathsTo(new Set(datumFields.map((f) => f.type)));
    const queries = [...paths.entries()].flatMap(([type, list]) => {
      const target = schema.getType(type);
      return isObjectType(target) ? list.map((path) => queryAlong(path, target)) : [];
    });
    expect(queries.length).toBeGreaterThan(datumFields.length);
    const seenByAdmin = new Set<string>();
    const seenByAuditor = new Set<string>();
    for (const role of ROLES) {
      const viewer = await viewerOf(role);
      const forbidden = await forbiddenFor(viewer);
      const headers = await headersOf(role);
      for (const query of queries) {
        const text = JSON.stringify(await postGraphQL(registry.gatewayUrl, query, {}, headers));
        for (const { what, value } of forbidden) expect(text.includes(value), `${role} received ${what} through ${query}`).toBe(false);
        if (role === 'admin') for (const value of [seeded.phone, seeded.personAddress, seeded.householdAddress, seeded.iban, decision.healthInput.summary, health.code]) if (text.includes(value)) seenByAdmin.add(value);
        if (role === 'auditor') for (const value of [maskFor(viewer, 'phone', seeded.phone), maskFor(viewer, 'iban', seeded.iban)]) if (text.includes(value)) seenByAuditor.add(value);
      }
    }
    // Not vacuous: whoever may see a datum does see it somewhere on these paths, masked where the rule says.
    expect([...seenByAdmin].sort()).toEqual([seeded.phone, seeded.personAddress, seeded.householdAddress, seeded.iban, decision.healthInput.summary, health.code].sort());
    expect(seenByAuditor.size).toBe(2);
  });
});

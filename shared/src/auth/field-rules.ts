import { isAuthenticated, type Viewer } from './viewer.ts';
import { policiesOf } from './policy/named-policies.ts';
import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type ConstValueNode,
  type FieldDefinitionNode,
  type TypeNode,
} from 'graphql';

/**
 * The access rules written in the SDL with @authenticated, @requiresScopes and @policy, read from
 * the composed supergraph: the schema documents who sees what, and this is what enforces it.
 * Lists follow the federation semantics: the outer list is OR, each inner list is AND.
 */
export interface Requirement {
  readonly authenticated: boolean;
  readonly scopes: readonly (readonly string[])[];
  readonly policies: readonly (readonly string[])[];
}

export interface Access {
  readonly authenticated: boolean;
  readonly scopes: ReadonlySet<string>;
  readonly policies: ReadonlySet<string>;
}

/**
 * Per viewer object, which the token verifier hands out once per verified token and reuses for every
 * request carrying that token: the sets and the key are built once, not per request (≈ 1% of a
 * subgraph's CPU). A viewer and its access are never mutated once built.
 */
const accesses = new WeakMap<Viewer, Access>();
const accessKeys = new WeakMap<Access, string>();

/**
 * One string per distinct access (what it holds, sorted): callers with equal keys are allowed exactly
 * the same fields, so a verdict about a document can be reused between them and no one else.
 */
export const accessKey = (access: Access): string => {
  let key = accessKeys.get(access);
  if (key === undefined) accessKeys.set(access, (key = `${access.authenticated ? 1 : 0}|${[...access.scopes].sort().join(' ')}|${[...access.policies].sort().join(' ')}`));
  return key;
};

export const ANONYMOUS: Access = { authenticated: false, scopes: new Set(), policies: new Set() };

const NONE: Requirement = { authenticated: false, scopes: [], policies: [] };

const stringMatrix = (value: ConstValueNode | undefined): string[][] =>
  value?.kind === Kind.LIST
    ? value.values.map((inner) => (inner.kind === Kind.LIST ? inner.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : []))
    : [];

const requirementOf = (directives: readonly ConstDirectiveNode[] | undefined): Requirement => {
  let requirement = NONE;
  for (const directive of directives ?? []) {
    const argument = directive.arguments?.[0]?.value;
    if (directive.name.value === 'authenticated') requirement = { ...requirement, authenticated: true };
    if (directive.name.value === 'requiresScopes') requirement = { ...requirement, scopes: stringMatrix(argument) };
    if (directive.name.value === 'policy') requirement = { ...requirement, policies: stringMatrix(argument) };
  }
  return requirement;
};

const isEmpty = (r: Requirement) => !r.authenticated && r.scopes.length === 0 && r.policies.length === 0;

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

const anyOf = (alternatives: readonly (readonly string[])[], held: ReadonlySet<string>) =>
  alternatives.length === 0 || alternatives.some((all) => all.every((item) => held.has(item)));

export const satisfies = (access: Access, requirement: Requirement): boolean =>
  (!requirement.authenticated || access.authenticated) &&
  anyOf(requirement.scopes, access.scopes) &&
  anyOf(requirement.policies, access.policies);

export interface FieldRule {
  readonly type: string;
  readonly field: string;
  /** Every requirement must hold: the field's own, its return type's and its parent type's. */
  readonly requirements: readonly Requirement[];
}

export class FieldRules {
  readonly #byField = new Map<string, FieldRule>();

  constructor(supergraphSdl: string) {
    const document = parse(supergraphSdl);
    const typeRequirements = new Map<string, Requirement>();
    const fields: Array<{ type: string; field: FieldDefinitionNode }> = [];
    for (const definition of document.definitions) {
      if (
        definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
        definition.kind === Kind.INTERFACE_TYPE_DEFINITION ||
        definition.kind === Kind.SCALAR_TYPE_DEFINITION ||
        definition.kind === Kind.ENUM_TYPE_DEFINITION
      ) {
        const requirement = requirementOf(definition.directives);
        if (!isEmpty(requirement)) typeRequirements.set(definition.name.value, requirement);
      }
      if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION) {
        for (const field of definition.fields ?? []) fields.push({ type: definition.name.value, field });
      }
    }
    for (const { type, field } of fields) {
      // A type's rule guards the fields returning it and its own fields alike, so a forged
      // `_entities { ... on Decision { outcome } }` meets the same rule as a field path would.
      const requirements = [
        requirementOf(field.directives),
        typeRequirements.get(namedType(field.type)) ?? NONE,
        typeRequirements.get(type) ?? NONE,
      ].filter((r) => !isEmpty(r));
      if (requirements.length > 0) this.#byField.set(`${type}.${field.name.value}`, { type, field: field.name.value, requirements });
    }
  }

  /** May a caller with `access` select `type.field`? */
  allows(access: Access, type: string, field: string): boolean {
    const rule = this.#byField.get(`${type}.${field}`);
    return !rule || rule.requirements.every((r) => satisfies(access, r));
  }

  /** Every rule, for the generated ACCESS.md. */
  all(): FieldRule[] {
    return [...this.#byField.values()].sort((a, b) => `${a.type}.${a.field}`.localeCompare(`${b.type}.${b.field}`));
  }
}

/**
 * What a viewer holds, in the vocabulary of the SDL directives: `@requiresScopes` names realm roles
 * (citizen, caseworker, auditor, decision-engine, agency-feed, registry-admin) and OAuth scopes
 * (health, which only counts together with the health-data role); `@policy` names the predicates
 * of the policy module (policy/named-policies.ts).
 */
export const accessOf = (viewer: Viewer): Access => {
  let access = accesses.get(viewer);
  if (!access) accesses.set(viewer, (access = { authenticated: isAuthenticated(viewer), scopes: new Set([...viewer.roles, ...viewer.scopes]), policies: policiesOf(viewer) }));
  return access;
};


import { Kind, parse, visit, type ConstValueNode } from 'graphql';
import { isAuthenticated, type Viewer } from '../viewer.ts';
import { isEngine, needsPurpose } from './callers.ts';
import { mayReadHealthOf } from './data.ts';

/**
 * The predicates `@policy(policies: [[...]])` may name in the SDL: each is a rule on the caller,
 * evaluated here for the gateway and the subgraphs alike (FieldRules via accessOf). A name the
 * SDL uses without a predicate here fails composition (gateway/src/compose.ts): a field must never
 * be silently denied to everyone because its policy has no implementation.
 */
export const NAMED_POLICIES: Readonly<Record<string, (viewer: Viewer) => boolean>> = {
  /** Caseworkers, internal apps, auditors and administrators: people who read for a declared purpose. */
  staff: (viewer) => isAuthenticated(viewer) && needsPurpose(viewer),
  /** Callers who may read health data of a record they may read (not a citizen's own: that is `self`). */
  'health-reader': (viewer) => viewer.kind !== 'citizen' && isAuthenticated(viewer) && mayReadHealthOf(viewer, undefined),
  /** The decision engine's service account. */
  engine: (viewer) => isEngine(viewer),
};

/** The policies a caller satisfies. */
export const policiesOf = (viewer: Viewer): Set<string> =>
  new Set(Object.entries(NAMED_POLICIES).flatMap(([name, holds]) => (holds(viewer) ? [name] : [])));

const names = (value: ConstValueNode | undefined): string[] =>
  value?.kind === Kind.LIST ? value.values.flatMap((inner) => (inner.kind === Kind.LIST ? inner.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : [])) : [];

/** Policy names an SDL uses that have no predicate here (composition refuses them). */
export const unknownPolicies = (sdl: string): string[] => {
  const used = new Set<string>();
  visit(parse(sdl), {
    Directive(node) {
      if (node.name.value !== 'policy') return;
      for (const name of names(node.arguments?.find((a) => a.name.value === 'policies')?.value as ConstValueNode | undefined)) used.add(name);
    },
  });
  return [...used].filter((name) => !(name in NAMED_POLICIES)).sort();
};

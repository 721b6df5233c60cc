import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { accessOf, FieldRules, NAMED_POLICIES, viewerFromClaims } from '@usr/shared';
import { composeSubgraphs } from '../src/compose.ts';

/**
 * Issue #11: `@policy` was parsed but never evaluated (accessOf gave no policies), so a field marked
 * with it was silently denied to everyone. Policies are now named predicates of the policy module,
 * evaluated for every caller; a name without a predicate fails composition.
 */
const subgraph = (policy: string) => ({
  name: 'probe',
  url: 'http://probe.invalid/graphql',
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@policy"])
    type Query {
      open: String
      guarded: String @policy(policies: [["${policy}"]])
    }
  `),
});

const viewer = (roles: string[], extra: Record<string, unknown> = {}) =>
  viewerFromClaims({ typ: 'Bearer', sub: 's', azp: 'c', realm_access: { roles }, ...extra });

describe('@policy (issue #11)', () => {
  it('evaluates a named policy: granted to the callers its predicate holds for, refused to the rest', () => {
    const composed = composeSubgraphs([subgraph('staff')]);
    if (!composed.ok) throw new Error(composed.errors.join('; '));
    const rules = new FieldRules(composed.supergraphSdl);
    const caseworker = accessOf(viewer(['caseworker'], { region: 'baku' }));
    const citizen = accessOf(viewer(['citizen'], { pin: '5AZK7P2' }));
    expect(NAMED_POLICIES['staff']?.(viewer(['caseworker'], { region: 'baku' }))).toBe(true);
    expect(rules.allows(caseworker, 'Query', 'guarded')).toBe(true);
    expect(rules.allows(citizen, 'Query', 'guarded')).toBe(false);
    expect(rules.allows(citizen, 'Query', 'open')).toBe(true);
  });

  it('fails composition when a policy has no predicate, naming it and the ones that exist', () => {
    const composed = composeSubgraphs([subgraph('nobody-implements-this')]);
    expect(composed.ok).toBe(false);
    if (composed.ok) return;
    expect(composed.errors).toEqual([expect.stringContaining('"nobody-implements-this"')]);
    expect(composed.errors[0]).toContain(Object.keys(NAMED_POLICIES).join(', '));
  });
});

import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, type DocumentNode } from 'graphql';
import { NAMED_POLICIES, schemaDirectory, unknownPolicies } from '@usr/shared';
import { SUBGRAPHS, productionUrl } from './subgraph-catalogue.ts';

export type CompositionResult = { ok: true; supergraphSdl: string } | { ok: false; errors: string[] };

/** Composes schema/*.graphql into the supergraph: build time only, never by introspecting services. */
export const composeSupergraph = (): CompositionResult => {
  const services = SUBGRAPHS.map((entry) => ({
    name: entry.name,
    url: productionUrl(entry),
    typeDefs: parse(readFileSync(`${schemaDirectory()}${entry.sdlFile}`, 'utf8')),
  }));
  return composeSubgraphs(services);
};

/**
 * Composes subgraph SDLs and refuses what would be enforced wrongly: a `@policy` naming a predicate
 * the policy module lacks would deny everyone in silence, so it fails composition instead.
 */
export const composeSubgraphs = (services: ReadonlyArray<{ name: string; url: string; typeDefs: DocumentNode }>): CompositionResult => {
  const result = composeServices([...services]);
  if (result.errors) return { ok: false, errors: result.errors.map((e) => e.message) };
  const unknown = unknownPolicies(result.supergraphSdl);
  if (unknown.length > 0) {
    return {
      ok: false,
      errors: unknown.map((name) => `@policy names "${name}", which the policy module does not define (shared/src/auth/policy/named-policies.ts defines ${Object.keys(NAMED_POLICIES).join(', ')}).`),
    };
  }
  return { ok: true, supergraphSdl: loadableByGateway(result.supergraphSdl) };
};

/**
 * @apollo/gateway refuses a supergraph whose @link marks a spec `for: SECURITY` (it enforces none of
 * them itself). We enforce @authenticated/@requiresScopes/@policy in gateway/src/authorization,
 * reading them from this same SDL, so the purpose marker is dropped from those three links only.
 */
const SECURITY_LINK = /(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes|policy)\/v[\d.]+"), for: SECURITY\)/g;
export const loadableByGateway = (supergraphSdl: string): string => supergraphSdl.replace(SECURITY_LINK, '$1)');

export const supergraphPath = (): string => `${schemaDirectory()}supergraph.graphql`;

export const readSupergraph = (): string => readFileSync(supergraphPath(), 'utf8');

import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { schemaDirectory } from '@usr/shared';
import { SUBGRAPHS, productionUrl } from './subgraph-catalogue.ts';

export type CompositionResult = { ok: true; supergraphSdl: string } | { ok: false; errors: string[] };

/** Composes schema/*.graphql into the supergraph: build time only, never by introspecting services. */
export const composeSupergraph = (): CompositionResult => {
  const services = SUBGRAPHS.map((entry) => ({
    name: entry.name,
    url: productionUrl(entry),
    typeDefs: parse(readFileSync(`${schemaDirectory()}${entry.sdlFile}`, 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) return { ok: false, errors: result.errors.map((e) => e.message) };
  return { ok: true, supergraphSdl: result.supergraphSdl };
};

export const supergraphPath = (): string => `${schemaDirectory()}supergraph.graphql`;

export const readSupergraph = (): string => readFileSync(supergraphPath(), 'utf8');

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gql } from 'graphql-tag';
import type { DocumentNode } from 'graphql';

const SCHEMA_DIR = fileURLToPath(new URL('../../../schema/', import.meta.url));

/** A subgraph's SDL from schema/<name>.graphql: the one contract served, composed and generated from. */
export const loadSubgraphSdl = (name: string): DocumentNode => gql(readFileSync(`${SCHEMA_DIR}${name}.graphql`, 'utf8'));

export const schemaDirectory = (): string => SCHEMA_DIR;

// One small subgraph and the `_entities` query the gateway sends it (130 characters, like the README
// full record's 8 subgraph operations, 129–247), for the in-process Apollo benchmarks beside this file.
import { parse } from 'graphql';

export const typeDefs = parse(`
extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
type Query { person(pin: String!): Person }
type Person @key(fields: "pin") { pin: String! firstName: String lastName: String birthDate: String age: Int address: Address }
type Address { line: String region: String }
`);
const person = { pin: '5AZK7P2', firstName: 'Aysel', lastName: 'Məmmədova', birthDate: '1980-01-01', age: 45, address: { line: 'x', region: 'baku' } };
export const resolvers = { Query: { person: () => person }, Person: { __resolveReference: () => person } };
export const query = 'query($representations:[_Any!]!){_entities(representations:$representations){...on Person{firstName lastName birthDate age address{line region}}}}';
export const variables = { representations: [{ __typename: 'Person', pin: '5AZK7P2' }] };

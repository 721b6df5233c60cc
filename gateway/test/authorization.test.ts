import { describe, expect, it } from 'vitest';
import { buildSchema, parse, print } from 'graphql';
import { FieldRules, ANONYMOUS, type Access } from '@usr/shared';
import { filterOperation } from '../src/authorization/filter-operation.ts';
import { restoreDenied } from '../src/authorization/restore-denied.ts';

const SDL = `
  directive @authenticated on FIELD_DEFINITION | OBJECT
  directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT
  directive @policy(policies: [[String!]!]!) on FIELD_DEFINITION | OBJECT
  type Query { catalogue: [String!]! person(pin: String!): Person @authenticated }
  type Person { pin: String! phone: String @requiresScopes(scopes: [["caseworker"], ["citizen", "own"]]) health: Health secret: String @policy(policies: [["never"]]) }
  type Health @requiresScopes(scopes: [["health"]]) { group: String }
`;
const schema = buildSchema(SDL);
const rules = new FieldRules(SDL);
const access = (scopes: string[], policies: string[] = []): Access => ({ authenticated: true, scopes: new Set(scopes), policies: new Set(policies) });
const filter = (query: string, who: Access) => filterOperation(schema, parse(query), (t, f) => rules.allows(who, t, f));

describe('field rules from the SDL', () => {
  it('applies @authenticated, OR-of-AND scopes, policies and return-type rules', () => {
    expect(rules.allows(ANONYMOUS, 'Query', 'catalogue')).toBe(true);
    expect(rules.allows(ANONYMOUS, 'Query', 'person')).toBe(false);
    expect(rules.allows(access([]), 'Query', 'person')).toBe(true);
    expect(rules.allows(access(['citizen']), 'Person', 'phone')).toBe(false);
    expect(rules.allows(access(['citizen', 'own']), 'Person', 'phone')).toBe(true);
    expect(rules.allows(access(['caseworker']), 'Person', 'phone')).toBe(true);
    expect(rules.allows(access(['caseworker']), 'Person', 'health')).toBe(false);
    expect(rules.allows(access(['caseworker', 'health']), 'Person', 'health')).toBe(true);
    expect(rules.allows(access(['caseworker']), 'Person', 'secret')).toBe(false);
    expect(rules.allows(access([], ['never']), 'Person', 'secret')).toBe(true);
  });
});

describe('filtering an operation before planning', () => {
  it('leaves an allowed operation untouched (same document object)', () => {
    const document = parse(`{ person(pin: "X") { pin phone } }`);
    const result = filterOperation(schema, document, (t, f) => rules.allows(access(['caseworker']), t, f));
    expect(result.document).toBe(document);
    expect(result.denied).toEqual([]);
  });

  it('removes denied fields through aliases, named fragments and inline fragments, with their paths', () => {
    const result = filter(
      `query Q { p: person(pin: "X") { pin tel: phone ...F ... on Person { again: phone } } }
       fragment F on Person { health { group } }`,
      access(['citizen']),
    );
    expect(result.denied.map((d) => d.path.join('.'))).toEqual(['p.tel', 'p.health', 'p.again']);
    expect(print(result.document)).not.toMatch(/phone|health/);
    expect(print(result.document)).toContain('pin');
  });

  it('keeps a selection set valid when every field of it was removed', () => {
    const result = filter(`{ person(pin: "X") { phone } catalogue }`, access(['citizen']));
    expect(print(result.document)).toContain('_authorizationPlaceholder: __typename');
    expect(result.empty).toBe(false);
  });

  it('reports an operation left with nothing to execute', () => {
    const result = filter(`{ person(pin: "X") { pin } }`, ANONYMOUS);
    expect(result.empty).toBe(true);
    expect(result.denied).toEqual([{ path: ['person'], type: 'Query', field: 'person' }]);
  });

  it('puts denied fields back as null in the response and strips placeholders', () => {
    const result = filter(`{ person(pin: "X") { phone } list: catalogue }`, access(['citizen']));
    const data = restoreDenied({ person: { _authorizationPlaceholder: 'Person' }, list: ['a'] }, result.denied);
    expect(data).toEqual({ person: { phone: null }, list: ['a'] });
  });
});

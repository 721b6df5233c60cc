import { accessOf, ANONYMOUS_VIEWER, datumFieldsOf, FieldRules, NAMED_POLICIES, viewerFromClaims, type DatumClass, type Viewer } from '@usr/shared';

/**
 * ACCESS.md, generated from the same supergraph rules the gateway and the subgraphs enforce, so
 * the documentation cannot drift from the code (`npm run access-doc`; CI checks it is current).
 */
const ROLES: ReadonlyArray<{ label: string; viewer: Viewer }> = [
  { label: 'anonymous', viewer: ANONYMOUS_VIEWER },
  { label: 'citizen', viewer: claims(['citizen']) },
  { label: 'caseworker', viewer: claims(['caseworker']) },
  { label: 'caseworker + health', viewer: claims(['caseworker', 'health-data'], 'health') },
  { label: 'auditor', viewer: claims(['auditor']) },
  { label: 'decision engine', viewer: claims(['decision-engine'], undefined, true) },
  { label: 'agency feed', viewer: claims(['agency-feed'], undefined, true) },
  { label: 'bank', viewer: claims(['bank'], undefined, true) },
  { label: 'registry admin', viewer: claims(['registry-admin']) },
];

function claims(roles: string[], scope?: string, serviceAccount = false): Viewer {
  return viewerFromClaims({
    typ: 'Bearer',
    sub: 'doc',
    azp: 'doc',
    ...(serviceAccount ? { client_id: 'doc' } : {}),
    realm_access: { roles },
    ...(scope ? { scope } : {}),
  });
}

const RECORD_RULES = `
## Record rules (enforced in each subgraph, on every path including \`_entities\`)

| caller | whose records |
|---|---|
| citizen | their own; of fellow members of their current household only names, birth date and sex, and on a decision about themself the figures it used about them (not the fact records); their own access log |
| caseworker, internal app | people registered in their region (\`region\` claim), with a declared purpose (\`x-purpose-of-use\`); health facts, and every record of a benefit whose type reveals health (a disability pension or allowance), only with the \`health\` scope and the \`health-data\` role |
| auditor | everyone, with a declared purpose; phone, address (wherever it appears) and IBAN masked; nothing to change |
| decision engine | everyone (purpose recorded as automated decision) |
| agency feed | no personal record; facts only of its own agency |
| bank (service account) | no personal record; uploads its statements and status reports |
| registry admin | everyone, with a declared purpose |
| anonymous | the benefit catalogue only |

Every granted read of a person's record by someone other than that person is appended to the
hash-chained access log (audit subgraph): who, client, role, which fields, declared purpose. The
subgraph that grants the read makes the entry; the read is answered only once the entry is durable,
and when it cannot be written the read is refused (\`ACCESS_LOG_UNAVAILABLE\`). For a client's query
the gateway asks each subgraph (\`x-access-log: gateway\`, honoured only with the gateway secret) to
return its entries in the answer's \`extensions.accessLog\` instead of writing them, strips them, and
appends all of the request's entries as one group, with the caller it verified from the token, before
it answers; if that append fails the whole answer is \`ACCESS_LOG_UNAVAILABLE\` with no data. Mutations,
the streamed routes and every other caller of a subgraph get a subgraph that writes its own entries.
Subgraphs call each other for these rules with the header \`x-registry-lookup\`; it is honoured only
on the exact look-up operations (shared/src/auth/http-directory.ts) and refuses any other.

## Streamed HTTP routes (beside GraphQL, same tokens; gateway/src/stream-proxy.ts)

| route | who | refused |
|---|---|---|
| \`POST /feeds/facts\` | agency feed service accounts: facts of their own agency's kinds | everyone else (403 JSON \`FORBIDDEN\`; 401 \`UNAUTHENTICATED\` without a token) |
| \`GET /exports/pain001?month=YYYY-MM[&run=N]\` | decision engine (a download without \`run\` marks the month's SCHEDULED payments SENT as a new run); auditors with a declared purpose: a read-only copy of a run made, IBANs masked; every beneficiary in the file is a read recorded in the access log | everyone else (403 JSON \`FORBIDDEN\`; 401 \`UNAUTHENTICATED\` without a token) |
| \`POST /imports/bank-files\` | the \`bank\` service account: its pain.002, camt.053 and camt.054 files; answers an outcome per entry, no personal data | everyone else, the decision engine included (403 JSON \`FORBIDDEN\`; 401 \`UNAUTHENTICATED\` without a token) |
`;

const DATUM_RULES: Readonly<Record<DatumClass, string>> = {
  contact: 'masked for auditors (the phone to its last two digits, an address entirely)',
  'bank-account': 'masked for auditors to the last four characters',
  fact: "the fact's own rule: its subject's record rule; health kinds only for the subject, caseworkers with the `health` scope, the engine, auditors and administrators. A decision's inputs the caller may not read are left out and its steps refused; a citizen sees a fellow member's figures without the fact record",
  health:
    "which benefit a record is about: for a benefit whose type reveals health (the catalogue's `revealsHealth`: the disability pension and allowance), the whole record (application, decision, assignment, SMS, appeal, payment, recovery) is the person's health datum: only the person, caseworkers, internal apps and appeals officers with the `health` scope, the engine, auditors and administrators learn of it; for anyone else it is left out of every list, queue and household view and refused by id or link",
};

/** Fields the SDL marks `@tag(name: "datum/...")`: they obey the datum's rule on every path. */
const datumFields = (supergraphSdl: string): string[] =>
  datumFieldsOf(supergraphSdl).map(({ type, field, datum }) => `| ${type}.${field} | ${datum} | ${DATUM_RULES[datum]} |`);

export const accessDocument = (supergraphSdl: string): string => {
  const rules = new FieldRules(supergraphSdl);
  const accesses = ROLES.map((r) => accessOf(r.viewer));
  const lines = [
    '# Who may see what',
    '',
    '<!-- Generated by `npm run access-doc` from schema/supergraph.graphql. Do not edit. -->',
    '',
    'Field rules written in the SDL with `@authenticated`, `@requiresScopes` (the scopes are the',
    "realm's roles, plus the `health` OAuth scope) and `@policy` (named predicates of the policy module:",
    `${Object.keys(NAMED_POLICIES).map((n) => `\`${n}\``).join(', ')}; any other name fails composition). The gateway removes a denied field before planning`,
    '(it comes back `null` with `UNAUTHORIZED_FIELD_OR_TYPE`); each subgraph checks the same rules again.',
    'Fields not listed here carry no field rule of their own (their record rules still apply).',
    '',
    `| type.field | ${ROLES.map((r) => r.label).join(' | ')} |`,
    `|---|${ROLES.map(() => '---').join('|')}|`,
    ...rules.all().map((rule) => `| ${rule.type}.${rule.field} | ${accesses.map((a) => (rules.allows(a, rule.type, rule.field) ? 'yes' : '—')).join(' | ')} |`),
    RECORD_RULES,
    '## Data that keeps its rule on every path',
    '',
    'Fields the SDL marks `@tag(name: "datum/<class>")` reveal a datum; whichever type and path reaches',
    'them, the policy module (shared/src/auth/policy) applies the datum\'s own rule. test/datum-walk.test.ts',
    'walks every one of them, generated from the supergraph, for every role.',
    '',
    '| type.field | datum | rule |',
    '|---|---|---|',
    ...datumFields(supergraphSdl),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
};

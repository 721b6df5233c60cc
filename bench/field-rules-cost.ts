// What the gateway's field rules cost per request, measured on their own code path. `npm run
// bench:gateways` compares ours with the same gateway with its rules off, but on this machine two
// runs of the SAME gateway differ by 10-20%, so that A/B cannot resolve a cost of a few percent.
// Here the gateway's own wrapper (gateway/src/authorization/authorizing-gateway.ts) runs over the
// real supergraph, the real rules and a real caller (a token from the embedded issuer, verified as
// the gateway verifies it), around an executor that answers at once: what is timed is what the
// rules add to a request, nothing else.
//
//   npm run bench:field-rules [-- --iterations 200000 --clients decision-engine,internal-app,agency-taxes]
//
// Prints, per caller, which of the README full record's fields the rules deny them, the cost per
// request once the (document, access) view is known (every request after the first: Apollo Server
// reuses the parsed document of a query text it has seen), and the cost of the first request
// (filter, print and hash of the filtered document).
import { parseArgs } from 'node:util';
import { parse, type DocumentNode } from 'graphql';
import { ApolloGateway } from '@apollo/gateway';
import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { clientToken } from '@usr/identity';
import { accessOf, createTokenVerifier, FieldRules, type Viewer } from '@usr/shared';
import { authorizingGateway } from '../gateway/src/authorization/authorizing-gateway.ts';
import { filterOperation } from '../gateway/src/authorization/filter-operation.ts';
import { readSupergraph } from '../gateway/src/compose.ts';
import { README_FULL_RECORD } from '../test/support/full-record-query.ts';
import { median } from './support/measure.ts';
import { startIssuer, stopChild } from './support/topology.ts';

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '200000' },
    cold: { type: 'string', default: '2000' },
    clients: { type: 'string', default: 'decision-engine,internal-app,agency-taxes' },
  },
});
const iterations = Number(values.iterations);
const coldIterations = Number(values.cold);

const supergraphSdl = readSupergraph();
const rules = new FieldRules(supergraphSdl);
const gateway = new ApolloGateway({ supergraphSdl });
let apiSchema: Parameters<typeof filterOperation>[0] | undefined;
gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
  apiSchema = schema;
});
// The executor the rules wrap: answers at once, so only the wrapper is timed.
const answer: GatewayExecutor = async () => ({ data: {} });
const wrapped = authorizingGateway<{ viewer: Viewer }>(
  // The real gateway's schema events around the stub executor.
  { onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback), load: async () => ({ executor: answer }), stop: async () => undefined } as Pick<ApolloGateway, 'onSchemaLoadOrUpdate' | 'load' | 'stop'> as ApolloGateway,
  rules,
  (context) => accessOf(context.viewer),
);
await gateway.load();
const { executor: authorized } = await wrapped.load({ apollo: {} });
if (!authorized || !apiSchema) throw new Error('the gateway did not load');
const schema = apiSchema;

const ROUNDS = 10;

const requestOf = (document: DocumentNode, viewer: Viewer) => ({ document, context: { viewer } }) as unknown as GatewayGraphQLRequestContext;

/** CPU nanoseconds per call of `run` over calls n..2n-1, after calls 0..n-1 as a warm-up. */
const perCall = async (n: number, run: (i: number) => Promise<unknown>): Promise<number> => {
  for (let i = 0; i < n; i++) await run(i);
  const before = process.cpuUsage();
  for (let i = n; i < 2 * n; i++) await run(i);
  const used = process.cpuUsage(before);
  return ((used.user + used.system) * 1000) / n;
};

const issuer = await startIssuer();
try {
  const verifier = createTokenVerifier({ issuer: `${issuer.keycloakUrl}/realms/registry` });
  const rows = [];
  for (const client of values.clients.split(',')) {
    const viewer = await verifier.authenticate(`Bearer ${await clientToken(issuer.keycloakUrl, client)}`);
    const document = parse(README_FULL_RECORD);
    const denied = filterOperation(schema, document, (type, field) => rules.allows(accessOf(viewer), type, field)).denied.map((d) => `${d.type}.${d.field}`);
    const request = requestOf(document, viewer);
    // Alternating blocks, so that neither side carries the other's warm-up or the machine's phase.
    const bare: number[] = [];
    const withRules: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      bare.push(await perCall(iterations / ROUNDS, () => answer(request)));
      withRules.push(await perCall(iterations / ROUNDS, () => authorized(request)));
    }
    // A new parse of the query each time: the view is built afresh (filter, print, hash).
    const documents = Array.from({ length: 2 * coldIterations }, () => parse(README_FULL_RECORD));
    const cold = await perCall(coldIterations, (i) => authorized(requestOf(documents[i] ?? document, viewer)));
    rows.push({
      caller: client,
      'fields denied': denied.join(', ') || 'none',
      'request without rules (ns)': Math.round(median(bare)),
      'with rules (ns)': Math.round(median(withRules)),
      'rules per request (ns)': Math.round(median(withRules.map((w, i) => w - (bare[i] ?? 0)))),
      'first request of a query text (µs)': Number((cold / 1000).toFixed(1)),
    });
  }
  console.log(`\nThe gateway's field rules on the README full record, ${iterations.toLocaleString('en')} requests per caller (CPU time)`);
  console.table(rows);
} finally {
  await gateway.stop();
  await stopChild(issuer.child);
}

// The whole graph in ONE Node process: every subgraph (each on its own port, with its own database
// pool, rules, context and migrations, as in scripts/subgraph-host.ts) and the gateway (PORT), which
// calls them in process, without a socket (@usr/shared's http/in-process.ts): the same headers and
// body, the same checks of the gateway secret, the token, the purpose, the field and record rules and
// the access log as over HTTP. `npm start -- --one-process` runs this: on a small host the graph
// takes one core and PostgreSQL the other (README, "One process per core"; issue #14, BENCHMARKS.md).
// What it gives up is isolation: one crash stops the whole graph, and the graph uses one core.
// Production on larger hosts keeps a service per subgraph and a gateway (docker-compose.yml).
import { exitOnSignal, startSubgraphServices, startTracing } from '@usr/shared';
import { startGatewayFromEnvironment, SUBGRAPHS } from '@usr/gateway';
import { hostedSubgraphs } from './hosted-subgraphs.ts';

const services = hostedSubgraphs();
// The process is the gateway's (Apollo's gateway spans carry its name); each subgraph's server spans
// carry the subgraph's own.
startTracing('gateway', { otlpEndpoint: services[0]?.env.otlpEndpoint, services: SUBGRAPHS.map((entry) => entry.name) });
const subgraphs = await startSubgraphServices(services);
const gateway = await startGatewayFromEnvironment().catch(async (error: unknown) => {
  await subgraphs.stop();
  await subgraphs.closeRecorders();
  throw error;
});
// The gateway first (no new requests; those in hand finish against the subgraphs), then the
// subgraphs, then every access-log writer.
exitOnSignal(gateway.stop, subgraphs.stop, gateway.closeRecorder, subgraphs.closeRecorders);

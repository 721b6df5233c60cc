// The whole graph in ONE Node process, for `npm run bench:gateways -- --graph-one-process` only: every
// subgraph (scripts/subgraph-host.ts, on the ports its *_URL variables name) and our gateway (PORT),
// which still calls them over loopback HTTP. It measures what sharing one process and one event loop
// gives and costs beside a gateway and a subgraph host in two (BENCHMARKS.md, session 13). Not a way
// to run the registry.
await import('../../scripts/subgraph-host.ts');
const { runGateway } = await import('../../gateway/src/run.ts');
await runGateway();

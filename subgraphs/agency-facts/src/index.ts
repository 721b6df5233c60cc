export { factsSubgraph, factsService } from './subgraph.ts';
export { factsDatabase } from './database.ts';
export { factsEnvironmentSchema } from './environment.ts';
export { FactSchema, type Fact } from './entities/fact.ts';

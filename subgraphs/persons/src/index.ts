export { personsSubgraph, personsService } from './subgraph.ts';
export { personsDatabase } from './database.ts';
export { personsEnvironmentSchema } from './environment.ts';
export { PersonSchema, type Person } from './entities/person.ts';

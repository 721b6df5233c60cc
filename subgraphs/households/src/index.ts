export { householdsSubgraph, householdsService } from './subgraph.ts';
export { householdsDatabase } from './database.ts';
export { householdsEnvironmentSchema } from './environment.ts';
export { HouseholdSchema, type Household } from './entities/household.ts';
export { MembershipSchema, RELATIONS, type Membership } from './entities/membership.ts';

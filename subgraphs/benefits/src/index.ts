export { benefitsSubgraph, benefitsService } from './subgraph.ts';
export { benefitsDatabase } from './database.ts';
export { benefitsEnvironmentSchema } from './environment.ts';
export { ApplicationSchema, type Application } from './entities/application.ts';
export { DecisionSchema, type Decision } from './entities/decision.ts';
export { AssignmentSchema, type Assignment } from './entities/assignment.ts';
export type { DecisionInputRecord, ExplanationStepRecord, UsedParameterRecord } from './domain/decision-record.ts';

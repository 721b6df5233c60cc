import { parse } from 'graphql';
import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner, prettyFormatQueryPlan, type PlanNode, type SubscriptionNode } from '@apollo/query-planner';

export interface PlanShape {
  /** Subgraph requests the plan makes (each Fetch once; entity fetches batch their representations). */
  readonly fetches: number;
  /** Fetches that must wait for one another: the plan's round trips one after another. */
  readonly stages: number;
}

/** How many subgraph requests a plan makes, in how many stages. */
export const planShape = (node: PlanNode | SubscriptionNode | undefined): PlanShape => {
  if (!node) return { fetches: 0, stages: 0 };
  switch (node.kind) {
    case 'Fetch':
      return { fetches: 1, stages: 1 };
    case 'Flatten':
      return planShape(node.node);
    case 'Sequence':
    case 'Parallel': {
      const parts = node.nodes.map(planShape);
      const fetches = parts.reduce((sum, p) => sum + p.fetches, 0);
      const stages = node.kind === 'Sequence' ? parts.reduce((sum, p) => sum + p.stages, 0) : Math.max(0, ...parts.map((p) => p.stages));
      return { fetches, stages };
    }
    case 'Subscription': {
      const rest = planShape(node.rest);
      return { fetches: 1 + rest.fetches, stages: 1 + rest.stages };
    }
    case 'Defer':
    case 'Condition':
      throw new Error(`plan node ${node.kind} is not counted`);
  }
};

/** @apollo/gateway's query plan for an operation on a supergraph (as the gateway loads it), printed and counted. */
export const queryPlanOf = (supergraphSdl: string, operation: string): PlanShape & { readonly text: string } => {
  const supergraph = Supergraph.build(supergraphSdl);
  const plan = new QueryPlanner(supergraph).buildQueryPlan(operationFromDocument(supergraph.schema.toAPISchema(), parse(operation)));
  return { text: prettyFormatQueryPlan(plan), ...planShape(plan.node) };
};

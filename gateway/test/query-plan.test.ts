import { describe, expect, it } from 'vitest';
import { loadableByGateway, readSupergraph } from '../src/compose.ts';
import { queryPlanOf } from '../src/query-plan.ts';
import { README_FULL_RECORD } from '../../test/support/full-record-query.ts';

describe("the README's full record as the gateway plans it", () => {
  const plan = queryPlanOf(loadableByGateway(readSupergraph()), README_FULL_RECORD);

  it('asks the subgraphs 8 times in 3 stages (a change to the SDL that adds a request or a stage shows here)', () => {
    expect({ fetches: plan.fetches, stages: plan.stages }).toEqual({ fetches: 8, stages: 3 });
  });

  it("reads the members' names from the persons subgraph, where their record rules and access log are", () => {
    expect(plan.text).toMatch(/Flatten\(path: "person\.household\.members\.@\.person"\) \{\s+Fetch\(service: "persons"\)/);
  });
});

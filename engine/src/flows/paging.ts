import type { EngineContext } from '../context.ts';
import { graphql } from '../generated/gql.ts';
import type { AssignmentPageInput, EngineAssignmentRowFragment } from '../generated/graphql.ts';

/** An assignment as the engine's list queries return it. */
export type AssignmentRow = EngineAssignmentRowFragment;

export const ASSIGNMENT_ROW_FRAGMENT = graphql(`
  fragment EngineAssignmentRow on Assignment { id periodFrom periodTo monthlyAmount benefitType { code } beneficiary { pin } }
`);
const ACTIVE = graphql(`
  query EngineActiveAssignments($on: Date!, $page: AssignmentPageInput) { activeAssignments(on: $on, page: $page) { hasMore items { ...EngineAssignmentRow } } }
`);
const EXPIRING = graphql(`
  query EngineExpiringAssignments($on: Date!, $page: AssignmentPageInput) { expiringAssignments(on: $on, page: $page) { hasMore items { ...EngineAssignmentRow } } }
`);

/** Walks activeAssignments / expiringAssignments on a date, keyset by id, `limit` a page. */
export async function* pageAssignments(ctx: EngineContext, query: 'activeAssignments' | 'expiringAssignments', on: string, limit: number): AsyncGenerator<AssignmentRow> {
  let after: string | null = null;
  for (;;) {
    const variables = { on, page: { after, limit } as AssignmentPageInput };
    const page: { items: AssignmentRow[]; hasMore: boolean } = query === 'activeAssignments' ? (await ctx.client.request(ACTIVE, variables)).activeAssignments : (await ctx.client.request(EXPIRING, variables)).expiringAssignments;
    yield* page.items;
    const last = page.items.at(-1);
    if (!page.hasMore || !last) return;
    after = last.id;
  }
}

/** Pages of rows (for batch mutations). */
export async function* chunks<T>(rows: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const row of rows) {
    chunk.push(row);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

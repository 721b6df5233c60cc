import type { EngineContext } from '../context.ts';

/** An assignment as the engine's list queries return it. */
export interface AssignmentRow {
  id: string;
  periodFrom: string;
  periodTo: string | null;
  monthlyAmount: string;
  benefitType: { code: string };
  beneficiary: { pin: string };
}

const FIELDS = 'id periodFrom periodTo monthlyAmount benefitType { code } beneficiary { pin }';

/** Walks activeAssignments / expiringAssignments on a date, keyset by id, `limit` a page. */
export async function* pageAssignments(ctx: EngineContext, query: 'activeAssignments' | 'expiringAssignments', on: string, limit: number): AsyncGenerator<AssignmentRow> {
  let after: string | null = null;
  for (;;) {
    const data: Record<string, { items: AssignmentRow[]; hasMore: boolean }> = await ctx.client.request(
      `query EngineAssignments($on: Date!, $page: AssignmentPageInput) { ${query}(on: $on, page: $page) { hasMore items { ${FIELDS} } } }`,
      { on, page: { after, limit } },
    );
    const page = data[query];
    if (!page) return;
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

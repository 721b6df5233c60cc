/**
 * Counts SQL statements issued by every ORM in this process (wired through MikroORM's `onQuery`).
 * The N+1 tests read it around one gateway request; nothing here records the SQL text or params.
 */
let statements = 0;

export const queryCounter = {
  record(): void {
    statements += 1;
  },
  get count(): number {
    return statements;
  },
  /** Statements issued while `work` runs (other concurrent work in the process counts too). */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const before = statements;
    const result = await work();
    return { result, statements: statements - before };
  },
};

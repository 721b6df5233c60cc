import { badUserInput } from '../errors.ts';

export interface PageArgs {
  readonly limit?: number | null;
  readonly offset?: number | null;
}

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

export interface PageBounds {
  readonly defaultLimit: number;
  readonly maxLimit: number;
  /** Deep offsets are refused: use a narrower filter instead of paging a nation. */
  readonly maxOffset: number;
}

export const DEFAULT_PAGE_BOUNDS: PageBounds = { defaultLimit: 20, maxLimit: 100, maxOffset: 10_000 };

/** Validates a `PageInput`; out-of-range values are BAD_USER_INPUT, never silently clamped. */
export const parsePage = (args: PageArgs | null | undefined, bounds: PageBounds = DEFAULT_PAGE_BOUNDS): Page => {
  const limit = args?.limit ?? bounds.defaultLimit;
  const offset = args?.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > bounds.maxLimit)
    throw badUserInput('page.limit', `must be between 1 and ${bounds.maxLimit}`);
  if (!Number.isInteger(offset) || offset < 0 || offset > bounds.maxOffset)
    throw badUserInput('page.offset', `must be between 0 and ${bounds.maxOffset}`);
  return { limit, offset };
};

/** Fetch `limit + 1` rows, then cut: tells whether another page exists without a count(*). */
export const toPageResult = <T>(rows: readonly T[], page: Page) => ({
  items: rows.slice(0, page.limit),
  limit: page.limit,
  offset: page.offset,
  hasMore: rows.length > page.limit,
});

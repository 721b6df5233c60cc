export { FEED_PATH, factFeedRoute, factFeedRoutes, type FactFeedOptions } from './feed-route.ts';
export type { FeedRejectionCode } from './feed-line.ts';

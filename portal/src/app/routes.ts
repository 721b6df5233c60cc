import type { Workspace } from './auth.ts';

/**
 * The portal's pages by workspace, and their paths. One app: the token's roles decide which pages
 * a user gets (the registry still checks every read; the navigation only shows what is useful).
 */
export type Route =
  | { readonly page: 'record' }
  | { readonly page: 'access-log' }
  | { readonly page: 'apply' }
  | { readonly page: 'messages' }
  | { readonly page: 'people' }
  | { readonly page: 'person'; readonly pin: string }
  | { readonly page: 'corrections' }
  | { readonly page: 'decisions' }
  | { readonly page: 'person-decisions'; readonly pin: string }
  | { readonly page: 'audit-log' }
  | { readonly page: 'chains' };

export type PageName = Route['page'];

/** The pages in each workspace's navigation, first one at `/`. */
export const NAVIGATION: Record<Workspace, readonly PageName[]> = {
  citizen: ['record', 'apply', 'messages', 'access-log'],
  caseworker: ['people', 'corrections'],
  auditor: ['decisions', 'audit-log', 'chains'],
  none: [],
};

const STATIC_PATHS: Partial<Record<PageName, string>> = {
  'access-log': '/access-log',
  apply: '/apply',
  messages: '/messages',
  corrections: '/corrections',
  'audit-log': '/audit/access-log',
  chains: '/audit/chains',
};

/** A national PIN (as shared/src/domain/pin.ts: 7 characters, no I or O). */
export const PIN = /^[0-9A-HJ-NP-Z]{7}$/;

export const pathOf = (route: Route, workspace: Workspace): string => {
  if (route.page === 'person') return `/people/${encodeURIComponent(route.pin)}`;
  if (route.page === 'person-decisions') return `/decisions/${encodeURIComponent(route.pin)}`;
  if (NAVIGATION[workspace][0] === route.page) return '/';
  return STATIC_PATHS[route.page] ?? '/';
};

/** The route of a path in a workspace; anything unknown (or another workspace's page) is its home. */
export const routeOf = (path: string, workspace: Workspace): Route => {
  const pages = NAVIGATION[workspace];
  const home: Route = { page: pages[0] ?? 'record' } as Route;
  const person = /^\/people\/([^/]+)$/.exec(path);
  if (person && pages.includes('people')) {
    const pin = decodeURIComponent(person[1] ?? '');
    return PIN.test(pin) ? { page: 'person', pin } : home;
  }
  const decisions = /^\/decisions\/([^/]+)$/.exec(path);
  if (decisions && pages.includes('decisions')) {
    const pin = decodeURIComponent(decisions[1] ?? '');
    return PIN.test(pin) ? { page: 'person-decisions', pin } : home;
  }
  for (const page of pages) {
    if (STATIC_PATHS[page] === path) return { page } as Route;
  }
  return home;
};

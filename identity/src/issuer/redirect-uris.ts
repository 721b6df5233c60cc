import type { ClientRepresentation } from '../realm/realm-file.ts';

const isAbsoluteWithoutFragment = (uri: string): boolean => {
  try {
    const url = new URL(uri);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hash === '' && !uri.includes('#');
  } catch {
    return false;
  }
};

/** Keycloak's matching: exact, or a prefix when the registered URI ends with `*`. */
const matches = (registered: readonly string[], uri: string): boolean =>
  isAbsoluteWithoutFragment(uri) &&
  registered.some((r) => (r.endsWith('*') ? uri.startsWith(r.slice(0, -1)) : uri === r));

export const isRegisteredRedirectUri = (client: ClientRepresentation, uri: string): boolean => matches(client.redirectUris ?? [], uri);

/** `post.logout.redirect.uris` (separated by `##`), where `+` means "the redirect URIs". */
export const isRegisteredPostLogoutUri = (client: ClientRepresentation, uri: string): boolean => {
  const configured = (client.attributes?.['post.logout.redirect.uris'] ?? '').split('##').filter((u) => u.length > 0);
  const registered = configured.flatMap((u) => (u === '+' ? [...(client.redirectUris ?? [])] : [u]));
  return matches(registered, uri);
};

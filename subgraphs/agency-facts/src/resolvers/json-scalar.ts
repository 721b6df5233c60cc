/** `JSON`: the registry's one JSON scalar (shared/src/graphql/scalars.ts). */
export { JsonScalar } from '@usr/shared';

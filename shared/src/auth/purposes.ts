import { badUserInput } from '../errors.ts';
import { DECLARABLE_PURPOSES, isPurposeOfUse, type PurposeOfUse } from '../i18n/purposes.ts';

/**
 * The declared purpose from the `x-purpose-of-use` header: absent, or one of the codes. Anything
 * else (free text) is refused as BAD_USER_INPUT before any data is read, so no client-chosen words
 * ever reach the access log or the person reading it.
 */
export const parsePurposeOfUse = (header: string | undefined): PurposeOfUse | undefined => {
  if (header === undefined || header === '') return undefined;
  if (isPurposeOfUse(header) && header !== 'OWN_HOUSEHOLD') return header;
  throw badUserInput('x-purpose-of-use', `one of the purpose codes ${DECLARABLE_PURPOSES.join(', ')}`);
};

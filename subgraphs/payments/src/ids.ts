import { createHash } from 'node:crypto';

/**
 * A UUID (version 8, RFC 9562's custom layout) derived from a name: the same name always gives the
 * same id, which is what makes an opening request or a queued job idempotent across retries.
 */
export const uuidFromName = (name: string): string => {
  const hex = createHash('sha256').update(name).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
};

/**
 * The national personal identification number (FIN): 7 characters, digits and capital Latin
 * letters, never I or O (they read as 1 and 0).
 */
export const PIN_PATTERN = /^[0-9A-HJ-NP-Z]{7}$/;
export const PIN_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export const isValidPin = (value: string): boolean => PIN_PATTERN.test(value);

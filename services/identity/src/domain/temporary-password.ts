import { randomInt } from 'node:crypto';

/** No 0/O, 1/l/I: an operator dictates it over the phone or writes it on paper. */
export const TEMPORARY_PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const TEMPORARY_PASSWORD_LENGTH = 12;

/** About 70 bits: enough for a password that must be changed at the first sign-in. */
export function temporaryPassword(): string {
  return Array.from(
    { length: TEMPORARY_PASSWORD_LENGTH },
    () => TEMPORARY_PASSWORD_ALPHABET[randomInt(TEMPORARY_PASSWORD_ALPHABET.length)],
  ).join('');
}

import { domainToASCII, domainToUnicode } from 'node:url';
import { z } from 'zod';

// One rule for e-mail addresses in every service. Pure: no I/O, no framework, safe to import from domain code.

export const EMAIL_ADDRESS_MESSAGE =
  'Проверьте адрес электронной почты: имя ящика латиницей, затем @ и домен, например ivanova@mail.ru или ivanova@почта.рф.';
export const EMAIL_ADDRESS_MAX_LENGTH = 254;

// RFC 5321 dot-atom: letters, digits and the listed signs, dots only between them
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
// checked before the WHATWG conversion, which silently drops tabs and newlines inside a domain
const DOMAIN_CHARACTERS = /^[\p{L}\p{M}\p{N}.-]+$/u;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
// a top-level domain is letters (ru, com) or an IDN one in punycode (xn--p1ai is .рф)
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * The address in one canonical form — lower case, the domain in Unicode (ivanova@почта.рф, whether it was
 * typed so or as xn--80a1acny.xn--p1ai) — or null when it is not an address mail can be sent to.
 * Mail senders turn the Unicode domain back into punycode on the wire.
 */
export function parseEmailAddress(value: string): string | null {
  const trimmed = value.normalize('NFC').trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at > 64) return null;
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1);
  if (!LOCAL_PART.test(local) || !DOMAIN_CHARACTERS.test(domain)) return null;
  const ascii = domainToASCII(domain);
  if (ascii === '' || ascii.length > 253) return null;
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null;
  if (!TOP_LEVEL.test(labels[labels.length - 1] as string)) return null;
  if (local.length + 1 + ascii.length > EMAIL_ADDRESS_MAX_LENGTH) return null;
  return `${local}@${domainToUnicode(ascii)}`;
}

export const isEmailAddress = (value: string) => parseEmailAddress(value) !== null;

/** For input schemas: the canonical address, or the Russian message of EMAIL_ADDRESS_MESSAGE. */
export const emailAddressSchema = z.string().transform((value, context) => {
  const address = parseEmailAddress(value);
  if (address === null) context.addIssue({ code: 'custom', message: EMAIL_ADDRESS_MESSAGE });
  return address ?? value;
});

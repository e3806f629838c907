import { randomSecret, sha256 } from './secret-token';

export const API_KEY_PATTERN = /^pdo_[A-Za-z0-9_-]{43}$/;
/** "pdo_" and the first 8 secret characters: indexed for lookup, shown in the cabinet, useless alone. */
const PREFIX_LENGTH = 12;

export interface NewApiKey {
  /** shown once; only the hash is kept */
  key: string;
  prefix: string;
  keyHash: string;
}

export function newApiKey(): NewApiKey {
  const key = `pdo_${randomSecret()}`;
  return { key, prefix: apiKeyPrefix(key), keyHash: sha256(key) };
}

export const apiKeyPrefix = (key: string): string => key.slice(0, PREFIX_LENGTH);

export const isApiKeyShaped = (key: string): boolean => API_KEY_PATTERN.test(key);

import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's minimum profile: 19 MiB, 2 passes.
const PARAMS = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, PARAMS);

export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password).catch(() => false);

/** Verifying against this keeps sign-in time the same whether or not the login exists. */
export const DECOY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$5GJtC1SSp6pSq7yzAkzv8j0DmeVwdX1xSx/4TQdPpCc';

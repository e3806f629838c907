import { importPKCS8, importSPKI, jwtVerify, SignJWT } from 'jose';
import { roles as knownRoles, type Role, type Viewer } from './viewer';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** A revoked API key must stop working soon: its tokens live 90 s and the gateway reuses one for at most 60 s. */
export const API_KEY_TOKEN_TTL_SECONDS = 90;
export const ACCESS_TOKEN_ISSUER = 'pdo-identity';
export const ACCESS_TOKEN_ALG = 'ES256';

export interface AccessClaims {
  userId: string;
  roles: Role[];
  municipalityCode: string | null;
  providerId: string | null;
  /** a provider's system signed in with an API key (claim `api`) */
  viaApiKey?: boolean;
  /** a pupil of 14+: his own child card (claim `chd`) */
  childId?: string | null;
}

/** Short-lived, asymmetric: the gateway verifies with the public key and never sees the private one. */
export async function signAccessToken(claims: AccessClaims, privateKeyPem: string, now = new Date()): Promise<string> {
  const key = await importPKCS8(privateKeyPem, ACCESS_TOKEN_ALG);
  const issuedAt = Math.floor(now.getTime() / 1000);
  const viaApiKey = claims.viaApiKey === true;
  return new SignJWT({
    roles: claims.roles,
    mun: claims.municipalityCode,
    prv: claims.providerId,
    ...(viaApiKey ? { api: true } : {}),
    ...(claims.childId ? { chd: claims.childId } : {}),
  })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALG })
    .setSubject(claims.userId)
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (viaApiKey ? API_KEY_TOKEN_TTL_SECONDS : ACCESS_TOKEN_TTL_SECONDS))
    .sign(key);
}

/** The gateway's side: a valid token becomes the viewer it forwards; anything else throws. */
export async function verifyAccessToken(token: string, publicKeyPem: string): Promise<Viewer> {
  const key = await importSPKI(publicKeyPem, ACCESS_TOKEN_ALG);
  const { payload } = await jwtVerify(token, key, { issuer: ACCESS_TOKEN_ISSUER, algorithms: [ACCESS_TOKEN_ALG] });
  const roles = payload.roles;
  if (typeof payload.sub !== 'string' || !Array.isArray(roles) || !roles.every((r) => knownRoles.includes(r as Role))) {
    throw new Error('malformed access token');
  }
  return {
    userId: payload.sub,
    roles: roles as Role[],
    municipalityCode: typeof payload.mun === 'string' ? payload.mun : null,
    providerId: typeof payload.prv === 'string' ? payload.prv : null,
    viaApiKey: payload.api === true,
    ...(typeof payload.chd === 'string' ? { childId: payload.chd } : {}),
  };
}

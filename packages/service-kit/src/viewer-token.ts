import { jwtVerify, SignJWT } from 'jose';
import { roles, type Role, type Viewer } from './viewer';

export const VIEWER_HEADER = 'x-pdo-viewer';
const AUDIENCE = 'pdo-subgraph';
const ISSUER = 'pdo-gateway';

const key = (secret: string) => new TextEncoder().encode(secret);

/**
 * The gateway signs the viewer it forwards, so a subgraph can tell a request came through it. The client's
 * address rides in the same token: only the gateway knows which proxies to trust for it.
 */
export async function signViewer(viewer: Viewer, secret: string, clientAddress: string | null = null): Promise<string> {
  return new SignJWT({ viewer, ...(clientAddress ? { clientAddress } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(key(secret));
}

export interface ForwardedRequest {
  viewer: Viewer;
  /** the caller's IP address as the gateway saw it, or null when it could not tell */
  clientAddress: string | null;
}

export async function verifyForwardedRequest(token: string, secret: string): Promise<ForwardedRequest> {
  const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
  const viewer = payload.viewer as Partial<Viewer> | undefined;
  if (!viewer || !Array.isArray(viewer.roles) || !viewer.roles.every((r) => roles.includes(r as Role))) {
    throw new Error('malformed viewer');
  }
  return {
    viewer: {
      userId: typeof viewer.userId === 'string' ? viewer.userId : null,
      roles: viewer.roles as Role[],
      municipalityCode: typeof viewer.municipalityCode === 'string' ? viewer.municipalityCode : null,
      providerId: typeof viewer.providerId === 'string' ? viewer.providerId : null,
      viaApiKey: viewer.viaApiKey === true,
      ...(typeof viewer.childId === 'string' ? { childId: viewer.childId } : {}),
    },
    clientAddress: typeof payload.clientAddress === 'string' ? payload.clientAddress : null,
  };
}

export async function verifyViewer(token: string, secret: string): Promise<Viewer> {
  return (await verifyForwardedRequest(token, secret)).viewer;
}

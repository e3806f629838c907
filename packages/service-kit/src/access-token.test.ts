import { decodeJwt, exportPKCS8, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { signAccessToken, verifyAccessToken } from './access-token';
import { isPupilOf } from './viewer';

async function pemPair() {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  return { publicPem: await exportSPKI(publicKey), privatePem: await exportPKCS8(privateKey) };
}

describe('access tokens', () => {
  const claims = {
    userId: 'b7d1c2a4-0000-4000-8000-000000000001',
    roles: ['parent' as const],
    municipalityCode: '07',
    providerId: null,
  };

  it('signs with the private key and verifies into a viewer with the public key', async () => {
    const { publicPem, privatePem } = await pemPair();
    const viewer = await verifyAccessToken(await signAccessToken(claims, privatePem), publicPem);
    expect(viewer).toEqual({
      userId: claims.userId,
      roles: ['parent'],
      municipalityCode: '07',
      providerId: null,
      viaApiKey: false,
    });
  });

  it("carries a pupil's own child card, so services that know only parents can let the pupil in", async () => {
    const { publicPem, privatePem } = await pemPair();
    const childId = 'b7d1c2a4-0000-4000-8000-0000000000d1';
    const pupil = { ...claims, roles: ['child' as const], childId };
    const viewer = await verifyAccessToken(await signAccessToken(pupil, privatePem), publicPem);
    expect(viewer).toMatchObject({ roles: ['child'], childId });
    expect(isPupilOf(viewer, childId)).toBe(true);
    expect(isPupilOf(viewer, 'b7d1c2a4-0000-4000-8000-0000000000d2')).toBe(false);
    // the claim means nothing without the child role
    expect(isPupilOf({ ...viewer, roles: ['parent'] }, childId)).toBe(false);
    expect(decodeJwt(await signAccessToken(claims, privatePem)).chd).toBeUndefined();
  });

  it('marks an API-key token, which the viewer carries as viaApiKey and which lives only 90 s', async () => {
    const { publicPem, privatePem } = await pemPair();
    const system = {
      ...claims,
      roles: ['provider_staff' as const],
      providerId: 'b7d1c2a4-0000-4000-8000-0000000000a1',
      viaApiKey: true,
    };
    const now = new Date();
    const token = await signAccessToken(system, privatePem, now);
    expect(await verifyAccessToken(token, publicPem)).toMatchObject({ providerId: system.providerId, viaApiKey: true });
    const payload = decodeJwt(token);
    expect(payload.api).toBe(true);
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(90);
    expect(decodeJwt(await signAccessToken(claims, privatePem, now)).api).toBeUndefined();
    const late = await signAccessToken(system, privatePem, new Date(now.getTime() - 91_000));
    await expect(verifyAccessToken(late, publicPem)).rejects.toThrow();
  });

  it('rejects a token signed by another key (forged)', async () => {
    const real = await pemPair();
    const forger = await pemPair();
    await expect(verifyAccessToken(await signAccessToken(claims, forger.privatePem), real.publicPem)).rejects.toThrow();
  });

  it('rejects an expired token', async () => {
    const { publicPem, privatePem } = await pemPair();
    const token = await signAccessToken(claims, privatePem, new Date(Date.now() - 60 * 60 * 1000));
    await expect(verifyAccessToken(token, publicPem)).rejects.toThrow();
  });

  it('rejects an HS256 token even if it claims the right issuer (algorithm confusion)', async () => {
    const { publicPem } = await pemPair();
    const token = await new SignJWT({ roles: ['regional_admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('pdo-identity')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(publicPem));
    await expect(verifyAccessToken(token, publicPem)).rejects.toThrow();
  });
});

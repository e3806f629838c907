import { SignJWT } from 'jose';
import { anonymousViewer, type Viewer } from './viewer';
import { signViewer, verifyForwardedRequest, verifyViewer } from './viewer-token';

const secret = 's'.repeat(40);
const operator: Viewer = { userId: 'u1', roles: ['operator'], municipalityCode: '07', providerId: null, viaApiKey: false };

describe('viewer forwarding', () => {
  it('round-trips a signed viewer', async () => {
    expect(await verifyViewer(await signViewer(operator, secret), secret)).toEqual(operator);
    expect(await verifyViewer(await signViewer(anonymousViewer, secret), secret)).toEqual(anonymousViewer);
  });

  it("carries the client's address beside the viewer, and none when the gateway could not tell", async () => {
    expect(await verifyForwardedRequest(await signViewer(operator, secret, '203.0.113.7'), secret)).toEqual({
      viewer: operator,
      clientAddress: '203.0.113.7',
    });
    expect((await verifyForwardedRequest(await signViewer(operator, secret), secret)).clientAddress).toBeNull();
  });

  it('rejects a viewer signed with another secret', async () => {
    await expect(verifyViewer(await signViewer(operator, 'o'.repeat(40)), secret)).rejects.toThrow();
  });

  it('rejects an expired viewer', async () => {
    const token = await new SignJWT({ viewer: operator })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('pdo-gateway')
      .setAudience('pdo-subgraph')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 300)
      .sign(new TextEncoder().encode(secret));
    await expect(verifyViewer(token, secret)).rejects.toThrow();
  });

  it('rejects an unknown role', async () => {
    const forged = await signViewer({ ...operator, roles: ['superuser' as 'operator'] }, secret);
    await expect(verifyViewer(forged, secret)).rejects.toThrow('malformed viewer');
  });
});

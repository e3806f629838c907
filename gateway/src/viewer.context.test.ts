import { generateKeyPairSync } from 'node:crypto';
import { signAccessToken } from '@pdo/service-kit';
import { viewerFromAuthorization } from './viewer.context';

const KEY = `pdo_${'k'.repeat(43)}`;
const PROVIDER = '00000000-0000-4000-8000-0000000000a1';
const STAFF = '00000000-0000-4000-8000-000000000006';
const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();

describe('Authorization header', () => {
  const noExchange = () => Promise.reject(new Error('must not be called'));

  it('is a guest without a header, a person with a Bearer token', async () => {
    expect(await viewerFromAuthorization(undefined, publicPem, noExchange)).toMatchObject({ userId: null, roles: [] });
    const token = await signAccessToken(
      { userId: STAFF, roles: ['parent'], municipalityCode: '07', providerId: null },
      privatePem,
    );
    expect(await viewerFromAuthorization(`Bearer ${token}`, publicPem, noExchange)).toMatchObject({
      userId: STAFF,
      viaApiKey: false,
    });
  });

  it('refuses other schemes, empty credentials, and an ApiKey exchange that yields a person’s token', async () => {
    for (const header of ['Basic abc', 'ApiKey', 'Bearer ', 'Bearer not-a-jwt']) {
      await expect(viewerFromAuthorization(header, publicPem, noExchange)).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    const personToken = await signAccessToken(
      { userId: STAFF, roles: ['provider_staff'], municipalityCode: null, providerId: PROVIDER },
      privatePem,
    );
    await expect(viewerFromAuthorization(`ApiKey ${KEY}`, publicPem, () => Promise.resolve(personToken))).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

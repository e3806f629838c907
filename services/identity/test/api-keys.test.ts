import { generateKeyPairSync } from 'node:crypto';
import { verifyAccessToken, type Viewer } from '@pdo/service-kit';
import { addUser, startIdentity, type IdentityHarness } from './identity.fixture';

const PROVIDER_A = '00000000-0000-4000-8000-0000000000a1';
const PROVIDER_B = '00000000-0000-4000-8000-0000000000b2';
const CREATE = 'mutation ($name: String!) { createApiKey(name: $name) { key apiKey { id name prefix createdBy revokedAt } } }';
const REVOKE = 'mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
const MINE = '{ myApiKeys { id name prefix lastUsedAt revokedAt } }';
const EXCHANGE = 'mutation ($key: String!) { exchangeApiKey(key: $key) { accessToken expiresInSeconds } }';

interface Created {
  createApiKey: {
    key: string;
    apiKey: { id: string; name: string; prefix: string; createdBy: string; revokedAt: string | null };
  };
}

describe('provider API keys', () => {
  let h: IdentityHarness;
  let staffA: Viewer;
  let staffB: Viewer;
  const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();

  beforeAll(async () => {
    process.env.JWT_PRIVATE_KEY = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    process.env.GATEWAY_SECRET ??= 'x'.repeat(32);
    h = await startIdentity();
    staffA = { ...(await addUser(h, 'ddt', ['provider_staff'], '07')), providerId: PROVIDER_A };
    staffB = { ...(await addUser(h, 'sport', ['provider_staff'], '07')), providerId: PROVIDER_B };
  });
  afterAll(() => h.db.drop());

  const create = async (viewer: Viewer, name: string) => (await h.run<Created>(viewer, CREATE, { name })).createApiKey;
  const exchange = (key: string) =>
    h.run<{ exchangeApiKey: { accessToken: string; expiresInSeconds: number } }>({}, EXCHANGE, { key });

  it('shows the key once and keeps only its prefix and hash', async () => {
    const { key, apiKey } = await create(staffA, '  1С: Кружки  ');
    expect(key).toMatch(/^pdo_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({ name: '1С: Кружки', prefix: key.slice(0, 12), createdBy: staffA.userId, revokedAt: null });
    const stored = JSON.stringify(await h.db.dataSource.query('SELECT * FROM api_keys WHERE id = $1', [apiKey.id]));
    expect(stored).not.toContain(key.slice(12));
    const { myApiKeys } = await h.run<{ myApiKeys: Record<string, unknown>[] }>(staffA, MINE);
    expect(myApiKeys).toEqual([
      { id: apiKey.id, name: '1С: Кружки', prefix: key.slice(0, 12), lastUsedAt: null, revokedAt: null },
    ]);
  });

  it('exchanges a valid key for a 90-second token of its provider marked as API-key based', async () => {
    const { key, apiKey } = await create(staffA, 'Сайт ДДТ');
    const { exchangeApiKey } = await exchange(key);
    expect(exchangeApiKey.expiresInSeconds).toBe(90);
    expect(await verifyAccessToken(exchangeApiKey.accessToken, publicPem)).toEqual({
      userId: staffA.userId,
      roles: ['provider_staff'],
      municipalityCode: null,
      providerId: PROVIDER_A,
      viaApiKey: true,
    });
    const [row] = (await h.db.dataSource.query('SELECT last_used_at FROM api_keys WHERE id = $1', [apiKey.id])) as {
      last_used_at: Date | null;
    }[];
    expect(row.last_used_at).not.toBeNull();
  });

  it('refuses unknown, altered and malformed keys with INVALID_API_KEY', async () => {
    const { key } = await create(staffA, 'Проверка');
    const altered = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    for (const bad of [altered, 'pdo_' + 'A'.repeat(43), 'Bearer xyz', key.slice(0, 20)]) {
      expect(await h.errorOf({}, EXCHANGE, { key: bad })).toEqual({
        code: 'INVALID_API_KEY',
        message: 'API-ключ недействителен или отозван.',
      });
    }
    expect((await h.errorOf({}, EXCHANGE, { key: '' })).code).toBe('BAD_USER_INPUT');
  });

  it('a revoked key no longer exchanges; only its own provider may revoke it', async () => {
    const { key, apiKey } = await create(staffA, 'Старая система');
    expect((await h.errorOf(staffB, REVOKE, { id: apiKey.id })).code).toBe('FORBIDDEN');
    await exchange(key);
    const { revokeApiKey } = await h.run<{ revokeApiKey: { revokedAt: string | null } }>(staffA, REVOKE, { id: apiKey.id });
    expect(revokeApiKey.revokedAt).not.toBeNull();
    expect((await h.errorOf({}, EXCHANGE, { key })).code).toBe('INVALID_API_KEY');
    expect((await h.run<{ revokeApiKey: { revokedAt: string } }>(staffA, REVOKE, { id: apiKey.id })).revokeApiKey.revokedAt).toBe(
      revokeApiKey.revokedAt,
    );
    expect((await h.errorOf(staffA, REVOKE, { id: '00000000-0000-4000-8000-00000000ffff' })).code).toBe('NOT_FOUND');
    expect((await h.errorOf(staffA, REVOKE, { id: 'не-ключ' })).code).toBe('NOT_FOUND');
  });

  it('lists only the own provider’s keys and lets only provider people manage them', async () => {
    await create(staffB, 'Спортшкола');
    const { myApiKeys } = await h.run<{ myApiKeys: { name: string }[] }>(staffB, MINE);
    expect(myApiKeys.map((k) => k.name)).toEqual(['Спортшкола']);
    const parent = await addUser(h, 'mama', ['parent'], '07');
    expect((await h.errorOf(parent, CREATE, { name: 'x' })).code).toBe('FORBIDDEN');
    expect((await h.errorOf({}, MINE)).code).toBe('UNAUTHENTICATED');
    expect((await h.errorOf({ ...staffA, viaApiKey: true }, CREATE, { name: 'ещё один' })).code).toBe('FORBIDDEN');
    expect((await h.errorOf({ ...staffA, providerId: null }, MINE)).code).toBe('FORBIDDEN');
    expect((await h.errorOf(staffA, CREATE, { name: '   ' })).code).toBe('BAD_USER_INPUT');
  });
});

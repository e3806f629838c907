import { generateKeyPairSync } from 'node:crypto';
import { verifyAccessToken } from '@pdo/service-kit';
import { executeAs } from '@pdo/service-kit/testing';
import { hashPassword } from '../src/domain/password';
import { addUser, startIdentity, type IdentityHarness } from './identity.fixture';

const SIGN_IN =
  'mutation ($login: String!, $password: String!) { signIn(input: { login: $login, password: $password, refreshTokenInBody: true }) { accessToken refreshToken } }';
const REFRESH = 'mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken viewer { id roles } } }';
const SIGN_OUT = 'mutation ($t: String!) { signOut(refreshToken: $t) }';
const SIGN_OUT_EVERYWHERE = 'mutation { signOutEverywhere }';
const PASSWORD = 'сеанс-2026';

interface Pair {
  accessToken: string;
  refreshToken: string;
}

describe('sessions: refresh token rotation, reuse detection, sign out', () => {
  let h: IdentityHarness;
  const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();

  beforeAll(async () => {
    process.env.JWT_PRIVATE_KEY = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    process.env.GATEWAY_SECRET ??= 'x'.repeat(32);
    h = await startIdentity();
    const passwordHash = await hashPassword(PASSWORD);
    for (const login of ['mama', 'papa', 'deda', 'tetya']) await addUser(h, login, ['parent'], '07', passwordHash);
  });
  afterAll(() => h.db.drop());

  const signIn = async (login: string) => (await h.run<{ signIn: Pair }>({}, SIGN_IN, { login, password: PASSWORD })).signIn;
  const refresh = async (t: string) =>
    (await h.run<{ refreshSession: Pair & { viewer: { id: string; roles: string[] } } }>({}, REFRESH, { t })).refreshSession;
  const refreshError = (t: string) => h.errorOf({}, REFRESH, { t });
  /** Moves every rotation of the user further into the past than the grace window, as if time had passed. */
  const afterGraceWindow = (userId: string) =>
    h.db.dataSource.query(
      "UPDATE refresh_tokens SET rotated_at = rotated_at - interval '11 seconds' WHERE user_id = $1 AND rotated_at IS NOT NULL",
      [userId],
    );
  const tokensOf = async (userId: string) =>
    (await h.db.dataSource.query(
      'SELECT count(*)::int AS tokens, count(rotated_at)::int AS rotated, count(revoked_at)::int AS revoked FROM refresh_tokens WHERE user_id = $1',
      [userId],
    )) as [{ tokens: number; rotated: number; revoked: number }];

  it('signIn issues a refresh token that is stored only as its hash, expiring in 30 days', async () => {
    const { refreshToken } = await signIn('mama');
    expect(refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = (await h.db.dataSource.query(
      `SELECT token_hash, extract(epoch FROM expires_at - now())::int AS ttl FROM refresh_tokens WHERE user_id = (SELECT id FROM users WHERE login = 'mama')`,
    )) as { token_hash: string; ttl: number }[];
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(refreshToken);
    expect(Math.abs(rows[0].ttl - 30 * 86400)).toBeLessThan(60);
  });

  it('rotates: a refresh gives a new access token for the same user and a new refresh token; the old one is spent', async () => {
    const first = await signIn('papa');
    const second = await refresh(first.refreshToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const viewer = await verifyAccessToken(second.accessToken, publicPem);
    expect(viewer).toMatchObject({ userId: second.viewer.id, roles: ['parent'], viaApiKey: false });
    const third = await refresh(second.refreshToken);
    expect(third.viewer.id).toBe(second.viewer.id);
    const [family] = (await h.db.dataSource.query(
      `SELECT count(DISTINCT family_id)::int AS families, count(*)::int AS tokens, count(rotated_at)::int AS rotated FROM refresh_tokens WHERE user_id = $1`,
      [second.viewer.id],
    )) as { families: number; tokens: number; rotated: number }[];
    expect(family).toEqual({ families: 1, tokens: 3, rotated: 2 });
  });

  it('detects reuse: presenting a rotated token after the grace window revokes the family, so even the newest token stops working', async () => {
    const first = await signIn('deda');
    const second = await refresh(first.refreshToken);
    await afterGraceWindow(second.viewer.id);
    expect(await refreshError(first.refreshToken)).toEqual({
      code: 'REFRESH_TOKEN_REUSED',
      message: 'Этот сеанс уже использовался в другом месте и завершён ради безопасности. Войдите снова.',
    });
    expect((await refreshError(second.refreshToken)).code).toBe('INVALID_REFRESH_TOKEN');
    // a separate sign-in of the same person is another family and keeps working
    const other = await signIn('deda');
    expect((await refresh(other.refreshToken)).refreshToken).toBeDefined();
  });

  it('refuses unknown, expired and malformed tokens with INVALID_REFRESH_TOKEN or BAD_USER_INPUT', async () => {
    expect((await refreshError('A'.repeat(43))).code).toBe('INVALID_REFRESH_TOKEN');
    const { refreshToken } = await signIn('tetya');
    await h.db.dataSource.query(
      `UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM users WHERE login = 'tetya')`,
    );
    expect((await refreshError(refreshToken)).code).toBe('INVALID_REFRESH_TOKEN');
    expect((await refreshError('')).code).toBe('BAD_USER_INPUT');
    expect((await refreshError('x'.repeat(500))).code).toBe('BAD_USER_INPUT');
  });

  it('two parallel refreshes of one token (two tabs) both get the same successor, and the sign-in goes on', async () => {
    const { refreshToken } = await signIn('mama');
    const results = await Promise.all(
      [0, 1].map(() =>
        executeAs<{ refreshSession: Pair & { viewer: { id: string } } }>(h.schema, h.db.dataSource, {}, REFRESH, {
          t: refreshToken,
        }),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const [a, b] = results.map((r) => r.data!.refreshSession);
    expect(a.refreshToken).toBe(b.refreshToken);
    expect(a.refreshToken).not.toBe(refreshToken);
    for (const pair of [a, b])
      expect(await verifyAccessToken(pair.accessToken, publicPem)).toMatchObject({ userId: a.viewer.id });
    const userId = a.viewer.id;
    const before = await tokensOf(userId);
    const next = await refresh(a.refreshToken);
    expect(next.viewer.id).toBe(userId);
    const [after] = await tokensOf(userId);
    expect(after).toEqual({ tokens: before[0].tokens + 1, rotated: before[0].rotated + 1, revoked: before[0].revoked });
  });

  it('grants that grace only within the window and only while the successor is current; otherwise it is reuse', async () => {
    const first = await signIn('papa');
    const second = await refresh(first.refreshToken);
    // within the window, again and again: the same successor
    expect((await refresh(first.refreshToken)).refreshToken).toBe(second.refreshToken);
    expect((await refresh(first.refreshToken)).refreshToken).toBe(second.refreshToken);
    // once the successor has itself been exchanged, the first token is a stolen copy even within the window
    const third = await refresh(second.refreshToken);
    expect((await refreshError(first.refreshToken)).code).toBe('REFRESH_TOKEN_REUSED');
    expect((await refreshError(third.refreshToken)).code).toBe('INVALID_REFRESH_TOKEN');

    const again = await signIn('papa');
    const successor = await refresh(again.refreshToken);
    await afterGraceWindow(successor.viewer.id);
    expect((await refreshError(again.refreshToken)).code).toBe('REFRESH_TOKEN_REUSED');
    expect((await refreshError(successor.refreshToken)).code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('keeps the successor of a rotated token only sealed: the database alone cannot produce a usable token', async () => {
    const first = await signIn('tetya');
    const second = await refresh(first.refreshToken);
    const rows = (await h.db.dataSource.query(
      'SELECT successor_sealed FROM refresh_tokens WHERE user_id = $1 AND successor_sealed IS NOT NULL',
      [second.viewer.id],
    )) as { successor_sealed: string }[];
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(await h.db.dataSource.query('SELECT * FROM refresh_tokens'))).not.toContain(second.refreshToken);
    // a forged token of the right shape is unknown, not a way to open the seal
    expect((await refreshError(rows[0].successor_sealed.slice(0, 43))).code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('signOut ends that sign-in only; the same token and its successors are refused afterwards', async () => {
    const kept = await signIn('papa');
    const ended = await signIn('papa');
    const next = await refresh(ended.refreshToken);
    expect(await h.run({}, SIGN_OUT, { t: next.refreshToken })).toEqual({ signOut: true });
    expect((await refreshError(next.refreshToken)).code).toBe('INVALID_REFRESH_TOKEN');
    expect((await refresh(kept.refreshToken)).refreshToken).toBeDefined();
    expect(await h.run({}, SIGN_OUT, { t: 'B'.repeat(43) })).toEqual({ signOut: true });
  });

  it('signOutEverywhere ends every sign-in of the viewer and nobody else’s; guests and API keys may not call it', async () => {
    const a = await signIn('tetya');
    const b = await signIn('tetya');
    const stranger = await signIn('deda');
    const viewer = await verifyAccessToken(a.accessToken, publicPem);
    expect(await h.run(viewer, SIGN_OUT_EVERYWHERE)).toEqual({ signOutEverywhere: true });
    expect((await refreshError(a.refreshToken)).code).toBe('INVALID_REFRESH_TOKEN');
    expect((await refreshError(b.refreshToken)).code).toBe('INVALID_REFRESH_TOKEN');
    expect((await refresh(stranger.refreshToken)).refreshToken).toBeDefined();
    expect((await h.errorOf({}, SIGN_OUT_EVERYWHERE)).code).toBe('UNAUTHENTICATED');
    expect((await h.errorOf({ ...viewer, viaApiKey: true }, SIGN_OUT_EVERYWHERE)).code).toBe('FORBIDDEN');
  });
});

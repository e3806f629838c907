import { generateKeyPairSync } from 'node:crypto';
import { hashPassword } from '../src/domain/password';
import { addUser, cookieJar, startIdentity, type CookieJar, type IdentityHarness } from './identity.fixture';

const SIGN_IN =
  'mutation ($login: String!, $password: String!) { signIn(input: { login: $login, password: $password }) { accessToken refreshToken viewer { id } } }';
const REFRESH = 'mutation { refreshSession { accessToken refreshToken } }';
const SIGN_OUT = 'mutation { signOut }';
const PASSWORD = 'печенье-2026';

interface Session {
  accessToken: string;
  refreshToken: string | null;
}

describe('the refresh token in an httpOnly cookie', () => {
  let h: IdentityHarness;

  beforeAll(async () => {
    process.env.JWT_PRIVATE_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    process.env.GATEWAY_SECRET ??= 'x'.repeat(32);
    h = await startIdentity();
    const passwordHash = await hashPassword(PASSWORD);
    for (const login of ['mama', 'papa']) await addUser(h, login, ['parent'], '07', passwordHash);
  });
  afterAll(() => h.db.drop());

  const signIn = async (jar: CookieJar, login: string) => {
    const result = await h.browse<{ signIn: Session }>(jar, SIGN_IN, { login, password: PASSWORD });
    expect(result.errors).toBeUndefined();
    return result.data!.signIn;
  };
  const refresh = (jar: CookieJar) => h.browse<{ refreshSession: Session }>(jar, REFRESH);

  it('signIn sets it httpOnly, SameSite=Strict, for /graphql only, for 30 days, and never puts it in the body', async () => {
    const jar = cookieJar();
    const session = await signIn(jar, 'mama');
    expect(session.refreshToken).toBeNull();
    expect(jar.received).toEqual([
      expect.stringMatching(/^pdo_refresh=[\w-]{43}; Max-Age=2592000; Path=\/graphql; HttpOnly; SameSite=Strict$/),
    ]);
    const rows = (await h.db.dataSource.query('SELECT token_hash FROM refresh_tokens')) as { token_hash: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(jar.cookies.pdo_refresh);
  });

  it('refreshSession reads the cookie and rotates it; a stolen copy of a rotated cookie, used later, ends the family', async () => {
    const jar = cookieJar();
    await signIn(jar, 'papa');
    const stolen = cookieJar();
    stolen.cookies = { ...jar.cookies };
    const first = await refresh(jar);
    expect(first.errors).toBeUndefined();
    expect(first.data!.refreshSession.refreshToken).toBeNull();
    expect(jar.cookies.pdo_refresh).not.toBe(stolen.cookies.pdo_refresh);

    await h.db.dataSource.query(
      "UPDATE refresh_tokens SET rotated_at = rotated_at - interval '11 seconds' WHERE rotated_at IS NOT NULL",
    );
    const replay = await refresh(stolen);
    expect(replay.errors?.map((e) => e.code)).toEqual(['REFRESH_TOKEN_REUSED']);
    expect(stolen.received.at(-1)).toMatch(/^pdo_refresh=; Max-Age=0; Path=\/graphql; HttpOnly; SameSite=Strict$/);
    expect(stolen.cookies).toEqual({});
    expect((await refresh(jar)).errors?.map((e) => e.code)).toEqual(['INVALID_REFRESH_TOKEN']);
  });

  it('two tabs refreshing with the same cookie at once both get the same new cookie and stay signed in', async () => {
    const tab = cookieJar();
    await signIn(tab, 'mama');
    const other = cookieJar();
    other.cookies = { ...tab.cookies };
    const [a, b] = await Promise.all([refresh(tab), refresh(other)]);
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    expect(tab.cookies.pdo_refresh).toMatch(/^[\w-]{43}$/);
    expect(other.cookies.pdo_refresh).toBe(tab.cookies.pdo_refresh);
    expect(other.received.at(-1)).toMatch(/; Max-Age=2592000; Path=\/graphql; HttpOnly; SameSite=Strict$/);
    const later = await refresh(other);
    expect(later.errors).toBeUndefined();
  });

  it('without a cookie, or with a forged one, refreshSession answers INVALID_REFRESH_TOKEN', async () => {
    expect((await refresh(cookieJar())).errors?.map((e) => e.code)).toEqual(['INVALID_REFRESH_TOKEN']);
    const forged = cookieJar();
    forged.cookies = { pdo_refresh: 'A'.repeat(43) };
    expect((await refresh(forged)).errors?.map((e) => e.code)).toEqual(['INVALID_REFRESH_TOKEN']);
    forged.cookies = { pdo_refresh: 'x'.repeat(500) };
    expect((await refresh(forged)).errors?.map((e) => e.code)).toEqual(['INVALID_REFRESH_TOKEN']);
  });

  it('signOut revokes the cookie’s sign-in and clears the cookie', async () => {
    const jar = cookieJar();
    await signIn(jar, 'mama');
    const copy = { ...jar.cookies };
    expect((await h.browse(jar, SIGN_OUT)).data).toEqual({ signOut: true });
    expect(jar.cookies).toEqual({});
    const again = cookieJar();
    again.cookies = copy;
    expect((await refresh(again)).errors?.map((e) => e.code)).toEqual(['INVALID_REFRESH_TOKEN']);
    expect((await h.browse(cookieJar(), SIGN_OUT)).data).toEqual({ signOut: true });
  });
});

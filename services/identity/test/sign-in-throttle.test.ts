import { generateKeyPairSync } from 'node:crypto';
import { hashPassword } from '../src/domain/password';
import { addUser, cookieJar, startIdentity, type IdentityHarness } from './identity.fixture';

const SIGN_IN =
  'mutation ($login: String!, $password: String!) { signIn(input: { login: $login, password: $password }) { accessToken viewer { id } } }';
const PASSWORD = 'верный-пароль-2026';

describe('sign-in throttling per login', () => {
  let h: IdentityHarness;

  beforeAll(async () => {
    // signIn signs a token with identity's own configuration.
    process.env.JWT_PRIVATE_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    process.env.GATEWAY_SECRET ??= 'x'.repeat(32);
    h = await startIdentity();
    const passwordHash = await hashPassword(PASSWORD);
    for (const login of ['mama', 'papa', 'babushka', 'dedushka']) await addUser(h, login, ['parent'], '07', passwordHash);
  });
  afterAll(() => h.db.drop());

  const attempt = (login: string, password: string) => h.errorOf({}, SIGN_IN, { login, password });

  it('answers INVALID_CREDENTIALS five times, then TOO_MANY_ATTEMPTS even for the right password, saying when to retry', async () => {
    for (let i = 0; i < 5; i += 1) expect((await attempt('mama', 'не тот')).code).toBe('INVALID_CREDENTIALS');
    expect(await attempt('MAMA', PASSWORD)).toEqual({
      code: 'TOO_MANY_ATTEMPTS',
      message: 'Слишком много неудачных попыток входа. Повторите через 15 мин.',
    });
  });

  it('throttles a login that does not exist the same way, so the answers reveal nothing', async () => {
    for (let i = 0; i < 5; i += 1) expect((await attempt('nobody', 'не тот')).code).toBe('INVALID_CREDENTIALS');
    expect((await attempt('nobody', PASSWORD)).code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('leaves other logins alone', async () => {
    const { signIn } = await h.run<{ signIn: { accessToken: string } }>({}, SIGN_IN, { login: 'papa', password: PASSWORD });
    expect(signIn.accessToken.split('.')).toHaveLength(3);
  });

  it('lets the login in again once the failures are 15 minutes old', async () => {
    await h.db.dataSource.query(`UPDATE sign_in_failures SET failed_at = failed_at - interval '15 minutes' WHERE login = 'mama'`);
    const { signIn } = await h.run<{ signIn: { viewer: { id: string } } }>({}, SIGN_IN, { login: 'mama', password: PASSWORD });
    expect(signIn.viewer.id).toBeDefined();
    expect(await h.db.dataSource.query(`SELECT 1 FROM sign_in_failures WHERE login = 'mama'`)).toEqual([]);
  });

  it('cannot be outrun by parallel guesses: of ten at once, exactly five are checked', async () => {
    const codes = await Promise.all(Array.from({ length: 10 }, () => attempt('babushka', 'не тот').then((e) => e.code)));
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(5);
  });

  it('throttles an address that sweeps many logins, whatever the login, while other addresses sign in', async () => {
    const sweeper = cookieJar('203.0.113.9');
    for (let i = 0; i < 30; i += 1) {
      const result = await h.browse(sweeper, SIGN_IN, { login: `guess-${i}`, password: 'не тот' });
      expect(result.errors?.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    }
    const blocked = await h.browse(sweeper, SIGN_IN, { login: 'dedushka', password: PASSWORD });
    expect(blocked.errors?.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
    const [{ n }] = (await h.db.dataSource.query(
      `SELECT count(*)::int AS n FROM sign_in_failures WHERE client_address = '203.0.113.9'`,
    )) as { n: number }[];
    expect(n).toBe(30);
    const neighbour = await h.browse<{ signIn: { viewer: { id: string } } }>(cookieJar('203.0.113.10'), SIGN_IN, {
      login: 'dedushka',
      password: PASSWORD,
    });
    expect(neighbour.errors).toBeUndefined();
  });
});

import { generateKeyPairSync } from 'node:crypto';
import { hashPassword } from '../src/domain/password';
import { addUser, startIdentity, type IdentityHarness } from './identity.fixture';

const REQUEST = 'mutation ($key: String!) { requestPasswordRecovery(loginOrEmail: $key) }';
const RECOVER =
  'mutation ($token: String!, $password: String!) { recoverPassword(input: { token: $token, newPassword: $password }) { refreshToken mustChangePassword viewer { id } } }';
const SIGN_IN =
  'mutation ($login: String!, $password: String!) { signIn(input: { login: $login, password: $password, refreshTokenInBody: true }) { refreshToken } }';
const REFRESH = 'mutation ($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }';

interface ResetEvent {
  key: string;
  payload: { data: { userId: string; email: string; resetUrl: string; expiresAt: string } };
}

describe('password recovery by e-mail', () => {
  let h: IdentityHarness;
  let mamaId: string;

  const events = async () =>
    (await h.db.dataSource.query(
      `SELECT key, payload FROM outbox WHERE type = 'identity.PasswordResetRequested' ORDER BY id`,
    )) as ResetEvent[];
  const tokenOf = (event: ResetEvent) => new URL(event.payload.data.resetUrl).searchParams.get('token') as string;
  const forgetResends = () =>
    h.db.dataSource.query(`UPDATE password_recoveries SET requested_at = requested_at - interval '2 minutes'`);

  beforeAll(async () => {
    process.env.JWT_PRIVATE_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    process.env.GATEWAY_SECRET ??= 'x'.repeat(32);
    process.env.PUBLIC_WEB_URL = 'https://pdo.example.ru';
    h = await startIdentity();
    const mama = await addUser(h, 'mama', ['parent'], '07', await hashPassword('забытый-пароль'));
    mamaId = mama.userId as string;
    await h.db.dataSource.query(`UPDATE users SET email = 'Mama@Mail.ru' WHERE id = $1`, [mamaId]);
    await addUser(h, 'no-email', ['parent'], '07');
  });
  afterAll(() => h.db.drop());

  it('answers the same for unknown logins, unknown e-mails and accounts without e-mail, and sends nothing', async () => {
    for (const key of ['nobody', 'nobody@mail.ru', 'no-email']) {
      expect(await h.run({}, REQUEST, { key })).toEqual({ requestPasswordRecovery: true });
    }
    expect(await events()).toEqual([]);
  });

  it('by e-mail in any case: publishes a link to the web app that expires in an hour, once a minute at most', async () => {
    const before = Date.now();
    await h.run({}, REQUEST, { key: ' mama@mail.RU ' });
    await h.run({}, REQUEST, { key: 'mama' });
    const sent = await events();
    expect(sent).toHaveLength(1);
    expect(sent[0].key).toBe(mamaId);
    expect(sent[0].payload.data).toMatchObject({ userId: mamaId, email: 'Mama@Mail.ru' });
    expect(sent[0].payload.data.resetUrl).toMatch(/^https:\/\/pdo\.example\.ru\/password-recovery\?token=[\w-]{43}$/);
    const ttl = Date.parse(sent[0].payload.data.expiresAt) - before;
    expect(ttl).toBeGreaterThan(59 * 60_000);
    expect(ttl).toBeLessThanOrEqual(61 * 60_000);
    const [stored] = (await h.db.dataSource.query('SELECT token_hash FROM password_recoveries')) as { token_hash: string }[];
    expect(stored.token_hash).not.toContain(tokenOf(sent[0]));
  });

  it('the link sets a new password once, ends old sessions, and then is spent', async () => {
    const old = (await h.run<{ signIn: { refreshToken: string } }>({}, SIGN_IN, { login: 'mama', password: 'забытый-пароль' }))
      .signIn.refreshToken;
    await forgetResends();
    await h.run({}, REQUEST, { key: 'mama' });
    const token = tokenOf((await events()).at(-1) as ResetEvent);
    const { recoverPassword } = await h.run<{ recoverPassword: { mustChangePassword: boolean; viewer: { id: string } } }>(
      {},
      RECOVER,
      { token, password: 'новый-пароль-мамы' },
    );
    expect(recoverPassword).toMatchObject({ mustChangePassword: false, viewer: { id: mamaId } });
    expect((await h.errorOf({}, REFRESH, { t: old })).code).toBe('INVALID_REFRESH_TOKEN');
    expect((await h.errorOf({}, SIGN_IN, { login: 'mama', password: 'забытый-пароль' })).code).toBe('INVALID_CREDENTIALS');
    await h.run({}, SIGN_IN, { login: 'mama', password: 'новый-пароль-мамы' });
    expect((await h.errorOf({}, RECOVER, { token, password: 'ещё-один-пароль' })).code).toBe('INVALID_RECOVERY_TOKEN');
  });

  it('rejects forged, expired and short input with stable codes and changes nothing', async () => {
    await forgetResends();
    await h.run({}, REQUEST, { key: 'mama' });
    const token = tokenOf((await events()).at(-1) as ResetEvent);
    const [before] = (await h.db.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [mamaId])) as unknown[];
    expect((await h.errorOf({}, RECOVER, { token: 'подделка', password: 'новый-пароль-2' })).code).toBe('INVALID_RECOVERY_TOKEN');
    expect((await h.errorOf({}, RECOVER, { token, password: 'short' })).code).toBe('BAD_USER_INPUT');
    expect((await h.errorOf({}, REQUEST, { key: '   ' })).code).toBe('BAD_USER_INPUT');
    await h.db.dataSource.query(`UPDATE password_recoveries SET expires_at = now() - interval '1 second'`);
    expect((await h.errorOf({}, RECOVER, { token, password: 'новый-пароль-2' })).code).toBe('INVALID_RECOVERY_TOKEN');
    const [after] = (await h.db.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [mamaId])) as unknown[];
    expect(after).toEqual(before);
  });
});

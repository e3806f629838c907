import { generateKeyPairSync } from 'node:crypto';
import type { Viewer } from '@pdo/service-kit';
import { hashPassword } from '../src/domain/password';
import { addUser, cookieJar, startIdentity, type IdentityHarness } from './identity.fixture';

const SIGN_IN =
  'mutation ($login: String!, $password: String!) { signIn(input: { login: $login, password: $password, refreshTokenInBody: true }) { accessToken refreshToken mustChangePassword viewer { id } } }';
const RESET = 'mutation ($id: ID!) { resetPassword(userId: $id) { temporaryPassword user { id } } }';
const REFRESH = 'mutation ($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }';
const CHANGE =
  'mutation ($current: String!, $next: String!) { changePassword(input: { currentPassword: $current, newPassword: $next }) { refreshToken mustChangePassword } }';
const OLD = 'забытый-пароль';

interface SignedIn {
  signIn: { refreshToken: string; mustChangePassword: boolean; viewer: { id: string } };
}

describe('password reset by the municipal operator', () => {
  let h: IdentityHarness;
  let operator: Viewer;
  let parent: Viewer;

  beforeAll(async () => {
    process.env.JWT_PRIVATE_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    process.env.GATEWAY_SECRET ??= 'x'.repeat(32);
    h = await startIdentity();
    const passwordHash = await hashPassword(OLD);
    operator = await addUser(h, 'operator07', ['operator'], '07');
    parent = await addUser(h, 'mama', ['parent'], '07', passwordHash);
  });
  afterAll(() => h.db.drop());

  const signIn = (login: string, password: string) => h.run<SignedIn>({}, SIGN_IN, { login, password });

  it('gives a temporary password that works at once, replaces the old one, ends old sessions and lifts throttling', async () => {
    const before = await signIn('mama', OLD);
    expect(before.signIn.mustChangePassword).toBe(false);
    for (let i = 0; i < 5; i += 1) await h.errorOf({}, SIGN_IN, { login: 'mama', password: 'не тот' });
    const { resetPassword } = await h.run<{ resetPassword: { temporaryPassword: string; user: { id: string } } }>(
      operator,
      RESET,
      { id: parent.userId },
    );
    expect(resetPassword.temporaryPassword).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{12}$/);
    expect(resetPassword.user.id).toBe(parent.userId);
    expect((await h.errorOf({}, REFRESH, { t: before.signIn.refreshToken })).code).toBe('INVALID_REFRESH_TOKEN');
    expect((await h.errorOf({}, SIGN_IN, { login: 'mama', password: OLD })).code).toBe('INVALID_CREDENTIALS');
    const after = await signIn('mama', resetPassword.temporaryPassword);
    expect(after.signIn.mustChangePassword).toBe(true);
    const [row] = (await h.db.dataSource.query('SELECT password_reset_by FROM users WHERE id = $1', [parent.userId])) as {
      password_reset_by: string;
    }[];
    expect(row.password_reset_by).toBe(operator.userId);

    const browser = cookieJar();
    const changed = await h.browse<{ changePassword: { refreshToken: string | null; mustChangePassword: boolean } }>(
      browser,
      CHANGE,
      { current: resetPassword.temporaryPassword, next: 'новый-надёжный-пароль' },
      parent,
    );
    expect(changed.data?.changePassword).toEqual({ refreshToken: null, mustChangePassword: false });
    expect((await h.errorOf({}, REFRESH, { t: after.signIn.refreshToken })).code).toBe('INVALID_REFRESH_TOKEN');
    const refreshed = await h.browse<{ refreshSession: { refreshToken: string | null } }>(
      browser,
      'mutation { refreshSession { refreshToken } }',
    );
    expect(refreshed.errors).toBeUndefined();
    expect((await h.errorOf({}, SIGN_IN, { login: 'mama', password: resetPassword.temporaryPassword })).code).toBe(
      'INVALID_CREDENTIALS',
    );
    expect((await signIn('mama', 'новый-надёжный-пароль')).signIn.mustChangePassword).toBe(false);
  });

  it('only an operator of the same municipality, and only for parents and pupils', async () => {
    const elsewhere = await addUser(h, 'papa42', ['parent'], '42');
    const colleague = await addUser(h, 'operator07b', ['operator'], '07');
    const admin = await addUser(h, 'admin', ['regional_admin']);
    const pupil = await addUser(h, 'pupil', ['child'], '07');
    expect((await h.errorOf(operator, RESET, { id: elsewhere.userId })).code).toBe('FORBIDDEN');
    expect((await h.errorOf(operator, RESET, { id: colleague.userId })).code).toBe('FORBIDDEN');
    expect((await h.errorOf(admin, RESET, { id: parent.userId })).code).toBe('FORBIDDEN');
    expect((await h.errorOf(parent, RESET, { id: pupil.userId })).code).toBe('FORBIDDEN');
    expect((await h.errorOf(operator, RESET, { id: '00000000-0000-4000-8000-00000000ffff' })).code).toBe('NOT_FOUND');
    expect((await h.errorOf(operator, RESET, { id: 'кто-то' })).code).toBe('NOT_FOUND');
    expect(
      (await h.run<{ resetPassword: { user: { id: string } } }>(operator, RESET, { id: pupil.userId })).resetPassword.user.id,
    ).toBe(pupil.userId);
  });

  it('changePassword checks the current password and the new one', async () => {
    const papa = await addUser(h, 'papa', ['parent'], '07', await hashPassword(OLD));
    expect((await h.errorOf(papa, CHANGE, { current: 'не тот', next: 'другой-пароль' })).code).toBe('INVALID_CREDENTIALS');
    expect((await h.errorOf(papa, CHANGE, { current: OLD, next: 'short' })).code).toBe('BAD_USER_INPUT');
    expect((await h.errorOf(papa, CHANGE, { current: OLD, next: OLD })).code).toBe('BAD_USER_INPUT');
    expect((await h.errorOf({}, CHANGE, { current: OLD, next: 'другой-пароль' })).code).toBe('UNAUTHENTICATED');
    expect((await signIn('papa', OLD)).signIn.viewer.id).toBe(papa.userId);
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { signViewer, type Viewer } from '@pdo/service-kit';
import { requiredTestEnv } from '@pdo/service-kit/testing';
import { GOSUSLUGI_PEOPLE, type GosuslugiPerson } from '../../../scripts/infra/gosuslugi/people';
import { addUser, startIdentity, type IdentityHarness } from './identity.fixture';

// Identity runs as its own process (built dist), as in production: openid-client is an ES module that the
// test runner cannot load. The provider is the Gosuslugi stand-in `npm test` runs (scripts/infra), a real
// OpenID Connect server; a person signs in by choosing one of its demo people, as in the browser.
const SECRET = 'g'.repeat(40);
const [anna, dmitry, elena] = GOSUSLUGI_PEOPLE as [GosuslugiPerson, GosuslugiPerson, GosuslugiPerson];
const URL_QUERY = 'query ($link: Boolean) { gosuslugiSignInUrl(link: $link) }';
const COMPLETE =
  'mutation ($input: GosuslugiCallbackInput!) { completeGosuslugiSignIn(input: $input) { accessToken refreshToken viewer { id displayName roles } } }';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} did not come up`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * A browser at the provider: follows redirects by hand, keeping cookies, chooses `person` on the stand-in's page
 * of demo people, and stops when it is sent back to the site.
 */
async function authorize(url: string, person: GosuslugiPerson): Promise<URLSearchParams> {
  const cookies = new Map<string, string>();
  let next = url;
  let form: URLSearchParams | null = null;
  for (let hop = 0; hop < 10; hop += 1) {
    const response = await fetch(next, {
      redirect: 'manual',
      method: form ? 'POST' : 'GET',
      body: form,
      headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (response.status === 200 && !form && new URL(next).pathname.startsWith('/interaction/')) {
      // the chooser: «Войти» beside the person posts their subject
      form = new URLSearchParams({ sub: person.sub });
      next = `${next}/login`;
      continue;
    }
    form = null;
    if (!location) throw new Error(`the provider stopped at ${next}: ${response.status} ${await response.text()}`);
    const target = new URL(location, next);
    if (target.toString().startsWith(redirectUri())) return target.searchParams;
    next = target.toString();
  }
  throw new Error('too many redirects');
}

const issuer = () => requiredTestEnv('STAND_IN_ESIA_ISSUER');
const redirectUri = () => requiredTestEnv('STAND_IN_ESIA_REDIRECT_URI');

describe('Gosuslugi sign-in against a real OpenID Connect provider', () => {
  let h: IdentityHarness;
  const identities: ChildProcess[] = [];
  let identityUrl: string;
  let unreachableIdentityUrl: string;

  async function startIdentityProcess(issuerUrl: string): Promise<string> {
    const port = await freePort();
    const child = spawn(process.execPath, [join(__dirname, '..', 'dist', 'main.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        DATABASE_URL: h.db.url,
        KAFKA_BROKERS: requiredTestEnv('KAFKA_BROKERS'),
        GATEWAY_SECRET: SECRET,
        JWT_PRIVATE_KEY: generateKeyPairSync('ec', { namedCurve: 'P-256' })
          .privateKey.export({ type: 'pkcs8', format: 'pem' })
          .toString(),
        ESIA_ISSUER: issuerUrl,
        ESIA_CLIENT_ID: requiredTestEnv('STAND_IN_ESIA_CLIENT_ID'),
        ESIA_CLIENT_SECRET: requiredTestEnv('STAND_IN_ESIA_CLIENT_SECRET'),
        ESIA_REDIRECT_URI: redirectUri(),
        LOG_LEVEL: 'error',
        SEED_DEMO: 'false',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    identities.push(child);
    await waitFor(`http://127.0.0.1:${port}/ready`, child);
    return `http://127.0.0.1:${port}/graphql`;
  }

  async function call<T>(url: string, query: string, variables: Record<string, unknown>, viewer: Partial<Viewer> = {}) {
    const full: Viewer = { userId: null, roles: [], municipalityCode: null, providerId: null, viaApiKey: false, ...viewer };
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pdo-viewer': await signViewer(full, SECRET) },
      body: JSON.stringify({ query, variables }),
    });
    return { answer: (await response.json()) as Answer<T>, setCookies: response.headers.getSetCookie() };
  }
  const codes = (answer: Answer<unknown>) => (answer.errors ?? []).map((e) => e.extensions?.code);

  const signInAs = async (person: GosuslugiPerson, viewer: Partial<Viewer> = {}) => {
    const started = await call<{ gosuslugiSignInUrl: string }>(identityUrl, URL_QUERY, { link: !!viewer.userId }, viewer);
    expect(started.answer.errors).toBeUndefined();
    const callback = await authorize(started.answer.data!.gosuslugiSignInUrl, person);
    const input = { code: callback.get('code'), state: callback.get('state'), iss: callback.get('iss') };
    return {
      input,
      ...(await call<{ completeGosuslugiSignIn: { viewer: { id: string; displayName: string } } }>(identityUrl, COMPLETE, {
        input,
      })),
    };
  };

  beforeAll(async () => {
    process.env.JWT_PRIVATE_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    process.env.GATEWAY_SECRET ??= 'x'.repeat(32);
    h = await startIdentity();
    identityUrl = await startIdentityProcess(issuer());
    unreachableIdentityUrl = await startIdentityProcess(`http://127.0.0.1:${await freePort()}`);
  }, 60_000);

  afterAll(async () => {
    for (const child of identities) child.kill();
    await h.db.drop();
  });

  it('the authorization URL carries state, nonce and an S256 PKCE challenge, and keeps them server-side', async () => {
    const { answer } = await call<{ gosuslugiSignInUrl: string }>(identityUrl, URL_QUERY, {});
    const url = new URL(answer.data!.gosuslugiSignInUrl);
    expect(url.origin).toBe(new URL(issuer()).origin);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: requiredTestEnv('STAND_IN_ESIA_CLIENT_ID'),
      redirect_uri: redirectUri(),
      response_type: 'code',
      code_challenge_method: 'S256',
      state: expect.stringMatching(/^[\w-]{43}$/),
      nonce: expect.stringMatching(/^[\w-]{43}$/),
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
    });
    const [stored] = (await h.db.dataSource.query('SELECT nonce, code_verifier FROM gosuslugi_sign_ins WHERE state = $1', [
      url.searchParams.get('state'),
    ])) as { nonce: string; code_verifier: string }[];
    expect(stored.nonce).toBe(url.searchParams.get('nonce'));
    expect(stored.code_verifier).not.toBe(url.searchParams.get('code_challenge'));
  });

  it('creates a parent on the first sign-in, signs the same person in to it again, and refuses a replayed callback', async () => {
    const first = await signInAs(anna);
    expect(first.answer.errors).toBeUndefined();
    const created = first.answer.data!.completeGosuslugiSignIn.viewer;
    expect(created).toMatchObject({ displayName: 'Смирнова Анна Викторовна', roles: ['parent'] });
    expect(first.setCookies).toEqual([expect.stringMatching(/^pdo_refresh=[\w-]{43}; .*HttpOnly; SameSite=Strict/)]);
    const [row] = (await h.db.dataSource.query('SELECT esia_subject, snils, email FROM users WHERE id = $1', [
      created.id,
    ])) as unknown[];
    expect(row).toEqual({ esia_subject: anna.sub, snils: '11223344595', email: anna.email });
    const registered = (await h.db.dataSource.query(`SELECT payload FROM outbox WHERE type = 'identity.UserRegistered'`)) as {
      payload: { data: unknown };
    }[];
    expect(registered.map((event) => event.payload.data)).toEqual([{ userId: created.id, roles: ['parent'] }]);

    const again = await signInAs(anna);
    expect(again.answer.data!.completeGosuslugiSignIn.viewer.id).toBe(created.id);
    expect(await h.count('users')).toBe(1);
    expect(codes((await call(identityUrl, COMPLETE, { input: again.input })).answer)).toEqual(['GOSUSLUGI_SIGN_IN_FAILED']);
  });

  it('links to a signed-in parent, or to the account with the same SNILS, and never to a second account', async () => {
    const mama = await addUser(h, 'mama-gu', ['parent'], '07');
    const linked = await signInAs(dmitry, mama);
    expect(linked.answer.data!.completeGosuslugiSignIn.viewer.id).toBe(mama.userId);
    expect((await signInAs(dmitry)).answer.data!.completeGosuslugiSignIn.viewer.id).toBe(mama.userId);

    const papa = await addUser(h, 'papa-gu', ['parent'], '07');
    await h.db.dataSource.query(`UPDATE users SET snils = $2 WHERE id = $1`, [papa.userId, elena.snils]);
    const bySnils = await signInAs(elena);
    expect(bySnils.answer.data!.completeGosuslugiSignIn.viewer.id).toBe(papa.userId);

    const taken = await signInAs(dmitry, papa);
    expect(codes(taken.answer)).toEqual(['GOSUSLUGI_ALREADY_LINKED']);
    const [row] = (await h.db.dataSource.query('SELECT esia_subject FROM users WHERE id = $1', [papa.userId])) as unknown[];
    expect(row).toEqual({ esia_subject: elena.sub });
  });

  it('refuses forged state and code, and a guest asking to link', async () => {
    expect(codes((await call(identityUrl, COMPLETE, { input: { code: 'x', state: 'подделка' } })).answer)).toEqual([
      'GOSUSLUGI_SIGN_IN_FAILED',
    ]);
    const { answer } = await call<{ gosuslugiSignInUrl: string }>(identityUrl, URL_QUERY, {});
    const state = new URL(answer.data!.gosuslugiSignInUrl).searchParams.get('state');
    expect(codes((await call(identityUrl, COMPLETE, { input: { code: 'forged-code', state } })).answer)).toEqual([
      'GOSUSLUGI_SIGN_IN_FAILED',
    ]);
    expect(codes((await call(identityUrl, COMPLETE, { input: { code: '', state: '' } })).answer)).toEqual(['BAD_USER_INPUT']);
    expect(codes((await call(identityUrl, URL_QUERY, { link: true })).answer)).toEqual(['FORBIDDEN']);
  });

  it('answers GOSUSLUGI_UNAVAILABLE in Russian when the provider is unreachable or not configured', async () => {
    const unreachable = (await call(unreachableIdentityUrl, URL_QUERY, {})).answer;
    expect(codes(unreachable)).toEqual(['GOSUSLUGI_UNAVAILABLE']);
    expect(unreachable.errors![0].message).toBe(
      'Вход через Госуслуги сейчас недоступен. Попробуйте позже или войдите по логину и паролю.',
    );
    // the in-process schema has no ESIA_* configuration at all
    expect((await h.errorOf({}, URL_QUERY, {})).code).toBe('GOSUSLUGI_UNAVAILABLE');
  });
});

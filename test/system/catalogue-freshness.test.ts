// The public catalogue is cached (navigator keeps answers per catalogue version, the gateway keeps visitors' answers
// for their max-age, the Ingress may keep an anonymous GET for a second), yet nothing is stale for longer than promised: a program published after the
// anonymous search was answered (and kept) shows in that same search within two seconds, and so does a seat taken.
import { randomBytes } from 'node:crypto';
import { requiredTestEnv } from '@pdo/service-kit/testing';
import { childWithActiveCertificate, eventually, publishedProgram } from './family.fixture';
import { errorCodes, graphql, signIn } from './gateway.client';

/** What the catalogue promises: a change shows in every search within this long. */
const PROMISED_MS = 2000;

const suffix = randomBytes(3).toString('hex');
const title = `Свежий кружок керамики ${suffix}`;

const SEARCH = `query ($filter: ProgramSearchFilter!) {
  searchPrograms(filter: $filter, first: 50) { totalCount edges { node { id groups { id seatsLeft } } } }
}`;
type Found = {
  searchPrograms: { totalCount: number; edges: { node: { id: string; groups: { id: string; seatsLeft: number }[] } }[] };
};

/** An anonymous search as a shared cache sees it: a GET with the query in the URL. */
async function anonymousGet(filter: Record<string, unknown>): Promise<{ found: Found; cacheControl: string | null }> {
  const url = new URL(requiredTestEnv('GATEWAY_URL'));
  url.searchParams.set('query', SEARCH);
  url.searchParams.set('variables', JSON.stringify({ filter }));
  // Apollo refuses a GET without a header no browser form sends (CSRF prevention).
  const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
  const body = (await response.json()) as { data?: Found; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return { found: body.data!, cacheControl: response.headers.get('cache-control') };
}

/** Repeats the search until `done`; answers how long it took, or fails after the promised time. */
async function withinPromise(filter: Record<string, unknown>, done: (found: Found) => boolean): Promise<number> {
  const started = Date.now();
  for (;;) {
    const { found } = await anonymousGet(filter);
    const elapsed = Date.now() - started;
    if (done(found)) return elapsed;
    if (elapsed > PROMISED_MS) throw new Error(`still stale after ${elapsed} ms: ${JSON.stringify(found)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const ids = (found: Found) => found.searchPrograms.edges.map((e) => e.node.id);

describe('the cached public catalogue', () => {
  let programId: string;
  let groupId: string;

  it('lets a shared cache keep an anonymous GET a second, and nothing else', async () => {
    const { cacheControl } = await anonymousGet({ text: title });
    expect(cacheControl).toBe('public, max-age=1');

    const post = await fetch(requiredTestEnv('GATEWAY_URL'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SEARCH, variables: { filter: { text: title } } }),
    });
    expect(post.headers.get('cache-control')).toBe('no-store');

    const url = new URL(requiredTestEnv('GATEWAY_URL'));
    url.searchParams.set('query', SEARCH);
    url.searchParams.set('variables', JSON.stringify({ filter: { text: title } }));
    const signedIn = await fetch(url, {
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${await signIn('parent')}` },
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('cache-control')).toBe('no-store');

    // A query with a personal part is never public, whoever asks.
    url.searchParams.set('query', '{ searchPrograms(filter: {}, first: 1) { totalCount } me { id } }');
    url.searchParams.delete('variables');
    const mixed = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(mixed.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a visitor’s repeated search from the gateway’s memory, and never a signed-in person’s', async () => {
    const url = new URL(requiredTestEnv('GATEWAY_URL'));
    url.searchParams.set('query', SEARCH);
    url.searchParams.set('variables', JSON.stringify({ filter: { text: `${title} память` } }));
    const visitor = { 'apollo-require-preflight': 'true' };
    // the gateway marks an answer it kept with its age (RFC 9111), and only such an answer
    expect((await fetch(url, { headers: visitor })).headers.get('age')).toBeNull();
    expect((await fetch(url, { headers: visitor })).headers.get('age')).toMatch(/^\d+$/);

    const parent = { ...visitor, authorization: `Bearer ${await signIn('parent')}` };
    const signedIn = [await fetch(url, { headers: parent }), await fetch(url, { headers: parent })];
    expect(signedIn.map((response) => [response.status, response.headers.get('age')])).toEqual([
      [200, null],
      [200, null],
    ]);
  });

  it('shows a program published after the search was answered within two seconds', async () => {
    // Warm: the search is answered, and kept, before the program exists.
    expect(ids((await anonymousGet({ text: title })).found)).toEqual([]);
    expect(ids((await anonymousGet({ text: title, freeSeatsOnly: true })).found)).toEqual([]);

    ({ programId, groupId } = await publishedProgram(await signIn('provider'), { title, direction: 'arts' }, { seats: 1 }));
    const published = Date.now();
    await withinPromise({ text: title }, (found) => ids(found).includes(programId));
    // the other warmed search, kept by the gateway when it was asked, shows it too
    await withinPromise({ text: title, freeSeatsOnly: true }, (found) => ids(found).includes(programId));
    expect(Date.now() - published).toBeLessThanOrEqual(PROMISED_MS);
  });

  it('shows a seat taken within two seconds: no seats left, and gone from «free seats only»', async () => {
    const parent = await signIn('parent');
    const { childId } = await childWithActiveCertificate(parent, `svezhest-${suffix}@example.ru`, {
      lastName: 'Иванова',
      firstName: 'Вера',
      patronymic: 'Сергеевна',
      sex: 'FEMALE',
      age: 9,
    });
    // Both searches answered, and kept, with the seat still free.
    const seatsLeft = (found: Found) => found.searchPrograms.edges[0]?.node.groups.find((g) => g.id === groupId)?.seatsLeft;
    expect(seatsLeft((await anonymousGet({ text: title })).found)).toBe(1);
    expect(ids((await anonymousGet({ text: title, freeSeatsOnly: true })).found)).toEqual([programId]);

    const requested = await eventually(
      () =>
        graphql<{ requestEnrollment: { id: string } }>(
          'mutation ($input: EnrollmentRequestInput!) { requestEnrollment(input: $input) { id } }',
          { input: { childId, groupId, idempotencyKey: `svezhest-${suffix}`, offerAccepted: true } },
          parent,
        ),
      (r) => !errorCodes(r).includes('CERTIFICATE_NOT_ACTIVE'),
    );
    expect(requested.errors).toBeUndefined();

    const goneFromFree = await withinPromise({ text: title, freeSeatsOnly: true }, (found) => ids(found).length === 0);
    const noSeatsLeft = await withinPromise({ text: title }, (found) => seatsLeft(found) === 0);
    expect(Math.max(goneFromFree, noSeatsLeft)).toBeLessThanOrEqual(PROMISED_MS);
  });
});

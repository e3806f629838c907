// What reaches a client at the HTTP edge of the gateway: malformed, oversized, wrongly typed and otherwise
// refused requests all answer GraphQL-shaped JSON with a stable code and a Russian message.
import { requiredTestEnv } from '@pdo/service-kit/testing';
import { signIn } from './gateway.client';

const gatewayUrl = () => requiredTestEnv('GATEWAY_URL');
const CYRILLIC = /[\u0400-\u04ff]/;

interface Answer {
  status: number;
  codes: string[];
  messages: string[];
}

async function send(init: RequestInit & { url?: string }): Promise<Answer> {
  const response = await fetch(init.url ?? gatewayUrl(), init);
  const text = await response.text();
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get('content-type')).toMatch(/json/);
  expect(text).not.toMatch(/<html|<pre>|node_modules|\/work\/|\bat [\w.]+ \(|INTERNAL_SERVER_ERROR/i);
  const body = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
  const errors = body.errors ?? [];
  for (const error of errors) {
    expect(typeof error.extensions?.code).toBe('string');
    expect(error.message).toMatch(CYRILLIC);
  }
  return {
    status: response.status,
    codes: errors.map((e) => e.extensions?.code ?? ''),
    messages: errors.map((e) => e.message),
  };
}

const postJson = (body: string, headers: Record<string, string> = {}) =>
  send({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const operation = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  postJson(JSON.stringify({ query, variables }), headers);

describe('the gateway’s HTTP edge', () => {
  it('answers malformed JSON with BAD_REQUEST', async () => {
    const answer = await postJson('{"query":"mutation { signIn }", "variables": {');
    expect(answer).toMatchObject({ status: 400, codes: ['BAD_REQUEST'] });
  });

  it('answers a body over 16 MB with PAYLOAD_TOO_LARGE, in JSON', async () => {
    const answer = await operation('query ($q: String!) { certificate(number: $q) { id } }', { q: 'x'.repeat(17 * 1024 * 1024) });
    expect(answer).toMatchObject({ status: 413, codes: ['PAYLOAD_TOO_LARGE'] });
  });

  it('takes a 5 MB variable to the subgraph and back as a refusal, not an internal error', async () => {
    const answer = await operation(
      'mutation ($login: String!) { signIn(input: { login: $login, password: "x" }) { accessToken } }',
      {
        login: 'ы'.repeat(5 * 1024 * 1024),
      },
    );
    expect(answer.codes).toHaveLength(1);
  });

  it('refuses a text/plain POST as possible CSRF, in Russian', async () => {
    const answer = await send({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(answer).toMatchObject({ status: 400, codes: ['BAD_REQUEST'] });
    expect(answer.messages[0]).toMatch(/CSRF/);
  });

  it('refuses batches', async () => {
    expect(await postJson('[{"query":"{ __typename }"},{"query":"{ __typename }"}]')).toMatchObject({
      status: 400,
      codes: ['BAD_REQUEST'],
    });
  });

  it('keeps Apollo’s codes for parse, validation and variable errors, with Russian messages', async () => {
    expect((await operation('{ certificate(number: ')).codes).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect((await operation('{ noSuchField }')).codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect((await operation(`{ ${'__typename '.repeat(20_000)}}`)).codes).toEqual(['GRAPHQL_PARSE_FAILED']);
    const typed = await operation('query ($n: String!) { certificate(number: $n) { id } }', { n: { nested: true } });
    expect(typed.codes).toEqual(['BAD_USER_INPUT']);
    expect(typed.messages[0]).toBe('Переменная $n: недопустимое значение или тип.');
    expect((await operation('query ($n: String!) { certificate(number: $n) { id } }')).codes).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses text no column can store (NUL, half a surrogate pair) before any resolver', async () => {
    const query = 'mutation ($login: String!) { signIn(input: { login: $login, password: "x" }) { accessToken } }';
    for (const login of ['a\u0000b', '\ud800']) {
      expect(await operation(query, { login })).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'] });
    }
    const literal = await operation('mutation { signIn(input: { login: "a\\u0000b", password: "x" }) { accessToken } }');
    expect(literal).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'] });
  });

  it('refuses deep nesting before anything recursive meets it', async () => {
    const deepQuery = `{ ${'certificate(number: "1") { '.repeat(2000)}id${' }'.repeat(2001)}`;
    expect(await operation(deepQuery)).toMatchObject({ status: 400, codes: ['BAD_REQUEST'] });
    const deepValue = `${'['.repeat(5000)}"x"${']'.repeat(5000)}`;
    const body = `{"query":"query ($n: String!) { certificate(number: $n) { id } }","variables":{"n":${deepValue}}}`;
    expect(await postJson(body)).toMatchObject({ status: 400, codes: ['BAD_REQUEST'] });
  });

  it('answers persisted-query requests in Russian', async () => {
    const body = JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    const answer = await postJson(body);
    expect(answer.codes).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('answers unknown paths with 404 and other methods with 405, in JSON', async () => {
    expect(await send({ url: new URL('/wp-login.php', gatewayUrl()).toString() })).toMatchObject({
      status: 404,
      codes: ['NOT_FOUND'],
    });
    expect(await send({ method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' })).toMatchObject({
      status: 405,
    });
  });

  it('refuses kopecks that are not a whole number or past 2^53 with BAD_USER_INPUT', async () => {
    const parent = await signIn('parent');
    const query =
      'query ($c: ID!, $k: Kopecks!) { priceSplit(certificateId: $c, monthlyPriceKopecks: $k, months: 1) { financed } }';
    const certificateId = '00000000-0000-4000-8000-000000000000';
    for (const k of [100.5, 2 ** 53 + 2, '12.5', -0.5]) {
      expect((await operation(query, { c: certificateId, k }, { authorization: `Bearer ${parent}` })).codes).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
    const literal = await operation(
      `{ priceSplit(certificateId: "${certificateId}", monthlyPriceKopecks: 100.5, months: 1) { financed } }`,
      {},
      { authorization: `Bearer ${parent}` },
    );
    expect(literal.codes).toEqual(['BAD_USER_INPUT']);
  });
});

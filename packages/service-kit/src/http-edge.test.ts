import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { BODY_LIMIT_BYTES, edgeErrorHandler, graphqlBody, MAX_NESTING, nestingDepth, notFoundHandler } from './http-edge';

const lines: string[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });

let base = '';
let close: () => void = () => undefined;

beforeAll(async () => {
  const app = express();
  app.use('/graphql', ...graphqlBody(BODY_LIMIT_BYTES), (req, res) => {
    res.json({ received: req.body as unknown });
  });
  app.use(notFoundHandler);
  app.use(edgeErrorHandler(logger));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

const post = (body: string | Buffer, contentType = 'application/json') =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

async function refusal(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const text = await response.text();
  expect(text).not.toMatch(/<html|node_modules|\bat \w|Error:/i);
  const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
  return { status: response.status, code: body.errors[0].extensions.code, message: body.errors[0].message };
}

describe('the HTTP edge', () => {
  it('answers malformed JSON with a GraphQL error and logs nothing of the body', async () => {
    lines.length = 0;
    const answer = await refusal(await post('{"query":"mutation { signIn }","variables":{"password":"canary-пароль-1"'));
    expect(answer).toEqual({ status: 400, code: 'BAD_REQUEST', message: 'Тело запроса не является корректным JSON.' });
    expect(lines.join('')).not.toContain('canary');
    expect(lines.join('')).toContain('entity.parse.failed');
  });

  it('answers a body over the one limit with 413 JSON in Russian', async () => {
    const answer = await refusal(await post(JSON.stringify({ query: 'x'.repeat(BODY_LIMIT_BYTES) })));
    expect(answer.status).toBe(413);
    expect(answer.code).toBe('PAYLOAD_TOO_LARGE');
    expect(answer.message).toMatch(/не более 16 МБ/);
  }, 30_000);

  it('accepts a body just under the limit', async () => {
    const response = await post(JSON.stringify({ query: 'x'.repeat(BODY_LIMIT_BYTES - 100) }));
    expect(response.status).toBe(200);
  }, 30_000);

  it('refuses deep nesting in the body and in the query text before anything recursive sees it', async () => {
    const deep = `${'['.repeat(MAX_NESTING + 1)}${']'.repeat(MAX_NESTING + 1)}`;
    expect((await refusal(await post(`{"variables":{"a":${deep}}}`))).code).toBe('BAD_REQUEST');
    const query = `{${'a{'.repeat(MAX_NESTING + 1)}b${'}'.repeat(MAX_NESTING + 2)}`;
    const answer = await refusal(await post(JSON.stringify({ query })));
    expect(answer.message).toMatch(/вложенность/);
  });

  it('hands other content types on with an empty body, for Apollo to refuse', async () => {
    expect(await (await post('query=1', 'text/plain')).json()).toEqual({ received: {} });
  });

  it('answers unknown paths with 404 JSON', async () => {
    expect(await refusal(await fetch(`${base}/wp-admin`))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });
});

describe('nestingDepth', () => {
  it('counts brackets outside strings only', () => {
    expect(nestingDepth('{"a":[{"b":"[[[[{{{{\\"["}]}')).toBe(3);
    expect(nestingDepth('query { a { b } }')).toBe(2);
  });
});

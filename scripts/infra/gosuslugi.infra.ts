// A local OpenID Connect provider in place of Gosuslugi (ESIA), as the mailbox stands in for SMTP: identity signs
// people in against it through the same authorization-code flow with PKCE it uses with the real ESIA. Instead of
// a password form it shows its demo people; the one chosen is signed in and consents to the scopes asked.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import Provider from 'oidc-provider';
import { GOSUSLUGI_PEOPLE, type GosuslugiPerson } from './gosuslugi/people.ts';

export type GosuslugiOptions = { port: number; clientId: string; clientSecret: string; redirectUri: string };

export type GosuslugiServer = { issuer: string; stop(): Promise<void> };

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const fullName = (person: GosuslugiPerson): string => `${person.family_name} ${person.given_name} ${person.middle_name}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #f4f6fa; }
  main { max-width: 560px; margin: 0 auto; padding: 24px 16px; }
  .note { background: #fff4d6; border: 1px solid #c99a00; padding: 8px 12px; border-radius: 6px; }
  ul { list-style: none; padding: 0; }
  li { background: #fff; border: 1px solid #c6cdd8; border-radius: 8px; padding: 12px 16px; margin: 12px 0; }
  button { font: inherit; padding: 8px 16px; border-radius: 6px; border: 0; background: #0d4cd3; color: #fff; cursor: pointer; }
  button.secondary { background: #fff; color: #0d4cd3; border: 1px solid #0d4cd3; }
  p.about { color: #4a4f57; margin: 4px 0 8px; }
</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

function chooser(uid: string): string {
  const people = GOSUSLUGI_PEOPLE.map(
    (person) => `<li>
  <form method="post" action="/interaction/${escapeHtml(uid)}/login">
    <input type="hidden" name="sub" value="${escapeHtml(person.sub)}">
    <strong>${escapeHtml(fullName(person))}</strong>
    <p class="about">СНИЛС ${escapeHtml(person.snils)}, ${escapeHtml(person.about)}</p>
    <button type="submit" aria-label="Войти как ${escapeHtml(fullName(person))}">Войти</button>
  </form>
</li>`,
  ).join('\n');
  return page(
    'Госуслуги — учебный стенд',
    `<h1>Вход через Госуслуги</h1>
<p class="note">Это учебный стенд для разработки и тестов, а не настоящие Госуслуги. Выберите, кем войти.</p>
<ul>${people}</ul>
<form method="post" action="/interaction/${escapeHtml(uid)}/abort"><button type="submit" class="secondary">Отказаться от входа</button></form>`,
  );
}

async function formBody(request: http.IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return new URLSearchParams(body);
}

export async function startGosuslugi(opts: GosuslugiOptions): Promise<GosuslugiServer> {
  const issuer = `http://127.0.0.1:${opts.port}`;
  // Keys and cookie secrets live only as long as this process: nothing to keep, nothing committed.
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: opts.clientId,
        client_secret: opts.clientSecret,
        redirect_uris: [opts.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: {
      openid: ['sub'],
      profile: ['family_name', 'given_name', 'middle_name'],
      email: ['email', 'email_verified'],
      snils: ['snils'],
    },
    pkce: { required: () => true },
    // seconds; a sign-in takes minutes, and nothing here outlives the process
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    jwks: { keys: [{ ...signingKey, kid: 'local-gosuslugi', use: 'sig', alg: 'RS256' }] },
    findAccount: (_ctx, sub) => {
      const person = GOSUSLUGI_PEOPLE.find((candidate) => candidate.sub === sub);
      if (!person) return undefined;
      const { family_name, given_name, middle_name, email, email_verified, snils } = person;
      return { accountId: sub, claims: () => ({ sub, family_name, given_name, middle_name, email, email_verified, snils }) };
    },
  });
  const handle = provider.callback();

  async function interaction(request: http.IncomingMessage, response: http.ServerResponse, path: string): Promise<void> {
    const details = await provider.interactionDetails(request, response);
    if (request.method === 'GET' && path === `/interaction/${details.uid}`) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(chooser(details.uid));
      return;
    }
    if (request.method === 'POST' && path === `/interaction/${details.uid}/abort`) {
      await provider.interactionFinished(request, response, {
        error: 'access_denied',
        error_description: 'Пользователь отказался от входа',
      });
      return;
    }
    if (request.method === 'POST' && path === `/interaction/${details.uid}/login`) {
      const sub = (await formBody(request)).get('sub');
      const chosen = GOSUSLUGI_PEOPLE.find((candidate) => candidate.sub === sub);
      if (!chosen)
        return void response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Неизвестный человек');
      const clientId = String(details.params.client_id);
      const grant = new provider.Grant({ accountId: chosen.sub, clientId });
      grant.addOIDCScope(String(details.params.scope));
      await provider.interactionFinished(request, response, {
        login: { accountId: chosen.sub },
        consent: { grantId: await grant.save() },
      });
      return;
    }
    response.writeHead(404).end();
  }

  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', issuer).pathname;
    if (!path.startsWith('/interaction/')) return void handle(request, response);
    interaction(request, response, path).catch(() => {
      if (!response.headersSent) {
        response
          .writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
          .end('Вход устарел или уже завершён. Начните вход заново в личном кабинете.');
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${opts.port} for the Gosuslugi stand-in is already in use: stop what uses it, or set ESIA_ISSUER`)
          : error,
      ),
    );
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/* global process, console */
// A real OpenID Connect provider standing in for Gosuslugi in tests. It signs in, without a form, the person
// last posted to /test/person, and answers each authorization with that person's consent to every scope asked.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const { PORT, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI } = process.env;
const issuer = `http://127.0.0.1:${PORT}`;
let person = { sub: 'esia-0' };

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: [REDIRECT_URI],
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
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: ['gosuslugi-test-cookies'] },
  findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => (person.sub === sub ? person : { sub }) }),
});

const server = createServer(async (req, res) => {
  try {
    if (req.method === 'POST' && req.url === '/test/person') {
      let body = '';
      for await (const chunk of req) body += chunk;
      person = JSON.parse(body);
      res.writeHead(204).end();
      return;
    }
    if (req.url?.startsWith('/interaction/')) {
      const details = await provider.interactionDetails(req, res);
      const grant = new provider.Grant({ accountId: person.sub, clientId: details.params.client_id });
      grant.addOIDCScope(details.params.scope);
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { login: { accountId: person.sub }, consent: { grantId } });
      return;
    }
    provider.callback()(req, res);
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});
server.listen(Number(PORT), '127.0.0.1', () => console.log('ready'));

// Logs never hold secrets or personal data. Requests carry canary values (a password, tokens, a document
// number, an e-mail address, a scan) through the gateway, well-formed and malformed, accepted and refused;
// then every log file of the test system is searched for them.
import { randomBytes, randomInt } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { requiredTestEnv } from '@pdo/service-kit/testing';
import { addChildWithBirthCertificate } from './family.fixture';
import { graphql, signIn } from './gateway.client';

const dataDir = join(__dirname, '..', '..', '.data', 'test');
const tag = randomBytes(4).toString('hex');
const PASSWORD = `Канарейка-${tag}-пароль`;
const ACCESS_TOKEN = `eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJjYW5hcnki${tag}.c2lnbmF0dXJl${tag}`;
const API_KEY = `pdo_canary${tag}secret`;
const EMAIL = `canary.${tag}@example.org`;
const DOCUMENT_NUMBER = String(randomInt(100_000, 1_000_000));
/** A PNG whose metadata carries a tag; any base64 slice of it in a log is a leak */
const SCAN_MARK = `scan-canary-${tag}`;

const SIGN_IN =
  'mutation ($login: String!, $password: String!) { signIn(input: { login: $login, password: $password }) { accessToken } }';
const ADD_DOCUMENT = 'mutation ($childId: ID!, $input: DocumentInput!) { addDocument(childId: $childId, input: $input) { id } }';

const raw = (body: string, headers: Record<string, string> = {}) =>
  fetch(requiredTestEnv('GATEWAY_URL'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  }).then((response) => response.text());

/** Every log the test system writes: the processes' own, PostgreSQL's and Kafka's (not Kafka's data). */
async function logFiles(): Promise<string[]> {
  const own = (await readdir(join(dataDir, 'logs'))).map((name) => join(dataDir, 'logs', name));
  return [...own, join(dataDir, 'postgres', 'postgres.log'), join(dataDir, 'kafka', 'kafka.log')];
}

function scanPng(): string {
  // A 1×1 PNG with a tEXt chunk before IEND, which re-encoding drops
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  const text = Buffer.from(`Comment\0${SCAN_MARK}`, 'latin1');
  const typed = Buffer.concat([Buffer.from('tEXt'), text]);
  const chunk = Buffer.concat([Buffer.alloc(4), typed, Buffer.alloc(4)]);
  chunk.writeUInt32BE(text.length, 0);
  chunk.writeUInt32BE(crc32(typed), chunk.length - 4);
  return Buffer.concat([png.subarray(0, png.length - 12), chunk, png.subarray(png.length - 12)]).toString('base64');
}

describe('logs', () => {
  it('hold none of the canaries after accepted, refused and malformed requests', async () => {
    const scan = scanPng();
    const parent = await signIn('parent');
    const document = (number: string, fileName = 'свидетельство.png') => ({
      kind: 'BIRTH_CERTIFICATE',
      series: 'III-ЛО',
      number,
      issuedOn: `${new Date().getUTCFullYear() - 8}-03-01`,
      issuer: 'Отдел ЗАГС г. Киселевска',
      scan: { fileName, contentBase64: scan },
    });
    const { childId } = await addChildWithBirthCertificate(parent, {
      lastName: 'Канарейкин',
      firstName: 'Пётр',
      patronymic: 'Ильич',
      sex: 'MALE',
      age: 8,
    });

    // refused sign-ins, well-formed and not
    await graphql(SIGN_IN, { login: 'canary-login', password: PASSWORD });
    await graphql(SIGN_IN, { login: EMAIL, password: PASSWORD });
    await raw(`{"query":${JSON.stringify(SIGN_IN)},"variables":{"login":"parent","password":"${PASSWORD}"`);
    await raw(JSON.stringify({ query: SIGN_IN, variables: { login: { email: EMAIL }, password: [PASSWORD] } }));
    await raw(
      JSON.stringify({ query: SIGN_IN, variables: { login: 'canary-login', password: PASSWORD, pad: 'x'.repeat(17 << 20) } }),
    );
    let deep: unknown = PASSWORD;
    for (let i = 0; i < 200; i++) deep = [deep];
    await raw(JSON.stringify({ query: SIGN_IN, variables: { login: 'canary-login', password: deep } }));
    await raw(JSON.stringify({ query: SIGN_IN, variables: { login: 'canary-login', password: PASSWORD } }), {
      'content-type': 'text/plain',
    });

    // tokens that are not valid
    await graphql('{ me { id } }', {}, ACCESS_TOKEN);
    await graphql('{ me { id } }', {}, `ApiKey ${API_KEY}`);
    await graphql('mutation ($key: String!) { exchangeApiKey(key: $key) { accessToken } }', { key: API_KEY });
    await graphql(
      'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }',
      { input: { currentPassword: PASSWORD, newPassword: `${PASSWORD}-2` } },
      parent,
    );
    await graphql('mutation ($l: String!) { requestPasswordRecovery(loginOrEmail: $l) }', { l: EMAIL });
    await graphql(
      'mutation ($input: ApplyForCertificateInput!) { applyForCertificate(input: $input) { id } }',
      {
        input: { childId, email: EMAIL },
      },
      parent,
    );

    // a document accepted, then the same one again (a unique violation in PostgreSQL), then malformed
    const added = await graphql(ADD_DOCUMENT, { childId, input: document(DOCUMENT_NUMBER) }, parent);
    expect(added.errors).toBeUndefined();
    await graphql(ADD_DOCUMENT, { childId, input: document(DOCUMENT_NUMBER) }, parent);
    await graphql(
      ADD_DOCUMENT,
      { childId, input: { ...document(DOCUMENT_NUMBER, `${PASSWORD}<img>.png`), issuedOn: 'вчера' } },
      parent,
    );
    await raw(`{"query":${JSON.stringify(ADD_DOCUMENT)},"variables":{"input":{"number":"${DOCUMENT_NUMBER}","scan":"${scan}"`, {
      authorization: `Bearer ${parent}`,
    });

    // pino writes synchronously, PostgreSQL and Kafka within moments
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const canaries = {
      password: PASSWORD,
      'access token': ACCESS_TOKEN.split('.')[1],
      'API key': API_KEY,
      'e-mail': EMAIL,
      'document number': new RegExp(`(?<!\\d)${DOCUMENT_NUMBER}(?!\\d)`),
      scan: scan.slice(40, 80),
      'scan metadata': SCAN_MARK,
    };
    const leaks: string[] = [];
    const files = await logFiles();
    let bytes = 0;
    for (const file of files) {
      const text = await readFile(file, 'utf8').catch(() => '');
      bytes += text.length;
      for (const [what, canary] of Object.entries(canaries)) {
        const found = typeof canary === 'string' ? text.includes(canary) : canary.test(text);
        if (found) leaks.push(`${what} in ${file}`);
      }
    }
    process.stdout.write(
      `log canaries: ${Object.keys(canaries).length} canaries × ${files.length} log files (${bytes} characters): ${leaks.length} leaks\n`,
    );
    expect(bytes).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
  });
});

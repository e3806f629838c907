// Issue 3's "done when": a family's child and documents through the gateway, and who else may read them.
import { requiredTestEnv } from '@pdo/service-kit/testing';
import { errorCodes, graphql, signIn } from './gateway.client';

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const DOCUMENT_FIELDS = 'id childId kind series number issuedOn issuer scan { fileName contentType sizeBytes contentBase64 }';
const CHILD = `query ($id: ID!, $reason: String) { child(id: $id, reason: $reason) { id lastName firstName documents { ${DOCUMENT_FIELDS} } } }`;
const DOCUMENT = `query ($id: ID!) { document(id: $id) { ${DOCUMENT_FIELDS} } }`;

const yearsAgo = (years: number, daysLater = 0) => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() + daysLater);
  return date.toISOString().slice(0, 10);
};

interface DocumentData {
  id: string;
  number: string;
  scan: { contentType: string; contentBase64: string };
}

describe('children and their documents through the gateway (issue 3)', () => {
  it('the owner sees them, another parent and a foreign operator are refused, the right operator reads and is audited', async () => {
    const owner = await signIn('parent2');
    const child = await graphql<{ addChild: { id: string } }>(
      'mutation ($input: ChildInput!) { addChild(input: $input) { id } }',
      {
        input: {
          lastName: 'Петров',
          firstName: 'Степан',
          patronymic: 'Ильич',
          birthDate: yearsAgo(8),
          sex: 'MALE',
          address: 'г. Киселевск, ул. Гагарина, д. 5, кв. 12',
          municipalityCode: '07',
          attendsSchool: true,
        },
      },
      owner,
    );
    expect(child.errors).toBeUndefined();
    const childId = child.data!.addChild.id;

    const added = await graphql<{ addDocument: DocumentData }>(
      `mutation ($childId: ID!, $input: DocumentInput!) { addDocument(childId: $childId, input: $input) { ${DOCUMENT_FIELDS} } }`,
      {
        childId,
        input: {
          kind: 'BIRTH_CERTIFICATE',
          series: 'IV-ЛО',
          number: '735142',
          issuedOn: yearsAgo(8, 20),
          issuer: 'Отдел ЗАГС г. Киселевска',
          scan: { fileName: 'свидетельство.png', contentBase64: PNG_BASE64 },
        },
      },
      owner,
    );
    expect(added.errors).toBeUndefined();
    const documentId = added.data!.addDocument.id;

    const mine = await graphql<{ myChildren: { id: string; documents: { id: string }[] }[] }>(
      '{ myChildren { id documents { id } } }',
      {},
      owner,
    );
    // other tests may give parent2 children too
    expect(mine.data!.myChildren).toContainEqual({ id: childId, documents: [{ id: documentId }] });
    const own = await graphql<{ document: DocumentData }>(DOCUMENT, { id: documentId }, owner);
    expect(own.data!.document).toMatchObject({ number: '735142', scan: { contentType: 'image/png' } });
    expect(own.data!.document.scan.contentBase64).toMatch(/^iVBORw0KGgo/);

    // Another parent: the same FORBIDDEN as for an id that does not exist.
    const stranger = await signIn('parent');
    for (const [query, id] of [
      [CHILD, childId],
      [DOCUMENT, documentId],
      [DOCUMENT, '7a1f6a2e-0000-4000-8000-000000000000'],
    ]) {
      const refused = await graphql(query, { id }, stranger);
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.data ?? null).toBeNull();
    }

    const foreignOperator = await signIn('operator01');
    expect(errorCodes(await graphql(CHILD, { id: childId }, foreignOperator))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(DOCUMENT, { id: documentId }, foreignOperator))).toEqual(['FORBIDDEN']);

    const operator = await signIn('operator');
    const read = await graphql<{ child: { documents: DocumentData[] } }>(
      CHILD,
      { id: childId, reason: 'Проверка заявки на сертификат' },
      operator,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.child.documents).toEqual([expect.objectContaining({ id: documentId, number: '735142' })]);
    expect(read.data!.child.documents[0].scan.contentBase64).toBe(own.data!.document.scan.contentBase64);

    const admin = await signIn('admin');
    const audit = await graphql<{ auditLog: { actorUserId: string; recordId: string; field: string; reason: string }[] }>(
      'query ($recordId: ID) { auditLog(recordId: $recordId) { actorUserId recordId field reason } }',
      { recordId: documentId },
      admin,
    );
    expect(audit.errors).toBeUndefined();
    const me = await graphql<{ me: { id: string } }>('{ me { id } }', {}, operator);
    expect(audit.data!.auditLog.map((entry) => entry.field).sort()).toEqual(['number', 'scan', 'series']);
    for (const entry of audit.data!.auditLog) {
      expect(entry).toMatchObject({ actorUserId: me.data!.me.id, recordId: documentId, reason: 'Проверка заявки на сертификат' });
    }
    expect(errorCodes(await graphql('{ auditLog { id } }', {}, operator))).toEqual(['FORBIDDEN']);
  });

  /** A browser's request: cookies and the address a trusted proxy (here the loopback) reports. */
  async function browser(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
    const response = await fetch(requiredTestEnv('GATEWAY_URL'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: Record<string, { refreshToken?: string | null }>;
      errors?: { extensions?: { code?: string } }[];
    };
    return { body, codes: (body.errors ?? []).map((e) => e.extensions?.code), setCookies: response.headers.getSetCookie() };
  }
  const SIGN_IN =
    'mutation ($login: String!, $password: String!) { signIn(input: { login: $login, password: $password }) { accessToken refreshToken } }';
  const REFRESH = 'mutation { refreshSession { accessToken refreshToken } }';

  it('keeps the refresh token in an httpOnly cookie that the gateway passes both ways', async () => {
    const signedIn = await browser(SIGN_IN, { login: 'finance', password: requiredTestEnv('DEMO_PASSWORD') });
    expect(signedIn.codes).toEqual([]);
    expect(signedIn.body.data!.signIn.refreshToken).toBeNull();
    expect(signedIn.setCookies).toEqual([
      expect.stringMatching(/^pdo_refresh=[\w-]{43}; Max-Age=2592000; Path=\/graphql; HttpOnly; SameSite=Strict$/),
    ]);
    const cookie = signedIn.setCookies[0].split(';')[0];

    const refreshed = await browser(REFRESH, {}, { cookie });
    expect(refreshed.codes).toEqual([]);
    expect(refreshed.setCookies).toHaveLength(1);
    const successor = refreshed.setCookies[0].split(';')[0];
    expect(successor).not.toBe(cookie);
    // a second tab that refreshed with the same cookie at the same moment gets the same successor
    const otherTab = await browser(REFRESH, {}, { cookie });
    expect(otherTab.codes).toEqual([]);
    expect(otherTab.setCookies.map((c) => c.split(';')[0])).toEqual([successor]);
    // once the successor has been exchanged too, the first cookie is a stolen copy: the whole sign-in ends
    const next = await browser(REFRESH, {}, { cookie: successor });
    expect(next.codes).toEqual([]);
    const replayed = await browser(REFRESH, {}, { cookie });
    expect(replayed.codes).toEqual(['REFRESH_TOKEN_REUSED']);
    expect(replayed.setCookies).toEqual([expect.stringMatching(/^pdo_refresh=; Max-Age=0;/)]);
    expect((await browser(REFRESH, {}, { cookie: next.setCookies[0].split(';')[0] })).codes).toEqual(['INVALID_REFRESH_TOKEN']);
  });

  it('throttles sign-in per client address as the trusted proxy reports it', async () => {
    const from = (address: string) => ({ 'x-forwarded-for': address });
    for (let i = 0; i < 30; i += 1) {
      const guess = await browser(SIGN_IN, { login: `perebor-${i}`, password: 'не тот' }, from('198.51.100.23'));
      expect(guess.codes).toEqual(['INVALID_CREDENTIALS']);
    }
    const right = { login: 'provider', password: requiredTestEnv('DEMO_PASSWORD') };
    expect((await browser(SIGN_IN, right, from('198.51.100.23'))).codes).toEqual(['TOO_MANY_ATTEMPTS']);
    expect((await browser(SIGN_IN, right, from('198.51.100.24'))).codes).toEqual([]);
  });
});

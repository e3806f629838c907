// Journey 1 of DOMAIN.md for many parents at once, through the gateway: apply → the confirmation e-mail
// from the real SMTP mailbox → confirm → issue → download the application form PDF.
import { randomBytes } from 'node:crypto';
import { graphql, load, percentile, signIn, sleep, type Benchmark, type BenchContext } from './harness.ts';
import { CONFIRMATION_SUBJECT, confirmationToken, mailWatcher } from './mailbox.ts';

/** a 1×1 PNG: the scan identity requires with a document */
const SCAN_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const STEP_TIMEOUT_MS = 120_000;

const ADD_CHILD = `mutation ($input: ChildInput!) { addChild(input: $input) { id } }`;
const ADD_DOCUMENT = `mutation ($childId: ID!, $input: DocumentInput!) { addDocument(childId: $childId, input: $input) { id } }`;
const GROUPS = `{ municipality(code: "07") { certificateGroups { id name } } }`;
const APPLY = `mutation ($input: ApplyForCertificateInput!) { applyForCertificate(input: $input) { id } }`;
const CONFIRM = `mutation ($token: String!) { confirmEmail(token: $token) { status } }`;
const ISSUE = `mutation ($input: IssueCertificateInput!) { issueCertificate(input: $input) { number } }`;
const APPLICATION_FORM = `query ($id: ID!) { child(id: $id) { applicationForm { url } } }`;

interface Parent {
  login: string;
  auth: Record<string, string>;
  childId: string;
  documentId: string;
  email: string;
}

/** Retries while another service has not yet heard the event this step depends on. */
async function eventually<T>(step: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    try {
      return await step();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(100);
    }
  }
}

/** Parents get accounts the way a school issues them (seeded with the demo parent's password hash), then add a child with a birth certificate through the API. */
async function prepareParents(ctx: BenchContext, count: number): Promise<Parent[]> {
  const run = randomBytes(3).toString('hex');
  const logins = Array.from({ length: count }, (_, i) => `bench-${run}-${i}`);
  await ctx.database('identity').query(
    `INSERT INTO users (login, password_hash, display_name, roles, municipality_code)
     SELECT bench.login, u.password_hash, 'Родитель для замера', u.roles, u.municipality_code
     FROM users u, unnest($1::text[]) AS bench (login) WHERE u.login = 'parent'`,
    [logins],
  );
  const parents: Parent[] = [];
  const prepared = await load({
    concurrency: 8,
    total: count,
    task: async (i) => {
      const login = logins[i] as string;
      const auth = await signIn(ctx, login);
      const { addChild } = await graphql<{ addChild: { id: string } }>(
        ctx.gatewayUrl,
        ADD_CHILD,
        {
          input: {
            lastName: 'Замеров',
            firstName: 'Пётр',
            patronymic: 'Иванович',
            birthDate: '2016-05-10',
            sex: 'MALE',
            address: 'г. Киселевск, ул. Ленина, д. 1, кв. 2',
            municipalityCode: '07',
            attendsSchool: true,
          },
        },
        auth,
      );
      const { addDocument } = await graphql<{ addDocument: { id: string } }>(
        ctx.gatewayUrl,
        ADD_DOCUMENT,
        {
          childId: addChild.id,
          input: {
            kind: 'BIRTH_CERTIFICATE',
            series: 'III-ПО',
            number: String(100000 + i),
            issuedOn: '2016-05-20',
            issuer: 'Отдел ЗАГС г. Киселевска',
            scan: { fileName: 'свидетельство.png', contentBase64: SCAN_PNG },
          },
        },
        auth,
      );
      parents.push({ login, auth, childId: addChild.id, documentId: addDocument.id, email: `${login}@example.ru` });
    },
  });
  if (parents.length < count) {
    throw new Error(`only ${parents.length} of ${count} parents could be prepared: ${prepared.firstError}`);
  }
  return parents;
}

/** The children and documents reach certificates through Kafka; the journey starts once they have. */
async function waitUntilCertificatesKnow(ctx: BenchContext, parents: Parent[]): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const [{ children, documents }] = (
      await ctx.database('certificates').query(
        `SELECT (SELECT count(*)::int FROM children WHERE id = ANY($1::uuid[])) AS children,
                (SELECT count(*)::int FROM child_documents WHERE id = ANY($2::uuid[])) AS documents`,
        [parents.map((p) => p.childId), parents.map((p) => p.documentId)],
      )
    ).rows as [{ children: number; documents: number }];
    if (children === parents.length && documents === parents.length) return;
    if (Date.now() > deadline)
      throw new Error(`certificates knows ${children} children and ${documents} documents of ${parents.length}`);
    await sleep(200);
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

export const benchmark: Benchmark = {
  description: 'N parents at once: apply → confirmation e-mail → confirm → issue → application form PDF, through the gateway',
  needsSystem: true,
  async run(ctx) {
    const flag = ctx.args.find((arg) => arg.startsWith('--parents='));
    const count = flag ? Number(flag.slice('--parents='.length)) : ctx.args.includes('--quick') ? 10 : 50;
    if (!ctx.mailboxUrl) throw new Error('the certificate journey needs the mailbox');
    const parents = await prepareParents(ctx, count);
    await waitUntilCertificatesKnow(ctx, parents);
    ctx.log(`${count} parents with a child and a birth certificate ready`);
    const groups = await graphql<{ municipality: { certificateGroups: { id: string; name: string }[] } }>(ctx.gatewayUrl, GROUPS);
    const group = groups.municipality.certificateGroups.find((g) => g.name === 'Дети в возрасте от 5 до 18 лет');
    if (!group) throw new Error('no default certificate group in 07');

    const mailbox = mailWatcher(ctx.mailboxUrl);
    const steps: Record<'apply' | 'e-mail' | 'confirm' | 'issue' | 'PDF', number[]> = {
      apply: [],
      'e-mail': [],
      confirm: [],
      issue: [],
      PDF: [],
    };
    const timed = async <T>(step: keyof typeof steps, work: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      const result = await work();
      steps[step].push(performance.now() - started);
      return result;
    };
    let pdfBytes = 0;
    const journeys = await load({
      concurrency: count,
      total: count,
      task: async (i) => {
        const parent = parents[i] as Parent;
        const { applyForCertificate } = await timed('apply', () =>
          graphql<{ applyForCertificate: { id: string } }>(
            ctx.gatewayUrl,
            APPLY,
            { input: { childId: parent.childId, email: parent.email } },
            parent.auth,
          ),
        );
        const mail = await timed('e-mail', () => mailbox.waitFor(parent.email, CONFIRMATION_SUBJECT, STEP_TIMEOUT_MS));
        const token = confirmationToken(mail);
        await timed('confirm', () => graphql(ctx.gatewayUrl, CONFIRM, { token }));
        await timed('issue', () =>
          graphql(
            ctx.gatewayUrl,
            ISSUE,
            { input: { applicationId: applyForCertificate.id, groupId: group.id, documentId: parent.documentId } },
            parent.auth,
          ),
        );
        await timed('PDF', () =>
          eventually(async () => {
            const { child } = await graphql<{ child: { applicationForm: { url: string } } }>(
              ctx.gatewayUrl,
              APPLICATION_FORM,
              { id: parent.childId },
              parent.auth,
            );
            const response = await fetch(new URL(child.applicationForm.url, ctx.gatewayUrl));
            const body = Buffer.from(await response.arrayBuffer());
            if (!response.ok || body.subarray(0, 5).toString() !== '%PDF-')
              throw new Error(`PDF download: HTTP ${response.status}`);
            pdfBytes += body.length;
          }),
        );
      },
    });
    // every parent was sent the confirmation and, once the certificate exists, the «issued» letter
    const addresses = parents.map((p) => p.email);
    const expected = 2 * (journeys.count - journeys.errors);
    const deadline = Date.now() + 60_000;
    while ((await mailbox.count(addresses)) < expected && Date.now() < deadline) await sleep(200);
    const delivered = await mailbox.count(addresses);
    await mailbox.stop();

    const rows = Object.entries(steps).map(([step, times]) => {
      const sorted = [...times].sort((a, b) => a - b);
      return { step, count: sorted.length, 'p50 ms': round(percentile(sorted, 0.5)), 'p95 ms': round(percentile(sorted, 0.95)) };
    });
    rows.push({ step: 'whole journey', count: journeys.count, 'p50 ms': journeys.p50, 'p95 ms': journeys.p95 });
    return {
      rows,
      summary: {
        parents: count,
        'journeys completed': journeys.count - journeys.errors,
        'journey errors': journeys.errors,
        'first error': journeys.firstError,
        'journeys/s': round((journeys.count - journeys.errors) / journeys.seconds),
        'journey p50 ms': journeys.p50,
        'journey p95 ms': journeys.p95,
        'seconds for all': journeys.seconds,
        'e-mails delivered (confirmation + issued)': delivered,
        'e-mails expected': expected,
        'average PDF bytes': journeys.count > 0 ? Math.round(pdfBytes / Math.max(1, journeys.count - journeys.errors)) : null,
      },
    };
  },
};

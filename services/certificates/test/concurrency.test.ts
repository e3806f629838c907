import { parseCertificateNumber } from '../src/domain/certificate-number';
import {
  documentOf,
  ENTER,
  groupOf,
  ISSUE,
  operator,
  parent,
  registerChild,
  startHarness,
  type Harness,
} from './certificates.fixture';

describe('issuing certificates concurrently', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.db.drop();
  });

  async function enteredApplication(municipalityCode: string, father = parent(), childId?: string) {
    const child = childId ?? (await registerChild(h.db, { parentIds: [father.userId as string], municipalityCode })).childId;
    const entered = await h.run<{ enterApplication: { id: string } }>(operator(municipalityCode), ENTER, {
      input: { childId: child, parentUserId: father.userId },
    });
    expect(entered.errors).toBeUndefined();
    return {
      father,
      childId: child,
      applicationId: entered.data!.enterApplication.id,
      documentId: await documentOf(h.db, child),
    };
  }

  it('gives 200 parallel issues across 3 municipalities 200 distinct well-formed numbers', async () => {
    const municipalities = ['07', '01', '16'];
    const groups = Object.fromEntries(
      await Promise.all(municipalities.map(async (code) => [code, await groupOf(h.db, code)] as const)),
    );
    const applications: Array<{ code: string } & Awaited<ReturnType<typeof enteredApplication>>> = [];
    for (let i = 0; i < 200; i += 1) {
      const code = municipalities[i % 3] as string;
      applications.push({ code, ...(await enteredApplication(code)) });
    }
    const results = await Promise.all(
      applications.map(({ code, father, applicationId, documentId }) =>
        h.run<{ issueCertificate: { number: string } }>(father, ISSUE, {
          input: { applicationId, groupId: groups[code], documentId },
        }),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const numbers = results.map((r) => r.data!.issueCertificate.number);
    expect(new Set(numbers).size).toBe(200);
    numbers.forEach((number, i) => expect(parseCertificateNumber(number)?.municipalityCode).toBe(applications[i]?.code));
    for (const code of municipalities) {
      const sequences = numbers
        .map(parseCertificateNumber)
        .filter((p) => p?.municipalityCode === code)
        .map((p) => p!.sequence);
      // no number was taken without a certificate: none beyond how many this municipality issued
      expect(Math.max(...sequences)).toBeLessThanOrEqual(sequences.length);
    }
  });

  it('gives two parallel issues for one child exactly one certificate', async () => {
    const father = parent();
    const mother = parent();
    const child = await registerChild(h.db, { parentIds: [father.userId as string, mother.userId as string] });
    const first = await enteredApplication('07', father, child.childId);
    const second = await enteredApplication('07', mother, child.childId);
    const group = await groupOf(h.db, '07');
    const results = await Promise.all(
      [first, second].map(({ father: applicant, applicationId, documentId }) =>
        h.run(applicant, ISSUE, { input: { applicationId, groupId: group, documentId } }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.code)).toEqual(['CERTIFICATE_ALREADY_EXISTS']);
    const rows = (await h.db.dataSource.query('SELECT id FROM certificates WHERE child_id = $1', [child.childId])) as unknown[];
    expect(rows).toHaveLength(1);
  });

  it('gives the same application issued twice at once one certificate', async () => {
    const { father, applicationId, documentId } = await enteredApplication('07');
    const group = await groupOf(h.db, '07');
    const results = await Promise.all(
      [1, 2].map(() => h.run(father, ISSUE, { input: { applicationId, groupId: group, documentId } })),
    );
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.code)).toEqual(['CERTIFICATE_ALREADY_EXISTS']);
  });

  it('answers the 1 000 000th certificate of a municipality with CERTIFICATE_NUMBERS_EXHAUSTED and writes nothing', async () => {
    const { father, applicationId, documentId } = await enteredApplication('19');
    await h.db.dataSource.query(`UPDATE certificate_counters SET last = 999999 WHERE municipality_code = '19'`);
    const refused = await h.run(father, ISSUE, { input: { applicationId, groupId: await groupOf(h.db, '19'), documentId } });
    expect(refused.errors?.map((e) => e.code)).toEqual(['CERTIFICATE_NUMBERS_EXHAUSTED']);
    expect(refused.errors?.[0]?.message).toMatch(/^Номера сертификатов этого муниципалитета закончились/);
    const [counter] = (await h.db.dataSource.query(`SELECT last FROM certificate_counters WHERE municipality_code = '19'`)) as {
      last: number;
    }[];
    expect(counter?.last).toBe(999999);
    // the database holds the limit too, whatever code writes the counter
    await expect(
      h.db.dataSource.query(`UPDATE certificate_counters SET last = last + 1 WHERE municipality_code = '19'`),
    ).rejects.toMatchObject({ driverError: { constraint: 'certificate_counters_last_check' } });
  });
});

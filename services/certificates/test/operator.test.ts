import {
  ACTIVATE,
  ENTER,
  groupOf,
  ISSUE,
  operator,
  parent,
  registerChild,
  startHarness,
  type Harness,
} from './certificates.fixture';

const QUEUE = `query ($first: Int, $after: String) {
  activationQueue(first: $first, after: $after) { totalCount hasNextPage endCursor items { id number status } }
}`;
const CARD = `query ($n: String!) {
  certificate(number: $n) { id child { id } activationChecklist { document label checked } }
}`;

type Queue = { totalCount: number; hasNextPage: boolean; endCursor: string | null; items: { id: string; number: string }[] };

describe("the operator's screens: activation queue and the certificate page", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.db.drop();
  });

  async function issued(municipalityCode: string, attendsSchool = true) {
    const father = parent();
    const child = await registerChild(h.db, { parentIds: [father.userId as string], municipalityCode, attendsSchool });
    const entered = await h.run<{ enterApplication: { id: string } }>(operator(municipalityCode), ENTER, {
      input: { childId: child.childId, parentUserId: father.userId },
    });
    const result = await h.run<{ issueCertificate: { id: string; number: string } }>(father, ISSUE, {
      input: {
        applicationId: entered.data!.enterApplication.id,
        groupId: await groupOf(h.db, municipalityCode),
        documentId: child.documentId,
      },
    });
    expect(result.errors).toBeUndefined();
    return { father, child, certificate: result.data!.issueCertificate };
  }

  async function wholeQueue(viewer: ReturnType<typeof operator>, first: number) {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages += 1) {
      const page: { data?: { activationQueue: Queue } | null; errors?: unknown[] } = await h.run<{ activationQueue: Queue }>(
        viewer,
        QUEUE,
        { first, after },
      );
      expect(page.errors).toBeUndefined();
      const queue = page.data!.activationQueue;
      seen.push(...queue.items.map((item) => item.id));
      if (!queue.hasNextPage) return { ids: seen, totalCount: queue.totalCount };
      after = queue.endCursor;
    }
    throw new Error('the queue never ended');
  }

  it('pages through its own municipality’s not-activated certificates, oldest first, each once', async () => {
    const waiting: string[] = [];
    for (let i = 0; i < 5; i += 1) waiting.push((await issued('16')).certificate.id);
    // issued at once, so that several share a millisecond
    const burst = await Promise.all(Array.from({ length: 12 }, () => issued('16')));
    const activated = waiting.shift() as string;
    await h.run(operator('16'), ACTIVATE, {
      input: { certificateId: activated, checkedDocuments: ['applicant_passport', 'child_document', 'application_form'] },
    });
    await issued('01');

    const { ids, totalCount } = await wholeQueue(operator('16'), 1);
    expect(totalCount).toBe(16);
    expect(ids).toHaveLength(16);
    expect(new Set(ids).size).toBe(16);
    expect(ids.slice(0, 4)).toEqual(waiting);
    expect(ids.slice(4).sort()).toEqual(burst.map((b) => b.certificate.id).sort());
    expect(ids).not.toContain(activated);

    const firstPage = await h.run<{ activationQueue: Queue }>(operator('16'), QUEUE, { first: 3 });
    expect(firstPage.data?.activationQueue).toMatchObject({ totalCount: 16, hasNextPage: true });
    expect(firstPage.data?.activationQueue.items.map((item) => item.id)).toEqual(waiting.slice(0, 3));
    expect((await wholeQueue(operator('16'), 5)).ids).toEqual(ids);
  });

  it('shows another municipality nothing, refuses parents, a bad cursor and a bad page size', async () => {
    const { certificate } = await issued('20');
    const other = await h.run<{ activationQueue: Queue }>(operator('21'), QUEUE, {});
    expect(other.data?.activationQueue.items.map((item) => item.id)).not.toContain(certificate.id);
    expect((await h.run(parent(), QUEUE, {})).errors?.[0]?.code).toBe('FORBIDDEN');
    expect((await h.run(operator('20'), QUEUE, { after: 'not-a-cursor' })).errors?.[0]?.code).toBe('BAD_USER_INPUT');
    expect((await h.run(operator('20'), QUEUE, { first: 0 })).errors?.[0]?.code).toBe('BAD_USER_INPUT');
    expect((await h.run(operator('20'), QUEUE, { first: 101 })).errors?.[0]?.code).toBe('BAD_USER_INPUT');
  });

  it('lists the documents to bring, proof of residence only outside school, and marks them when checked', async () => {
    const home = await issued('07', false);
    const pupil = await issued('07', true);
    type Card = {
      certificate: { child: { id: string }; activationChecklist: { document: string; label: string; checked: boolean }[] };
    };
    const card = async (number: string, viewer = operator('07')) =>
      (await h.run<Card>(viewer, CARD, { n: number })).data!.certificate;

    const homeCard = await card(home.certificate.number);
    expect(homeCard.child).toEqual({ id: home.child.childId });
    expect(homeCard.activationChecklist.map((item) => item.document)).toEqual([
      'applicant_passport',
      'child_document',
      'application_form',
      'residence_proof',
    ]);
    expect(homeCard.activationChecklist.every((item) => !item.checked && item.label.length > 0)).toBe(true);
    expect((await card(pupil.certificate.number)).activationChecklist.map((item) => item.document)).not.toContain(
      'residence_proof',
    );
    // the parent sees the same list for their certificate
    expect((await card(pupil.certificate.number, pupil.father)).activationChecklist).toHaveLength(3);

    await h.run(operator('07'), ACTIVATE, {
      input: {
        certificateId: home.certificate.id,
        checkedDocuments: ['applicant_passport', 'child_document', 'application_form', 'residence_proof'],
      },
    });
    expect((await card(home.certificate.number)).activationChecklist.every((item) => item.checked)).toBe(true);
    // another municipality's operator gets what a number never issued gets
    expect(await h.run(operator('01'), CARD, { n: home.certificate.number })).toEqual({ data: { certificate: null } });
  });
});

// Issue 5's journey through the gateway: a provider's system publishes a program with an API key, the
// operator certifies it, the catalogue finds it under a typo and under filters, a parent with an active
// certificate enrols a child, the provider accepts, and the contract e-mail with its PDF arrives.
import { randomBytes } from 'node:crypto';
import { childWithActiveCertificate, eventually } from './family.fixture';
import { errorCodes, graphql, signIn } from './gateway.client';
import { waitForMail } from './mailbox.client';

const suffix = randomBytes(3).toString('hex');
const program = {
  title: `Робототехника и конструирование ${suffix}`,
  description: 'Собираем и программируем роботов, готовимся к соревнованиям по робототехнике.',
  direction: 'technical',
  registry: 'certified',
  municipalityCode: '07',
  address: 'г. Киселевск, ул. Ленина, 30',
  format: 'in_person',
  minAge: 5,
  maxAge: 18,
  durationMonths: 9,
  hours: 144,
  monthlyPriceKopecks: 120000,
};
const group = (teacher: string, daysOfWeek: number[]) => ({
  teacher,
  daysOfWeek,
  startTime: '15:00',
  endTime: '16:30',
  seats: 10,
  startDate: '2027-09-01',
  endDate: '2028-05-31',
});

type Enrollment = { id: string; status: string; rejectionCode: string | null };

describe('the navigator journey (issue 5)', () => {
  it('publish with an API key, certify, find under a typo and filters, enrol, accept, and the contract arrives', async () => {
    // A provider's own system, with its API key, creates the program with two groups and submits it.
    const created = await graphql<{ createApiKey: { key: string } }>(
      'mutation { createApiKey(name: "Учётная система ДДТ") { key } }',
      {},
      await signIn('provider'),
    );
    expect(created.errors).toBeUndefined();
    const apiKey = `ApiKey ${created.data!.createApiKey.key}`;
    const made = await graphql<{ createProgram: { id: string } }>(
      'mutation ($input: ProgramInput!, $key: String) { createProgram(input: $input, idempotencyKey: $key) { id } }',
      { input: program, key: `journey-${suffix}` },
      apiKey,
    );
    expect(made.errors).toBeUndefined();
    const programId = made.data!.createProgram.id;
    const addGroup =
      'mutation ($id: ID!, $input: GroupInput!, $key: String) { addGroup(programId: $id, input: $input, idempotencyKey: $key) { id } }';
    const groupIds: string[] = [];
    for (const [index, input] of [group('Петров И. С.', [2, 4]), group('Сидорова А. В.', [6])].entries()) {
      const added = await graphql<{ addGroup: { id: string } }>(
        addGroup,
        { id: programId, input, key: `g${index}-${suffix}` },
        apiKey,
      );
      expect(added.errors).toBeUndefined();
      groupIds.push(added.data!.addGroup.id);
    }
    const submit = 'mutation ($id: ID!) { submitProgram(id: $id) { status } }';
    expect((await graphql<{ submitProgram: { status: string } }>(submit, { id: programId }, apiKey)).data).toEqual({
      submitProgram: { status: 'on_review' },
    });

    // Not in the catalogue before the operator certifies it; then it is.
    const search = `query ($filter: ProgramSearchFilter!, $sort: String) {
      searchPrograms(filter: $filter, first: 50, sort: $sort) { edges { node { id groups { id seatsLeft } } } } }`;
    type Found = { searchPrograms: { edges: { node: { id: string; groups: { id: string; seatsLeft: number }[] } }[] } };
    const found = async (filter: Record<string, unknown>, sort?: string) =>
      ((await graphql<Found>(search, { filter, sort })).data?.searchPrograms.edges ?? []).map((e) => e.node);
    expect((await found({ text: program.title })).map((p) => p.id)).not.toContain(programId);
    const approved = await graphql<{ approveProgram: { status: string } }>(
      'mutation ($id: ID!) { approveProgram(id: $id) { status } }',
      { id: programId },
      await signIn('operator'),
    );
    expect(approved.data?.approveProgram.status).toBe('published');

    // A typo, word forms and filters find it; filters that exclude it do.
    const ids = async (filter: Record<string, unknown>, sort?: string) => (await found(filter, sort)).map((p) => p.id);
    expect(await ids({ text: 'роботехника' })).toContain(programId);
    expect(await ids({ text: 'конструированию роботов' })).toContain(programId);
    const filters = {
      text: 'роботехника',
      municipalityCode: '07',
      direction: 'technical',
      childAge: 10,
      dayOfWeek: 6,
      maxPriceKopecks: 120000,
      freeSeatsOnly: true,
      payableByCertificate: true,
    };
    expect(await ids(filters, 'price')).toContain(programId);
    expect(await ids({ ...filters, dayOfWeek: 7 })).not.toContain(programId);
    expect(await ids({ ...filters, maxPriceKopecks: 119999 })).not.toContain(programId);
    expect(await ids({ ...filters, municipalityCode: '01' })).not.toContain(programId);
    expect(await ids({ ...filters, direction: 'arts' })).not.toContain(programId);

    // The demo parent's child gets an active certificate.
    const parent = await signIn('parent');
    const email = `roditel-${suffix}@example.ru`;
    const { childId, number: certificateNumber } = await childWithActiveCertificate(parent, email, {
      lastName: 'Иванов',
      firstName: 'Фёдор',
      patronymic: 'Сергеевич',
      sex: 'MALE',
      age: 10,
    });

    // The parent enrols into the Saturday group once navigator has heard of the active certificate.
    const request = 'mutation ($input: EnrollmentRequestInput!) { requestEnrollment(input: $input) { id status } }';
    // Without the contract offer accepted the request is refused in its input, and no seat is taken.
    for (const offerAccepted of [undefined, false]) {
      const refused = await graphql(request, { input: { childId, groupId: groupIds[1], offerAccepted } }, parent);
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0]!.extensions).toMatchObject({ field: 'offerAccepted' });
      expect(refused.errors![0]!.message).toContain('договор-оферту');
    }
    const requested = await eventually(
      () =>
        graphql<{ requestEnrollment: Enrollment }>(
          request,
          { input: { childId, groupId: groupIds[1], idempotencyKey: `enrol-${suffix}`, offerAccepted: true } },
          parent,
        ),
      (r) => !errorCodes(r).includes('CERTIFICATE_NOT_ACTIVE'),
    );
    expect(requested.errors).toBeUndefined();
    const enrollmentId = requested.data!.requestEnrollment.id;
    const seatsLeft = async () =>
      (await found({ text: program.title })).find((p) => p.id === programId)?.groups.find((g) => g.id === groupIds[1])?.seatsLeft;
    // the same search was answered, and kept by the gateway for its max-age, before the program was published
    const deadline = Date.now() + 2000;
    while ((await seatsLeft()) !== 9 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await seatsLeft()).toBe(9);

    // Billing reserves the certificate's money; the request reaches the provider's inbox.
    const mine = await eventually(
      () => graphql<{ myEnrollments: Enrollment[] }>('{ myEnrollments { id status rejectionCode } }', {}, parent),
      (r) => r.data?.myEnrollments.find((e) => e.id === enrollmentId)?.status !== 'awaiting_funds',
    );
    expect(mine.data!.myEnrollments.find((e) => e.id === enrollmentId)).toEqual({
      id: enrollmentId,
      status: 'pending_provider',
      rejectionCode: null,
    });
    // The parent's consent is on record as the accepted offer.
    const consent = await graphql<{ myEnrollments: { id: string; consent: { method: string; methodLabel: string } | null }[] }>(
      '{ myEnrollments { id consent { method methodLabel } } }',
      {},
      parent,
    );
    expect(consent.data!.myEnrollments.find((e) => e.id === enrollmentId)?.consent).toEqual({
      method: 'offer_accepted',
      methodLabel: 'родитель принял договор-оферту в навигаторе',
    });
    const inbox = await graphql<{ providerEnrollments: { id: string }[] }>(
      '{ providerEnrollments(status: "pending_provider") { id } }',
      {},
      apiKey,
    );
    expect(inbox.data!.providerEnrollments.map((e) => e.id)).toContain(enrollmentId);

    // The provider's system accepts; the parent sees it, and the contract e-mail with its PDF arrives.
    const accepted = await graphql<{ acceptEnrollment: Enrollment }>(
      'mutation ($id: ID!) { acceptEnrollment(id: $id) { id status } }',
      { id: enrollmentId },
      apiKey,
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptEnrollment.status).toBe('accepted');
    const contract = await waitForMail(email, /^Заявка принята: договор № .+ «Робототехника и конструирование/);
    expect(contract.subject).toContain(program.title);
    expect(contract.text).toContain(certificateNumber);
    expect(contract.text).toContain('1 200,00 руб.');
    expect(contract.attachments).toEqual([expect.objectContaining({ contentType: 'application/pdf' })]);
    expect(contract.attachments[0]!.size).toBeGreaterThan(1000);

    // A second request for the same program is refused with its code.
    const again = await graphql(request, { input: { childId, groupId: groupIds[0], offerAccepted: true } }, parent);
    expect(errorCodes(again)).toEqual(['ALREADY_ENROLLED']);
  });
});

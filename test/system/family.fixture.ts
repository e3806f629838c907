// What several system tests need before their own journey: a new child of a parent with a birth
// certificate, and that child's certificate issued and activated. A new child per test keeps tests apart.
import { randomInt } from 'node:crypto';
import { graphql, signIn, type GraphQLResult } from './gateway.client';
import { waitForMail } from './mailbox.client';

/** A 1×1 PNG: the smallest scan identity accepts. */
export const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Retries while another service has not yet heard of what this one just did (events travel through Kafka). */
export async function eventually<T>(attempt: () => Promise<GraphQLResult<T>>, done: (r: GraphQLResult<T>) => boolean) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const result = await attempt();
    if (done(result) || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** A passport's `DocumentInput` with its scan, issued on the day given (ГГГГ-ММ-ДД). */
export const passportInput = (issuedOn: string) => ({
  kind: 'PASSPORT',
  series: '3225',
  number: String(randomInt(100000, 1000000)),
  issuedOn,
  issuer: 'ГУ МВД России по Кемеровской области — Кузбассу',
  divisionCode: '420-007',
  scan: { fileName: 'паспорт.png', contentBase64: PNG_BASE64 },
});

export type NewChild = {
  lastName: string;
  firstName: string;
  patronymic: string;
  sex: 'MALE' | 'FEMALE';
  /** full years today; the birthday falls in February, before any test's school year matters */
  age: number;
};

/** Where the child lives, and the demo МОЦ operator who activates certificates there. */
export type Residence = { municipalityCode: string; address: string; operator: string };
export const KISELEVSK: Residence = {
  municipalityCode: '07',
  address: 'г. Киселевск, ул. Ленина, д. 12, кв. 4',
  operator: 'operator',
};
export const KEMEROVO: Residence = {
  municipalityCode: '01',
  address: 'г. Кемерово, пр. Советский, д. 5, кв. 10',
  operator: 'operator01',
};

/** Adds the child (in Киселевск unless told) with a birth certificate and its scan; returns both ids. */
export async function addChildWithBirthCertificate(
  parent: string,
  child: NewChild,
  residence: Residence = KISELEVSK,
): Promise<{ childId: string; documentId: string }> {
  const birthYear = new Date().getUTCFullYear() - child.age - (new Date().getUTCMonth() < 2 ? 1 : 0);
  const added = await graphql<{ addChild: { id: string } }>(
    'mutation ($input: ChildInput!) { addChild(input: $input) { id } }',
    {
      input: {
        lastName: child.lastName,
        firstName: child.firstName,
        patronymic: child.patronymic,
        birthDate: `${birthYear}-02-11`,
        sex: child.sex,
        address: residence.address,
        municipalityCode: residence.municipalityCode,
        attendsSchool: true,
      },
    },
    parent,
  );
  expect(added.errors).toBeUndefined();
  const childId = added.data!.addChild.id;
  const document = await graphql<{ addDocument: { id: string } }>(
    'mutation ($childId: ID!, $input: DocumentInput!) { addDocument(childId: $childId, input: $input) { id } }',
    {
      childId,
      input: {
        kind: 'BIRTH_CERTIFICATE',
        series: 'III-ЛО',
        number: String(randomInt(100000, 1000000)),
        issuedOn: `${birthYear}-03-01`,
        issuer: 'Отдел ЗАГС г. Киселевска',
        scan: { fileName: 'свидетельство.png', contentBase64: PNG_BASE64 },
      },
    },
    parent,
  );
  expect(document.errors).toBeUndefined();
  return { childId, documentId: document.data!.addDocument.id };
}

/** The default certificate group of a municipality (Киселевск unless told). */
export async function defaultGroupId(municipalityCode = '07'): Promise<string> {
  const groups = await graphql<{ municipality: { certificateGroups: { id: string; name: string }[] } }>(
    'query ($code: String!) { municipality(code: $code) { certificateGroups { id name } } }',
    { code: municipalityCode },
  );
  return groups.data!.municipality.certificateGroups.find((g) => g.name === 'Дети в возрасте от 5 до 18 лет')!.id;
}

/** Journey 1 shortened for a child with a document: apply, confirm the e-mail, issue, and activate as the operator. */
export async function activeCertificateFor(
  parent: string,
  email: string,
  { childId, documentId }: { childId: string; documentId: string },
  residence: Residence = KISELEVSK,
): Promise<{ certificateId: string; number: string; applicationId: string }> {
  const applied = await eventually(
    () =>
      graphql<{ applyForCertificate: { id: string } }>(
        'mutation ($input: ApplyForCertificateInput!) { applyForCertificate(input: $input) { id } }',
        { input: { childId, email } },
        parent,
      ),
    (r) => Boolean(r.data?.applyForCertificate),
  );
  expect(applied.errors).toBeUndefined();
  const applicationId = applied.data!.applyForCertificate.id;
  const mail = await waitForMail(email, 'Заявка на сертификат ПДО. Подтверждение электронной почты');
  const token = /[?&]token=([\w-]+)/.exec(mail.text)?.[1];
  expect((await graphql('mutation ($token: String!) { confirmEmail(token: $token) { id } }', { token })).errors).toBeUndefined();
  const groupId = await defaultGroupId(residence.municipalityCode);
  // The document reaches certificates through Kafka: until then it is not known to be the child's.
  const issued = await eventually(
    () =>
      graphql<{ issueCertificate: { id: string; number: string } }>(
        'mutation ($input: IssueCertificateInput!) { issueCertificate(input: $input) { id number } }',
        { input: { applicationId, groupId, documentId } },
        parent,
      ),
    (r) => Boolean(r.data?.issueCertificate),
  );
  expect(issued.errors).toBeUndefined();
  const { id: certificateId, number } = issued.data!.issueCertificate;
  const activated = await graphql(
    'mutation ($input: ActivateCertificateInput!) { activateCertificate(input: $input) { status } }',
    { input: { certificateId, checkedDocuments: ['applicant_passport', 'child_document', 'application_form'] } },
    await signIn(residence.operator),
  );
  expect(activated.errors).toBeUndefined();
  return { certificateId, number, applicationId };
}

/** A new child with a birth certificate, and that child's certificate issued and activated. */
export async function childWithActiveCertificate(
  parent: string,
  email: string,
  child: NewChild,
  residence: Residence = KISELEVSK,
): Promise<{ childId: string; certificateId: string; number: string }> {
  const documented = await addChildWithBirthCertificate(parent, child, residence);
  const { certificateId, number } = await activeCertificateFor(parent, email, documented, residence);
  return { childId: documented.childId, certificateId, number };
}

/** The fields of `ProgramInput` and `GroupInput` the tests choose; the rest keep the defaults below. */
export type ProgramFields = {
  title: string;
  description: string;
  direction: string;
  registry: string;
  municipalityCode: string;
  address: string;
  durationMonths: number;
  hours: number;
  monthlyPriceKopecks: number;
};
export type GroupFields = {
  teacher: string;
  daysOfWeek: number[];
  startTime: string;
  endTime: string;
  seats: number;
  startDate: string;
  endDate: string;
};

/** The school year (its September's year) the tests' groups run in. */
const schoolYear = (() => {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Novokuznetsk' });
  return Number(today.slice(5, 7)) >= 9 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
})();

/** A whole `ProgramInput`: an in-person program in Киселевск unless told. */
export const programInput = (program: Partial<ProgramFields> = {}) => ({
  title: `Кружок ${randomInt(100000, 1000000)}`,
  description: 'Занятия для детей: теория и практика.',
  direction: 'arts',
  registry: 'certified',
  municipalityCode: KISELEVSK.municipalityCode,
  address: 'г. Киселевск, ул. Ленина, 30',
  format: 'in_person',
  minAge: 5,
  maxAge: 18,
  durationMonths: 9,
  hours: 36,
  monthlyPriceKopecks: 100_000,
  ...program,
});

/**
 * A provider publishes a program with one group (in Киселевск, this school year, unless told), submits it,
 * and the МОЦ operator of its municipality certifies it.
 */
export async function publishedProgram(
  provider: string,
  program: Partial<ProgramFields> = {},
  group: Partial<GroupFields> = {},
  operator = program.municipalityCode === KEMEROVO.municipalityCode ? KEMEROVO.operator : KISELEVSK.operator,
): Promise<{ programId: string; groupId: string }> {
  const made = await graphql<{ createProgram: { id: string } }>(
    'mutation ($input: ProgramInput!) { createProgram(input: $input) { id } }',
    { input: programInput(program) },
    provider,
  );
  expect(made.errors).toBeUndefined();
  const programId = made.data!.createProgram.id;
  const added = await graphql<{ addGroup: { id: string } }>(
    'mutation ($id: ID!, $input: GroupInput!) { addGroup(programId: $id, input: $input) { id } }',
    {
      id: programId,
      input: {
        teacher: 'Кузнецова Е. А.',
        daysOfWeek: [2],
        startTime: '15:00',
        endTime: '16:00',
        seats: 5,
        startDate: `${schoolYear}-09-01`,
        endDate: `${schoolYear + 1}-05-31`,
        ...group,
      },
    },
    provider,
  );
  expect(added.errors).toBeUndefined();
  expect(
    (await graphql('mutation ($id: ID!) { submitProgram(id: $id) { id } }', { id: programId }, provider)).errors,
  ).toBeUndefined();
  const approved = await graphql(
    'mutation ($id: ID!) { approveProgram(id: $id) { status } }',
    { id: programId },
    await signIn(operator),
  );
  expect(approved.errors).toBeUndefined();
  return { programId, groupId: added.data!.addGroup.id };
}

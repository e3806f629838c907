// Issue 10's sheet and price explanation through the gateway, where they cross services: billing's lines name
// the child (identity, for the provider the child applied to, audited), the program and group (navigator);
// the parent's split names the request that holds the balance. Nothing is reported: the demo provider's
// invoice of this month stays the other tests'; the program is in Киселевск, whose quota stays open.
import { randomBytes, randomInt } from 'node:crypto';
import { eventually as until } from '@pdo/service-kit/testing';
import { childWithActiveCertificate, eventually, KISELEVSK, publishedProgram } from './family.fixture';
import { errorCodes, graphql, signIn } from './gateway.client';

const suffix = randomBytes(3).toString('hex');
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Novokuznetsk' });
const thisMonth = today.slice(0, 7);
const letters = 'абвгдежзиклмнопрстуфхцчшэюя';
const lastName = `Табель${Array.from({ length: 5 }, () => letters[randomInt(letters.length)]).join('')}ова`;
/** 9 months of it fit in any normative the other tests set for Киселевск */
const PRICE = 10_000;

type Hold = { program: { title: string } | null; status: string; heldKopecks: number; freedOn: string | null };
type Explained = { coPaymentFromMonth: number | null; takesWholeBalance: boolean; holds: Hold[] };
const PRICE_FOR = `query ($id: ID!, $childId: ID!) { program(id: $id) { priceFor(childId: $childId) {
  coPaymentFromMonth takesWholeBalance holds { program { title } status heldKopecks freedOn } } } }`;
const SHEET = `query ($month: String!) { monthReportSheet(month: $month) {
  enrollmentId child { lastName firstName patronymic } certificateNumber program { title } group { teacher }
  chargeable refusalCode certificateKopecks coPaymentKopecks } }`;

describe('the provider’s sheet and the parent’s price explanation through the gateway (issue 10)', () => {
  it('names the child to the provider only, and names the request that holds the parent’s balance', async () => {
    const parent = await signIn('parent');
    const provider = await signIn('provider');
    const { childId, number } = await childWithActiveCertificate(
      parent,
      `sheet-${suffix}@example.ru`,
      { lastName, firstName: 'Ольга', patronymic: 'Павловна', sex: 'FEMALE', age: 10 },
      KISELEVSK,
    );

    const title = `Хор «Звонкие голоса» ${suffix}`;
    const { programId, groupId } = await publishedProgram(
      provider,
      { title, description: 'Вокал и хоровое пение для детей.', monthlyPriceKopecks: PRICE },
      { teacher: 'Соколова Н. В.', daysOfWeek: [3] },
    );

    const requested = await eventually(
      () =>
        graphql<{ requestEnrollment: { id: string } }>(
          'mutation ($input: EnrollmentRequestInput!) { requestEnrollment(input: $input) { id } }',
          { input: { childId, groupId, idempotencyKey: `sheet-${suffix}`, offerAccepted: true } },
          parent,
        ),
      (r) => !errorCodes(r).includes('CERTIFICATE_NOT_ACTIVE'),
    );
    expect(requested.errors).toBeUndefined();
    const enrollmentId = requested.data!.requestEnrollment.id;
    await until(
      'billing reserves the money',
      () => graphql<{ myEnrollments: { id: string; status: string }[] }>('{ myEnrollments { id status } }', {}, parent),
      (r) => r.data?.myEnrollments.find((e) => e.id === enrollmentId)?.status === 'pending_provider',
      60_000,
    );

    // The parent, before enrolling again, sees the request that holds the balance, by the program's name.
    const explained = await graphql<{ program: { priceFor: Explained } }>(PRICE_FOR, { id: programId, childId }, parent);
    expect(explained.errors).toBeUndefined();
    expect(explained.data!.program.priceFor.holds).toEqual([
      { program: { title }, status: 'requested', heldKopecks: 9 * PRICE, freedOn: null },
    ]);

    expect(
      (await graphql('mutation ($id: ID!) { acceptEnrollment(id: $id) { status } }', { id: enrollmentId }, provider)).errors,
    ).toBeUndefined();

    // The provider's sheet of this month: the child by name, the certificate, the program and group, what it charges.
    type Line = { enrollmentId: string; child: Record<string, string> | null; chargeable: boolean } & Record<string, unknown>;
    const sheet = await until(
      'the sheet names the child once identity and billing have the enrolment',
      () => graphql<{ monthReportSheet: Line[] }>(SHEET, { month: thisMonth }, provider),
      (r) => {
        const line = r.data?.monthReportSheet.find((l) => l.enrollmentId === enrollmentId);
        return line?.child !== null && line?.child !== undefined;
      },
      60_000,
    );
    const line = sheet.data!.monthReportSheet.find((l) => l.enrollmentId === enrollmentId)!;
    expect([null, 'MONTH_ALREADY_INVOICED']).toContain(line.refusalCode);
    expect(line).toEqual({
      enrollmentId,
      child: { lastName, firstName: 'Ольга', patronymic: 'Павловна' },
      certificateNumber: number,
      program: { title },
      group: { teacher: 'Соколова Н. В.' },
      // chargeable, unless another test already invoiced the demo provider's month in Киселевск: the sheet says so
      chargeable: line.refusalCode === null,
      refusalCode: line.refusalCode,
      certificateKopecks: PRICE,
      coPaymentKopecks: 0,
    });

    // The provider's read of the name is in identity's audit log; the finance officer may not read the sheet.
    const audit = await graphql<{ auditLog: { recordType: string; field: string; actorRoles: string[] }[] }>(
      'query ($recordId: ID) { auditLog(recordId: $recordId) { recordType field actorRoles } }',
      { recordId: childId },
      await signIn('admin'),
    );
    expect(audit.data!.auditLog).toContainEqual({ recordType: 'child', field: 'name', actorRoles: ['provider_staff'] });
    expect(errorCodes(await graphql(SHEET, { month: thisMonth }, await signIn('finance')))).toEqual(['FORBIDDEN']);
  });
});

// Issue 12: a МОЦ operator enrols a child on the parent's written consent. The parent never saw the contract offer
// on a screen, so the «заявка получена» letter and «Мои записи» say who entered it, on what consent, and on the
// offer's terms, and how to refuse it; at desktop and phone sizes.
import { randomBytes } from 'node:crypto';
import { childWithActiveCertificate, eventually, publishedProgram } from '../../test/system/family.fixture';
import { errorCodes, graphql, signIn as apiSignIn } from '../../test/system/gateway.client';
import { waitForMail } from '../../test/system/mailbox.client';
import { checkA11y, checkOnPhone, launchBrowser, screenshot, signedInPage, type BrowserSession } from './harness';

describe('an enrolment a МОЦ operator enters on the parent’s consent', () => {
  const suffix = randomBytes(3).toString('hex');
  // titled after «Робототехника для начинающих», which foundation.test.ts finds among the first ten programs by title
  const title = `Студия керамики ${suffix}`;
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('tells the parent by letter and on «Мои записи» on what consent and terms it was entered, and how to refuse it', async () => {
    const parent = await apiSignIn('parent');
    const email = `soglasie-${suffix}@example.ru`;
    const { childId } = await childWithActiveCertificate(parent, email, {
      lastName: 'Громова',
      firstName: 'Алиса',
      patronymic: 'Игоревна',
      sex: 'FEMALE',
      age: 10,
    });
    const { groupId } = await publishedProgram(await apiSignIn('provider'), { title, monthlyPriceKopecks: 120_050 });
    const me = await graphql<{ me: { id: string } }>('{ me { id } }', {}, parent);
    const consentGivenAt = new Date(Date.now() - 3_600_000).toISOString();
    const operator = await apiSignIn('operator');
    const entered = await eventually(
      () =>
        graphql<{ enrollOnBehalf: { id: string } }>(
          'mutation ($input: StaffEnrollmentInput!) { enrollOnBehalf(input: $input) { id } }',
          {
            input: {
              childId,
              groupId,
              parentUserId: me.data!.me.id,
              consentMethod: 'written',
              consentGivenAt,
              consentDocument: `Заявление № ${suffix}`,
            },
          },
          operator,
        ),
      // the certificate's activation reaches navigator through Kafka
      (r) => !errorCodes(r).includes('CERTIFICATE_NOT_ACTIVE'),
    );
    expect(entered.errors).toBeUndefined();

    const letter = await waitForMail(email, `Заявка на обучение по программе «${title}» получена`);
    expect(letter.text).toContain('Заявку внёс сотрудник МОЦ или организации по вашему письменному заявлению от');
    expect(letter.text).toContain('на условиях договора-оферты организации: обучение 9 мес., стоимость 1 200,50');
    expect(letter.text).toContain('отзовите её в личном кабинете («Отозвать заявку»)');

    const page = await signedInPage(session, 'parent');
    await page.getByRole('link', { name: 'Мои записи' }).click();
    const card = page.getByRole('article', { name: title });
    await card.getByText('Заявку внёс сотрудник с вашего согласия (письменное заявление родителя,').waitFor();
    await card.getByText('на условиях договора-оферты организации. Если вы не давали согласия, отзовите заявку').waitFor();
    await screenshot(page, 'enrollment-entered-by-staff');
    await checkA11y(page);
    await checkOnPhone(page, 'enrollment-entered-by-staff');

    // the parent who did not ask refuses it there
    await card.getByRole('button', { name: 'Отозвать заявку' }).click();
    await card.getByText('Отозвана').waitFor();
  });
});

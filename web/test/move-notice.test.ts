// A parent who moves the child to another municipality sees on the certificate card that the move waits for
// the new МОЦ, and that the certificate and the payments stay where they were until then.
import { randomBytes } from 'node:crypto';
import { childWithActiveCertificate, KEMEROVO } from '../../test/system/family.fixture';
import { signIn as apiSignIn } from '../../test/system/gateway.client';
import {
  checkA11y,
  checkOnPhone,
  launchBrowser,
  requiredEnv,
  screenshot,
  signedInPage,
  uniqueSurname,
  type BrowserSession,
} from './harness';

const webUrl = requiredEnv('WEB_URL');

describe('parent: a move waiting for the new МОЦ', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows on the card that the move waits for the new municipality’s МОЦ', async () => {
    const lastName = uniqueSurname();
    const { childId } = await childWithActiveCertificate(
      await apiSignIn('parent2'),
      `move-${randomBytes(4).toString('hex')}@example.ru`,
      {
        lastName,
        firstName: 'Глеб',
        patronymic: 'Олегович',
        sex: 'MALE',
        age: 11,
      },
    );
    const parent = await signedInPage(session, 'parent2');
    const card = parent.getByRole('article').filter({ hasText: `${lastName} Глеб Олегович` });
    const notice = card.getByText(/Вы сообщили о переезде/);

    await parent.goto(new URL(`/cabinet/children/${childId}/edit`, webUrl).href);
    await parent.getByRole('textbox', { name: 'Место (адрес) проживания ребёнка' }).fill(KEMEROVO.address);
    await parent.getByRole('combobox', { name: 'Муниципалитет' }).selectOption(KEMEROVO.municipalityCode);
    await parent.getByRole('button', { name: 'Сохранить' }).click();
    await parent.getByRole('heading', { level: 1, name: 'Дети' }).waitFor();

    // certificates opens the request once identity's event arrives; the card shows it on the next visit
    const deadline = Date.now() + 30_000;
    for (;;) {
      await parent.goto(new URL('/cabinet/services/additional-education', webUrl).href);
      await card.waitFor();
      if (await notice.isVisible()) break;
      if (Date.now() > deadline) throw new Error('the card never said the move was waiting');
      await parent.waitForTimeout(1_000);
    }
    await screenshot(parent, 'move-waiting');
    await checkA11y(parent);
    await checkOnPhone(parent, 'move-waiting');
  });
});

// Issue 15's «Состояние системы»: an event billing cannot handle lands in its dead letters and on the regional
// admin's page with its error; once the cause is gone, «Повторить» on the page sends it back and billing handles it.
// (Only this test poisons billing, so nobody else's replay takes its event away.)
import { randomInt, randomUUID } from 'node:crypto';
import { certificateIssued, certificateStatusChanged, publish } from '@pdo/events';
import { eventually } from '@pdo/service-kit/testing';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { errorCodes, graphql, signIn as apiSignIn } from '../../test/system/gateway.client';
import { serviceDatabaseUrl } from '../../test/system/system-control';
import { checkA11y, checkOnPhone, launchBrowser, screenshot, signedInPage, type BrowserSession } from './harness';

describe('regional admin: the state of the system', () => {
  // the test speaks as certificates: its events go through certificates' own outbox and relay
  const certificates = new DataSource({ type: 'postgres', url: serviceDatabaseUrl('certificates') });
  const billing = new DataSource({ type: 'postgres', url: serviceDatabaseUrl('billing') });
  let session: BrowserSession;
  let admin: Page;

  beforeAll(async () => {
    await Promise.all([certificates.initialize(), billing.initialize()]);
    session = await launchBrowser();
    admin = await signedInPage(session, 'admin');
  });

  afterAll(async () => {
    await session?.close();
    await Promise.all([certificates.destroy(), billing.destroy()]);
  });

  it('shows a poison event with its error, and «Повторить» replays it once its cause is gone', async () => {
    const certificateId = randomUUID();
    const childId = randomUUID();
    const number = `4207${randomInt(100000, 1000000)}`;
    // a status change of a certificate billing has never heard of: billing refuses it five times, then sets it aside
    const poison = await certificates.transaction((manager) =>
      publish(manager, certificateStatusChanged, certificateId, { certificateId, number, childId, status: 'suspended' }),
    );

    await admin.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: 'Состояние системы' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Состояние системы' }).waitFor();
    const billingCard = admin.getByRole('region', { name: 'Расчёты', exact: true });
    const letters = billingCard.getByRole('region', { name: 'Недоставленные события: Расчёты' });
    // the page polls: the letter appears without a reload once billing has given up on it
    const row = letters.getByRole('row').filter({ hasText: poison.id });
    await row.waitFor({ timeout: 90_000 });
    expect(await row.textContent()).toContain(`certificate ${certificateId} is not known to billing`);
    expect(await row.textContent()).toContain('certificates.CertificateStatusChanged');
    await billingCard.getByText(/^Отставание обработки:.*certificates\.events/).waitFor();
    await screenshot(admin, 'region-system-state');
    await checkA11y(admin);
    await checkOnPhone(admin, 'region-system-state');

    // the page and its API are the regional admin's alone
    for (const login of ['operator', 'finance', 'parent', 'provider']) {
      const refused = await graphql('{ billingState { deadLetterCount } }', {}, await apiSignIn(login));
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    }

    // the cause goes away: billing learns of the certificate
    await certificates.transaction((manager) =>
      publish(manager, certificateIssued, certificateId, {
        certificateId,
        number,
        childId,
        municipalityCode: '07',
        groupId: randomUUID(),
      }),
    );
    const statusInBilling = async () =>
      (
        (await billing.query('SELECT status FROM certificates WHERE certificate_id = $1', [certificateId])) as {
          status: string;
        }[]
      )[0]?.status;
    await eventually('billing knows the certificate', statusInBilling, (status) => status === 'inactive', 60_000);

    await billingCard.getByRole('button', { name: 'Повторить: Расчёты' }).click();
    await billingCard
      .getByRole('status')
      .filter({ hasText: /^Отправлено на повторную обработку: [1-9]/ })
      .waitFor();
    await eventually('billing handles the replayed event', statusInBilling, (status) => status === 'suspended', 60_000);
    await row.waitFor({ state: 'detached', timeout: 30_000 });
  });
});

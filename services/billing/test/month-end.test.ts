import { randomUUID } from 'node:crypto';
import { coPaymentCharged, enrollmentCancelled, invoiceIssued } from '@pdo/events';
import { buildSubgraph, kuzbassDate } from '@pdo/service-kit';
import { createTestDatabase, executeAs, type TestDatabase } from '@pdo/service-kit/testing';
import type { GraphQLSchema } from 'graphql';
import { billingService } from '../src/billing.service';
import { monthOf, parseMonth, previousMonth } from '../src/domain/month';
import { periodStartFor } from '../src/domain/period';
import { onEnrollmentEnded } from '../src/events/enrollment.handler';
import { runMonthEnd } from '../src/operations/month-end.operations';
import {
  account,
  envelope,
  givenAcceptedEnrollment,
  givenActiveCertificate,
  givenNormative,
  KISELEVSK,
  ledgerBreaches,
  NORMATIVE,
  outbox,
} from './billing.fixture';

const REPORT = `mutation ($input: MonthReportInput!) {
  reportMonth(input: $input) { invoices charges coPaymentNotices releasedEnrollments }
}`;
const PROVIDER_INVOICES = `query ($month: String) {
  providerInvoices(month: $month) {
    id number providerId municipalityCode month status lineCount totalPriceKopecks certificateTotalKopecks
    coPaymentTotalKopecks advanceKopecks dueKopecks
  }
}`;
const LINES = `query ($id: ID!) { invoiceLines(invoiceId: $id) { enrollmentId certificateNumber priceKopecks certificateKopecks coPaymentKopecks } }`;
const APPROVE = `mutation ($id: ID!) { approveInvoice(invoiceId: $id) { id status } }`;
const RETURN = `mutation ($id: ID!, $reason: String!) { returnInvoice(invoiceId: $id, reason: $reason) { id status reviewReason } }`;
const ADVANCE = `mutation ($input: AdvancePaymentInput!) { recordAdvancePayment(input: $input) { id amountKopecks invoiceId } }`;

interface InvoiceView {
  id: string;
  month: string;
  status: string;
  lineCount: number;
  totalPriceKopecks: number;
  certificateTotalKopecks: number;
  coPaymentTotalKopecks: number;
  advanceKopecks: number;
  dueKopecks: number;
}

/** The months of this school year that have begun, oldest first (at least September). */
function monthsSoFar(): string[] {
  const today = kuzbassDate(new Date());
  const months: string[] = [];
  for (let month = monthOf(today); ; month = previousMonth(`${month}-01`)) {
    months.unshift(month);
    if (month.endsWith('-09')) return months;
  }
}

describe('month end: reports, charges, invoices', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const period = periodStartFor(new Date());
  const endDate = `${Number(period.slice(0, 4)) + 1}-05-31`;
  const months = monthsSoFar();
  const september = months[0]!;

  beforeAll(async () => {
    db = await createTestDatabase(billingService);
    schema = await buildSubgraph(billingService.subgraph);
    await givenNormative(db.dataSource, period, 1000);
  });
  afterAll(() => db.drop());

  const staff = (providerId: string) => ({ userId: randomUUID(), roles: ['provider_staff' as const], providerId });
  const officer = { userId: randomUUID(), roles: ['finance_officer' as const], municipalityCode: KISELEVSK };
  const run = <T>(viewer: object, source: string, variables: Record<string, unknown> = {}) =>
    executeAs<T>(schema, db.dataSource, viewer, source, variables);
  const report = (viewer: object, month: string, enrollmentIds: string[]) =>
    run(viewer, REPORT, { input: { month, enrollmentIds } });
  const invoicesOf = async (viewer: object, month: string) =>
    (await run<{ providerInvoices: InvoiceView[] }>(viewer, PROVIDER_INVOICES, { month })).data!.providerInvoices;
  const snapshot = async () =>
    db.dataSource.query(`
      SELECT (SELECT count(*) FROM account_movements) AS movements, (SELECT count(*) FROM monthly_charges) AS charges,
             (SELECT count(*) FROM invoices) AS invoices, (SELECT count(*) FROM outbox) AS events,
             (SELECT sum(balance_kopecks) FROM certificate_accounts) AS balances`);

  it('charges the certificate from the reservation, the parent the rest, and issues one invoice; a re-run changes nothing', async () => {
    const providerId = randomUUID();
    const provider = staff(providerId);
    const price = 500_000;
    const certificateId = await givenActiveCertificate(db.dataSource);
    const { enrollmentId, parentUserId } = await givenAcceptedEnrollment(db.dataSource, certificateId, {
      providerId,
      monthlyPriceKopecks: price,
      months: 9,
      startDate: period,
      endDate,
      parentUserId: randomUUID(),
    });
    expect(await account(db.dataSource, certificateId)).toMatchObject({ balance: 0, reserved: NORMATIVE, ledger: 0 });

    let held = NORMATIVE;
    for (const month of months) {
      const reported = await report(provider, month, [enrollmentId]);
      expect(reported.errors).toBeUndefined();
      expect(reported.data).toMatchObject({ reportMonth: { invoices: 1, charges: 1 } });
      const share = Math.min(price, held);
      held -= share;
      const [invoice] = await invoicesOf(provider, month);
      expect(invoice).toMatchObject({
        month,
        status: 'issued',
        lineCount: 1,
        totalPriceKopecks: price,
        certificateTotalKopecks: share,
        coPaymentTotalKopecks: price - share,
        dueKopecks: share,
      });
      const lines = await run<{ invoiceLines: unknown[] }>(provider, LINES, { id: invoice!.id });
      expect(lines.data!.invoiceLines).toEqual([
        {
          enrollmentId,
          certificateNumber: expect.stringMatching(/^4207/),
          priceKopecks: price,
          certificateKopecks: share,
          coPaymentKopecks: price - share,
        },
      ]);
      const issued = (await outbox(db.dataSource, invoiceIssued.type)).filter((e) => e.key === invoice!.id);
      expect(issued).toHaveLength(1);
      expect(invoiceIssued.schema.parse(issued[0]!.data)).toMatchObject({ providerId, lineCount: 1, lines: [{ enrollmentId }] });
      const notices = (await outbox(db.dataSource, coPaymentCharged.type)).filter(
        (e) => e.key === enrollmentId && e.data.month === month,
      );
      if (price > share) {
        expect(notices.map((n) => coPaymentCharged.schema.parse(n.data))).toEqual([
          expect.objectContaining({
            parentUserId,
            month,
            priceKopecks: price,
            certificateShareKopecks: share,
            coPaymentKopecks: price - share,
          }),
        ]);
      } else {
        expect(notices).toEqual([]);
      }

      const before = await snapshot();
      expect((await report(provider, month, [enrollmentId])).data).toMatchObject({ reportMonth: { invoices: 0, charges: 0 } });
      await db.dataSource.transaction((manager) => runMonthEnd(manager, { month: parseMonth(month) }));
      expect(await snapshot()).toEqual(before);
    }
    expect(await account(db.dataSource, certificateId)).toMatchObject({ balance: 0, reserved: held, ledger: 0 });
    expect(await ledgerBreaches(db.dataSource)).toEqual([]);
    const PAYMENT = `query ($id: ID!) { enrollmentPayment(enrollmentId: $id) {
      reservedKopecks charges { month certificateKopecks coPaymentKopecks } } }`;
    const payment = await run<{ enrollmentPayment: { reservedKopecks: number; charges: { month: string }[] } }>(
      provider,
      PAYMENT,
      {
        id: enrollmentId,
      },
    );
    expect(payment.data!.enrollmentPayment.reservedKopecks).toBe(held);
    expect(payment.data!.enrollmentPayment.charges.map((c) => c.month)).toEqual(months);
    const parentView = await run({ userId: parentUserId, roles: ['parent'] }, PAYMENT, { id: enrollmentId });
    expect(parentView.errors).toBeUndefined();
    const stranger = await run(staff(randomUUID()), PAYMENT, { id: enrollmentId });
    expect(stranger.errors?.[0]?.code).toBe('FORBIDDEN');
  });

  it('settles an advance against the invoice and lets only the paying municipality review it, never its issuer', async () => {
    const providerId = randomUUID();
    const provider = staff(providerId);
    const certificateId = await givenActiveCertificate(db.dataSource);
    const { enrollmentId } = await givenAcceptedEnrollment(db.dataSource, certificateId, {
      providerId,
      monthlyPriceKopecks: 100_000,
      months: 9,
      startDate: period,
      endDate,
    });
    const advance = await run<{ recordAdvancePayment: { amountKopecks: number } }>(officer, ADVANCE, {
      input: { providerId, municipalityCode: KISELEVSK, month: september, amountKopecks: 30_000 },
    });
    expect(advance.errors).toBeUndefined();
    expect((await report(provider, september, [enrollmentId])).errors).toBeUndefined();
    const [invoice] = await invoicesOf(provider, september);
    expect(invoice).toMatchObject({ certificateTotalKopecks: 100_000, advanceKopecks: 30_000, dueKopecks: 70_000 });

    const late = await run(officer, ADVANCE, {
      input: { providerId, municipalityCode: KISELEVSK, month: september, amountKopecks: 1 },
    });
    expect(late.errors?.[0]?.code).toBe('INVOICE_ALREADY_ISSUED');
    const ownInvoice = await run(
      { ...officer, userId: provider.userId, roles: ['finance_officer', 'provider_staff'], providerId },
      APPROVE,
      { id: invoice!.id },
    );
    // the report was made by provider.userId; the issuer cannot approve it even holding the officer's role
    expect(ownInvoice.errors?.[0]?.code).toBe('OWN_INVOICE');
    const elsewhere = await run({ ...officer, municipalityCode: '08' }, APPROVE, { id: invoice!.id });
    expect(elsewhere.errors?.[0]?.code).toBe('FORBIDDEN');
    expect((await run(provider, APPROVE, { id: invoice!.id })).errors?.[0]?.code).toBe('FORBIDDEN');
    const approved = await run<{ approveInvoice: { status: string } }>(officer, APPROVE, { id: invoice!.id });
    expect(approved.data?.approveInvoice.status).toBe('approved');
    expect((await run(officer, RETURN, { id: invoice!.id, reason: 'Неверные данные' })).errors?.[0]?.code).toBe(
      'INVOICE_ALREADY_REVIEWED',
    );
    const reviewed = (await outbox(db.dataSource, 'billing.InvoiceReviewed')).filter((e) => e.key === invoice!.id);
    expect(reviewed.map((e) => e.data.decision)).toEqual(['approved']);
  });

  it('keeps charging a parent who left until the enrolment ends, then gives the rest back', async () => {
    if (months.length < 2) return;
    const providerId = randomUUID();
    const provider = staff(providerId);
    const certificateId = await givenActiveCertificate(db.dataSource);
    const { enrollmentId, childId } = await givenAcceptedEnrollment(db.dataSource, certificateId, {
      providerId,
      monthlyPriceKopecks: 100_000,
      months: 9,
      startDate: period,
      endDate,
    });
    const endsOn = `${months[1]}-01`;
    await db.dataSource.transaction((manager) =>
      onEnrollmentEnded(envelope(enrollmentCancelled, enrollmentId, { enrollmentId, certificateId, childId, endsOn }), manager),
    );
    expect(await account(db.dataSource, certificateId)).toMatchObject({ balance: NORMATIVE - 900_000, reserved: 900_000 });
    expect((await report(provider, months[1]!, [enrollmentId])).errors?.[0]?.code).toBe('ENROLLMENT_ENDED');
    const last = await report(provider, september, [enrollmentId]);
    expect(last.data).toMatchObject({ reportMonth: { charges: 1, releasedEnrollments: 1 } });
    expect(await account(db.dataSource, certificateId)).toMatchObject({
      balance: NORMATIVE - 100_000,
      ledger: NORMATIVE - 100_000,
    });
    expect(await ledgerBreaches(db.dataSource)).toEqual([]);
  });

  it('corrects a returned invoice by a new report of its month: charges reversed by movements, a new invoice, once', async () => {
    const providerId = randomUUID();
    const provider = staff(providerId);
    const terms = { providerId, months: 9, startDate: period, endDate };
    const first = await givenActiveCertificate(db.dataSource);
    const second = await givenActiveCertificate(db.dataSource);
    const stays = await givenAcceptedEnrollment(db.dataSource, first, { ...terms, monthlyPriceKopecks: 100_000 });
    const dropped = await givenAcceptedEnrollment(db.dataSource, second, { ...terms, monthlyPriceKopecks: 200_000 });
    const advance = { providerId, municipalityCode: KISELEVSK, month: september, amountKopecks: 50_000 };
    expect((await run(officer, ADVANCE, { input: advance })).errors).toBeUndefined();
    const uncharged = await account(db.dataSource, second);
    expect((await report(provider, september, [stays.enrollmentId, dropped.enrollmentId])).errors).toBeUndefined();
    const charged = await account(db.dataSource, first);
    const [returned] = await invoicesOf(provider, september);
    expect(returned).toMatchObject({ lineCount: 2, certificateTotalKopecks: 300_000, advanceKopecks: 50_000 });
    expect(
      (await run(officer, RETURN, { id: returned!.id, reason: 'Ребёнок по второй записи не занимался в сентябре' })).errors,
    ).toBeUndefined();
    const movementsBefore: { id: string }[] = await db.dataSource.query('SELECT id FROM account_movements');

    const corrected = await report(provider, september, [stays.enrollmentId]);
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data).toMatchObject({ reportMonth: { invoices: 1, charges: 1 } });
    const CORRECTION = `query ($month: String) { providerInvoices(month: $month) { id status correctedAt replacesInvoiceId
      lineCount certificateTotalKopecks advanceKopecks dueKopecks } }`;
    type Corrected = InvoiceView & { id: string; correctedAt: string | null; replacesInvoiceId: string | null };
    const invoices = (await run<{ providerInvoices: Corrected[] }>(provider, CORRECTION, { month: september })).data!
      .providerInvoices;
    const replacement = invoices.find((i) => i.id !== returned!.id)!;
    expect(invoices.find((i) => i.id === returned!.id)).toMatchObject({ status: 'returned', correctedAt: expect.any(String) });
    expect(replacement).toMatchObject({
      status: 'issued',
      correctedAt: null,
      replacesInvoiceId: returned!.id,
      lineCount: 1,
      certificateTotalKopecks: 100_000,
      advanceKopecks: 50_000,
      dueKopecks: 50_000,
    });
    const lines = async (id: string) =>
      (await run<{ invoiceLines: { enrollmentId: string }[] }>(provider, LINES, { id })).data!.invoiceLines.map(
        (l) => l.enrollmentId,
      );
    expect(await lines(returned!.id)).toHaveLength(2);
    expect(await lines(replacement.id)).toEqual([stays.enrollmentId]);

    // the dropped enrolment holds exactly what it held before it was charged; the other is charged once, net
    expect(await account(db.dataSource, second)).toEqual(uncharged);
    expect(await account(db.dataSource, first)).toEqual(charged);
    const movementsAfter: { id: string; kind: string }[] = await db.dataSource.query('SELECT id, kind FROM account_movements');
    expect(movementsAfter.map((m) => m.id)).toEqual(expect.arrayContaining(movementsBefore.map((m) => m.id)));
    expect(movementsAfter.length - movementsBefore.length).toBe(6);
    expect(await ledgerBreaches(db.dataSource)).toEqual([]);
    const issued = (await outbox(db.dataSource, invoiceIssued.type)).filter((e) => e.key === replacement.id);
    expect(issued.map((e) => invoiceIssued.schema.parse(e.data))).toMatchObject([{ lineCount: 1, dueKopecks: 50_000 }]);

    const before = await snapshot();
    expect((await report(provider, september, [stays.enrollmentId])).data).toMatchObject({ reportMonth: { charges: 0 } });
    await db.dataSource.transaction((manager) => runMonthEnd(manager, { month: parseMonth(september) }));
    expect(await snapshot()).toEqual(before);
    expect((await report(provider, september, [dropped.enrollmentId])).errors?.[0]?.code).toBe('MONTH_ALREADY_INVOICED');

    // returned again, corrected again: both enrolments back on a third invoice, the ledger still exact
    expect(
      (await run(officer, RETURN, { id: replacement.id, reason: 'Вторая запись всё же занималась' })).errors,
    ).toBeUndefined();
    const again = await report(provider, september, [stays.enrollmentId, dropped.enrollmentId]);
    expect(again.data).toMatchObject({ reportMonth: { invoices: 1, charges: 2 } });
    const third = (
      await run<{ providerInvoices: Corrected[] }>(provider, CORRECTION, { month: september })
    ).data!.providerInvoices.find((i) => i.correctedAt === null);
    expect(third).toMatchObject({ replacesInvoiceId: replacement.id, lineCount: 2, certificateTotalKopecks: 300_000 });
    expect(await account(db.dataSource, first)).toEqual(charged);
    expect(await account(db.dataSource, second)).toMatchObject({
      reserved: uncharged!.reserved - 200_000,
      balance: uncharged!.balance,
    });
    expect(await ledgerBreaches(db.dataSource)).toEqual([]);
  });

  it('refuses bad reports with stable codes and writes nothing', async () => {
    const providerId = randomUUID();
    const provider = staff(providerId);
    const certificateId = await givenActiveCertificate(db.dataSource);
    const { enrollmentId } = await givenAcceptedEnrollment(db.dataSource, certificateId, {
      providerId,
      monthlyPriceKopecks: 100_000,
      months: 9,
      startDate: period,
      endDate,
    });
    const before = await snapshot();
    const code = async (viewer: object, month: string, ids: string[]) => (await report(viewer, month, ids)).errors?.[0]?.code;
    expect(await code(provider, '2026-13', [enrollmentId])).toBe('BAD_MONTH');
    expect(await code(provider, `${Number(period.slice(0, 4)) + 2}-01`, [enrollmentId])).toBe('MONTH_NOT_STARTED');
    expect(await code(staff(randomUUID()), september, [enrollmentId])).toBe('NOT_FOUND');
    expect(await code(provider, september, [enrollmentId, randomUUID()])).toBe('NOT_FOUND');
    expect(await code(provider, september, [enrollmentId, enrollmentId])).toBe('BAD_USER_INPUT');
    expect(await code(provider, september, ['not-an-id'])).toBe('BAD_USER_INPUT');
    expect(await code(officer, september, [enrollmentId])).toBe('FORBIDDEN');
    const advance = (amountKopecks: unknown) =>
      run(officer, ADVANCE, { input: { providerId, municipalityCode: KISELEVSK, month: september, amountKopecks } });
    expect((await advance(-1)).errors?.[0]?.code).toBe('BAD_USER_INPUT');
    expect((await advance(10.5)).errors?.[0]?.code).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
  });

  it('shows the finance officer the budget, the quota and what was charged month by month and by direction', async () => {
    const providerId = randomUUID();
    const sports = await givenAcceptedEnrollment(db.dataSource, await givenActiveCertificate(db.dataSource), {
      providerId,
      monthlyPriceKopecks: 120_000,
      months: 9,
      startDate: period,
      endDate,
      direction: 'sports',
    });
    await givenAcceptedEnrollment(db.dataSource, await givenActiveCertificate(db.dataSource), {
      providerId,
      monthlyPriceKopecks: 80_000,
      months: 9,
      startDate: period,
      endDate,
      direction: 'arts',
    });
    expect((await report(staff(providerId), september, [sports.enrollmentId])).errors).toBeUndefined();

    const BUDGET = `query ($code: String!) { municipalityBudget(municipalityCode: $code) {
      budgetKopecks quota financedCertificates committedKopecks reservedKopecks chargedKopecks
      byMonth { month chargedKopecks coPaymentKopecks charges }
      byDirection { direction directionLabel chargedKopecks reservedKopecks } } }`;
    type Budget = {
      budgetKopecks: number;
      quota: number;
      financedCertificates: number;
      committedKopecks: number;
      reservedKopecks: number;
      chargedKopecks: number;
      byMonth: { month: string; chargedKopecks: number; charges: number }[];
      byDirection: { direction: string | null; directionLabel: string; chargedKopecks: number; reservedKopecks: number }[];
    };
    const budget = (await run<{ municipalityBudget: Budget }>(officer, BUDGET, { code: KISELEVSK })).data!.municipalityBudget;
    const [{ charged, charges }] = await db.dataSource.query(
      `SELECT sum(certificate_kopecks)::float8 AS charged, count(*)::int AS charges FROM monthly_charges WHERE month = $1 AND NOT reversed`,
      [`${september}-01`],
    );
    expect(budget).toMatchObject({ budgetKopecks: NORMATIVE * 1000, quota: 1000 });
    expect(budget.financedCertificates).toBeGreaterThanOrEqual(6);
    expect(budget.committedKopecks).toBe(budget.financedCertificates * NORMATIVE);
    expect(budget.byMonth.find((m) => m.month === september)).toMatchObject({ chargedKopecks: charged, charges });
    expect(budget.chargedKopecks).toBe(budget.byMonth.reduce((sum, m) => sum + m.chargedKopecks, 0));

    // the earlier enrolments of this file were accepted without a direction (events sent before it was added)
    expect(budget.byDirection.map((d) => d.direction)).toEqual(['sports', 'arts', null]);
    expect(budget.byDirection).toEqual([
      { direction: 'sports', directionLabel: 'физкультурно-спортивная', chargedKopecks: 120_000, reservedKopecks: 960_000 },
      { direction: 'arts', directionLabel: 'художественная', chargedKopecks: 0, reservedKopecks: 720_000 },
      expect.objectContaining({ direction: null, directionLabel: 'направленность не указана' }),
    ]);
    expect(budget.byDirection.reduce((sum, d) => sum + d.chargedKopecks, 0)).toBe(budget.chargedKopecks);
    expect(budget.byDirection.reduce((sum, d) => sum + d.reservedKopecks, 0)).toBe(budget.reservedKopecks);
    const elsewhere = await run({ ...officer, municipalityCode: '08' }, BUDGET, { code: KISELEVSK });
    expect(elsewhere.errors?.[0]?.code).toBe('FORBIDDEN');
  });
});

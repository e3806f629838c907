// The provider's attendance sheet and the invoice by program, on the 2024/25 school year so every month tried
// has passed: what each line would charge, which lines may not be reported and why, and the sums by program.
import { randomUUID } from 'node:crypto';
import { buildSubgraph } from '@pdo/service-kit';
import { createTestDatabase, executeAs, type TestDatabase } from '@pdo/service-kit/testing';
import type { GraphQLSchema } from 'graphql';
import { billingService } from '../src/billing.service';
import {
  givenAcceptedEnrollment,
  givenActiveCertificate,
  givenNormative,
  KISELEVSK,
  kuzbassNoon,
  NORMATIVE,
} from './billing.fixture';

const SHEET = `query ($month: String!) {
  monthReportSheet(month: $month) {
    enrollmentId child { id } certificateNumber program { id } group { id } programTitle
    chargeable refusalCode refusalMessage reported priceKopecks certificateKopecks coPaymentKopecks
  }
}`;
const REPORT = `mutation ($input: MonthReportInput!) { reportMonth(input: $input) { charges invoices } }`;
const INVOICES = `query ($month: String) {
  providerInvoices(month: $month) {
    id provider { id } lineCount
    programs { program { id } programTitle childCount lineCount totalPriceKopecks certificateTotalKopecks coPaymentTotalKopecks }
  }
}`;
const LINES = `query ($invoiceId: ID!) { invoiceLines(invoiceId: $invoiceId) { enrollmentId child { id } program { id } programTitle } }`;

interface SheetLine {
  enrollmentId: string;
  child: { id: string } | null;
  certificateNumber: string;
  program: { id: string } | null;
  chargeable: boolean;
  refusalCode: string | null;
  refusalMessage: string | null;
  reported: boolean;
  priceKopecks: number;
  certificateKopecks: number;
  coPaymentKopecks: number;
}

describe('the provider’s attendance sheet and the invoice by program', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const providerId = randomUUID();
  const staff = { userId: randomUUID(), roles: ['provider_staff' as const], providerId };

  beforeAll(async () => {
    db = await createTestDatabase(billingService);
    schema = await buildSubgraph(billingService.subgraph);
    await givenNormative(db.dataSource, '2024-09-01', 1000);
  });
  afterAll(() => db.drop());

  const certificate = () => givenActiveCertificate(db.dataSource, KISELEVSK, kuzbassNoon('2024-09-02'));
  const enrol = async (monthlyPriceKopecks: number, startDate: string, owner = providerId) =>
    givenAcceptedEnrollment(db.dataSource, await certificate(), {
      providerId: owner,
      monthlyPriceKopecks,
      months: 9,
      startDate,
      endDate: '2025-05-31',
    });
  const sheet = async (month: string, viewer: object = staff) => {
    const result = await executeAs<{ monthReportSheet: SheetLine[] }>(schema, db.dataSource, viewer, SHEET, { month });
    return result;
  };
  const line = (lines: SheetLine[], enrollmentId: string) => lines.find((candidate) => candidate.enrollmentId === enrollmentId);

  it('lists only the provider’s children, says what each month charges, and refuses the months that may not be billed', async () => {
    const robotics = await enrol(150_000, '2024-10-01');
    const classmate = await enrol(150_000, '2024-10-01');
    const chess = await enrol(NORMATIVE, '2024-10-01');
    const later = await enrol(100_000, '2025-01-13');
    const elsewhere = await enrol(100_000, '2024-10-01', randomUUID());
    // the classmate is in the same program as the first child; chess is another program
    await db.dataSource.query(
      `UPDATE enrollments SET program_id = (SELECT program_id FROM enrollments WHERE enrollment_id = $1) WHERE enrollment_id = $2`,
      [robotics.enrollmentId, classmate.enrollmentId],
    );
    await db.dataSource.query(`UPDATE enrollments SET program_title = 'Шахматы' WHERE enrollment_id = $1`, [chess.enrollmentId]);

    const before = await sheet('2024-11');
    expect(before.errors).toBeUndefined();
    const lines = before.data!.monthReportSheet;
    expect(line(lines, elsewhere.enrollmentId)).toBeUndefined();
    expect(line(lines, robotics.enrollmentId)).toMatchObject({
      child: { id: robotics.childId },
      chargeable: true,
      refusalCode: null,
      reported: false,
      priceKopecks: 150_000,
      certificateKopecks: 150_000,
      coPaymentKopecks: 0,
    });
    expect(line(lines, robotics.enrollmentId)!.certificateNumber).toMatch(/^4207\d{6}$/);
    expect(line(lines, robotics.enrollmentId)!.program).not.toBeNull();
    expect(line(lines, later.enrollmentId)).toMatchObject({
      chargeable: false,
      refusalCode: 'ENROLLMENT_NOT_STARTED',
      refusalMessage: expect.stringContaining('13.01.2025'),
    });

    const report = await executeAs(schema, db.dataSource, staff, REPORT, {
      input: { month: '2024-11', enrollmentIds: [robotics.enrollmentId, classmate.enrollmentId, chess.enrollmentId] },
    });
    expect(report.errors).toBeUndefined();

    const after = (await sheet('2024-11')).data!.monthReportSheet;
    expect(line(after, robotics.enrollmentId)).toMatchObject({ reported: true, chargeable: true, certificateKopecks: 150_000 });
    // the month is invoiced: the sheet says so before a late line is tried
    const late = await enrol(100_000, '2024-10-01');
    const withLate = (await sheet('2024-11')).data!.monthReportSheet;
    expect(line(withLate, late.enrollmentId)).toMatchObject({ chargeable: false, refusalCode: 'MONTH_ALREADY_INVOICED' });

    const invoices = await executeAs<{
      providerInvoices: { id: string; provider: { id: string }; lineCount: number; programs: Record<string, unknown>[] }[];
    }>(schema, db.dataSource, staff, INVOICES, { month: '2024-11' });
    expect(invoices.errors).toBeUndefined();
    const [invoice] = invoices.data!.providerInvoices;
    expect(invoice).toMatchObject({ provider: { id: providerId }, lineCount: 3 });
    expect(invoice!.programs).toEqual([
      expect.objectContaining({
        programTitle: 'Робототехника',
        childCount: 2,
        lineCount: 2,
        totalPriceKopecks: 300_000,
        certificateTotalKopecks: 300_000,
        coPaymentTotalKopecks: 0,
      }),
      expect.objectContaining({ programTitle: 'Шахматы', childCount: 1, lineCount: 1, totalPriceKopecks: NORMATIVE }),
    ]);

    const lineRows = await executeAs<{ invoiceLines: { enrollmentId: string; child: { id: string }; programTitle: string }[] }>(
      schema,
      db.dataSource,
      staff,
      LINES,
      { invoiceId: invoice!.id },
    );
    expect(lineRows.data!.invoiceLines.map((row) => [row.programTitle, row.child.id])).toEqual(
      expect.arrayContaining([
        ['Робототехника', robotics.childId],
        ['Робототехника', classmate.childId],
        ['Шахматы', chess.childId],
      ]),
    );
  });

  it('is read by the provider’s staff only, for a well-formed month', async () => {
    const finance = { userId: randomUUID(), roles: ['finance_officer' as const], municipalityCode: KISELEVSK };
    expect((await sheet('2024-11', finance)).errors?.[0]?.code).toBe('FORBIDDEN');
    const noProvider = { userId: randomUUID(), roles: ['provider_staff' as const], providerId: null };
    expect((await sheet('2024-11', noProvider)).errors?.[0]?.code).toBe('FORBIDDEN');
    expect((await sheet('2024-13')).errors?.[0]?.code).toBe('BAD_MONTH');
  });
});

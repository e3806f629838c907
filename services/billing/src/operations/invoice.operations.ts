import { invoiceReviewed, publish } from '@pdo/events';
import { DomainError, notFound, type Viewer } from '@pdo/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { assertMayReview, type InvoiceDecision, type InvoiceFilter, type InvoiceStatus } from '../domain/invoice.rules';
import type { BillingMonth } from '../domain/month';
import { lockMonth, runMonthEnd, type MonthEndResult } from './month-end.operations';
import { reportMonth } from './month-report.operations';

export interface InvoiceRow {
  id: string;
  number: string;
  providerId: string;
  municipalityCode: string;
  month: string;
  status: InvoiceStatus;
  lineCount: number;
  totalPriceKopecks: number;
  certificateTotalKopecks: number;
  coPaymentTotalKopecks: number;
  advanceKopecks: number;
  dueKopecks: number;
  issuedBy: string | null;
  issuedAt: Date;
  reviewedAt: Date | null;
  reviewReason: string | null;
  correctedAt: Date | null;
  replacesInvoiceId: string | null;
}

const INVOICE_COLUMNS = `
  invoice_id AS "id", number, provider_id AS "providerId", municipality_code AS "municipalityCode",
  to_char(month, 'YYYY-MM') AS month, status, line_count AS "lineCount",
  total_price_kopecks::float8 AS "totalPriceKopecks", certificate_total_kopecks::float8 AS "certificateTotalKopecks",
  co_payment_total_kopecks::float8 AS "coPaymentTotalKopecks", advance_kopecks::float8 AS "advanceKopecks",
  (certificate_total_kopecks - advance_kopecks)::float8 AS "dueKopecks", issued_by AS "issuedBy", issued_at AS "issuedAt",
  reviewed_at AS "reviewedAt", review_reason AS "reviewReason", corrected_at AS "correctedAt",
  replaces_invoice_id AS "replacesInvoiceId"`;

async function findInvoice(manager: EntityManager, id: string, lock = false): Promise<InvoiceRow> {
  const [row]: InvoiceRow[] = await manager.query(
    `SELECT ${INVOICE_COLUMNS} FROM invoices WHERE invoice_id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  if (!row) throw notFound('Счёт не найден.');
  return row;
}

export const readInvoice = (dataSource: DataSource, id: string): Promise<InvoiceRow> => findInvoice(dataSource.manager, id);

/** The invoice another subgraph refers to, or null. */
export async function referencedInvoice(dataSource: DataSource, id: string): Promise<InvoiceRow | null> {
  const [row]: InvoiceRow[] = await dataSource.query(`SELECT ${INVOICE_COLUMNS} FROM invoices WHERE invoice_id = $1`, [id]);
  return row ?? null;
}

/** The provider's invoices, newest first; `firstDay` null means every month. */
export const invoicesOfProvider = (dataSource: DataSource, providerId: string, firstDay: string | null): Promise<InvoiceRow[]> =>
  dataSource.query(
    `SELECT ${INVOICE_COLUMNS} FROM invoices WHERE provider_id = $1 AND ($2::date IS NULL OR month = $2)
     ORDER BY month DESC, number`,
    [providerId, firstDay],
  );

export const invoicesOfMunicipality = (dataSource: DataSource, code: string, status: InvoiceFilter): Promise<InvoiceRow[]> =>
  dataSource.query(
    `SELECT ${INVOICE_COLUMNS} FROM invoices WHERE municipality_code = $1 AND ($2::text = 'all' OR status = $2)
      ORDER BY month DESC, number`,
    [code, status],
  );

export interface InvoiceLineRow {
  enrollmentId: string;
  certificateId: string;
  certificateNumber: string;
  childId: string;
  programId: string | null;
  programTitle: string | null;
  priceKopecks: number;
  certificateKopecks: number;
  coPaymentKopecks: number;
}

export const invoiceLines = (dataSource: DataSource, invoiceId: string): Promise<InvoiceLineRow[]> =>
  dataSource.query(
    `SELECT mc.enrollment_id AS "enrollmentId", mc.certificate_id AS "certificateId", c.number AS "certificateNumber",
            e.child_id AS "childId", e.program_id AS "programId", e.program_title AS "programTitle",
            mc.price_kopecks::float8 AS "priceKopecks", mc.certificate_kopecks::float8 AS "certificateKopecks",
            mc.co_payment_kopecks::float8 AS "coPaymentKopecks"
     FROM monthly_charges mc JOIN certificates c ON c.certificate_id = mc.certificate_id
     JOIN enrollments e ON e.enrollment_id = mc.enrollment_id
     WHERE mc.invoice_id = $1 ORDER BY e.program_title NULLS LAST, c.number, mc.enrollment_id`,
    [invoiceId],
  );

export interface ProgramTotalRow {
  programId: string | null;
  programTitle: string | null;
  childCount: number;
  lineCount: number;
  totalPriceKopecks: number;
  certificateTotalKopecks: number;
  coPaymentTotalKopecks: number;
}

/** The invoice's sums by program: how many children and how much money. */
export const invoiceProgramTotals = (dataSource: DataSource, invoiceId: string): Promise<ProgramTotalRow[]> =>
  dataSource.query(
    `SELECT e.program_id AS "programId", e.program_title AS "programTitle",
            count(DISTINCT e.child_id)::int AS "childCount", count(*)::int AS "lineCount",
            sum(mc.price_kopecks)::float8 AS "totalPriceKopecks",
            sum(mc.certificate_kopecks)::float8 AS "certificateTotalKopecks",
            sum(mc.co_payment_kopecks)::float8 AS "coPaymentTotalKopecks"
     FROM monthly_charges mc JOIN enrollments e ON e.enrollment_id = mc.enrollment_id
     WHERE mc.invoice_id = $1
     GROUP BY e.program_id, e.program_title
     ORDER BY e.program_title NULLS LAST, e.program_id`,
    [invoiceId],
  );

/** The provider's month report, charged and invoiced in one transaction. */
export const reportProviderMonth = (
  dataSource: DataSource,
  viewer: Viewer,
  month: BillingMonth,
  enrollmentIds: string[],
): Promise<MonthEndResult> => dataSource.transaction((manager) => reportMonth(manager, viewer, month, enrollmentIds));

/** Closes the month over every report. */
export const closeMonth = (dataSource: DataSource, month: BillingMonth): Promise<MonthEndResult> =>
  dataSource.transaction((manager) => runMonthEnd(manager, { month }));

/** Approves or returns an issued invoice under a row lock, once, and tells the provider through an event. */
export function reviewInvoice(
  dataSource: DataSource,
  viewer: Viewer,
  invoiceId: string,
  decision: InvoiceDecision,
  reason: string | null,
): Promise<InvoiceRow> {
  return dataSource.transaction(async (manager) => {
    const invoice = await findInvoice(manager, invoiceId, true);
    assertMayReview(viewer, invoice);
    await manager.query(
      `UPDATE invoices SET status = $2, reviewed_by = $3, reviewed_at = now(), review_reason = $4 WHERE invoice_id = $1`,
      [invoiceId, decision, viewer.userId, reason],
    );
    await publish(manager, invoiceReviewed, invoiceId, {
      invoiceId,
      providerId: invoice.providerId,
      municipalityCode: invoice.municipalityCode,
      month: invoice.month,
      decision,
      ...(reason === null ? {} : { reason }),
    });
    return findInvoice(manager, invoiceId);
  });
}

/** An advance for a month not yet invoiced; it is set off in that month's invoice. */
export function recordAdvancePayment(
  dataSource: DataSource,
  viewer: Viewer,
  month: BillingMonth,
  advance: { providerId: string; municipalityCode: string; amountKopecks: number },
): Promise<string> {
  return dataSource.transaction(async (manager) => {
    await lockMonth(manager, month);
    const issued: unknown[] = await manager.query(
      'SELECT 1 FROM invoices WHERE provider_id = $1 AND municipality_code = $2 AND month = $3',
      [advance.providerId, advance.municipalityCode, month.firstDay],
    );
    if (issued.length > 0) {
      throw new DomainError('INVOICE_ALREADY_ISSUED', 'Счёт за этот месяц уже выставлен: аванс за него записать нельзя.');
    }
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO advance_payments (provider_id, municipality_code, month, amount_kopecks, paid_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING advance_id AS id`,
      [advance.providerId, advance.municipalityCode, month.firstDay, advance.amountKopecks, viewer.userId],
    );
    return row!.id;
  });
}

/** One invoice as the finance officer's table shows it; no personal data (who issued it stays out). */
export interface InvoiceExportRow {
  number: string;
  month: string;
  status: InvoiceStatus;
  providerId: string;
  lineCount: number;
  totalPriceKopecks: number;
  certificateTotalKopecks: number;
  coPaymentTotalKopecks: number;
  advanceKopecks: number;
  dueKopecks: number;
  issuedAt: Date;
  reviewedAt: Date | null;
  reviewReason: string | null;
}

const EXPORT_PAGE_SIZE = 1000;

/** A municipality's invoices in the order of its table, page by page (keyset on month and number), for an export. */
export async function* invoicePagesOfMunicipality(
  dataSource: DataSource,
  code: string,
  status: InvoiceFilter,
): AsyncGenerator<InvoiceExportRow[]> {
  let after: { month: string; number: string } | null = null;
  for (;;) {
    const rows: (InvoiceExportRow & { monthStart: string })[] = await dataSource.query(
      `SELECT number, to_char(month, 'YYYY-MM') AS month, month::text AS "monthStart", status, provider_id AS "providerId",
              line_count AS "lineCount", total_price_kopecks::float8 AS "totalPriceKopecks",
              certificate_total_kopecks::float8 AS "certificateTotalKopecks",
              co_payment_total_kopecks::float8 AS "coPaymentTotalKopecks", advance_kopecks::float8 AS "advanceKopecks",
              (certificate_total_kopecks - advance_kopecks)::float8 AS "dueKopecks", issued_at AS "issuedAt",
              reviewed_at AS "reviewedAt", review_reason AS "reviewReason"
         FROM invoices
        WHERE municipality_code = $1 AND ($2::text = 'all' OR status = $2)
          AND ($3::date IS NULL OR month < $3::date OR (month = $3::date AND number > $4))
        ORDER BY month DESC, number
        LIMIT $5`,
      [code, status, after?.month ?? null, after?.number ?? null, EXPORT_PAGE_SIZE],
    );
    yield rows;
    if (rows.length < EXPORT_PAGE_SIZE) return;
    const last = rows[rows.length - 1]!;
    after = { month: last.monthStart, number: last.number };
  }
}

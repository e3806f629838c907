import { invoiceReviewed, publish } from '@pdo/events';
import { exportFormats, exportTable, type ExportFormat } from '@pdo/table-export';
import { DomainError, forbidden, hasRole, notFound, parseInput, type RequestContext, type Viewer } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { assertMayReview, isMunicipalityStaff, type InvoiceDecision, type InvoiceStatus } from '../domain/invoice.rules';
import { parseMonth } from '../domain/month';
import { lockMonth, runMonthEnd } from '../operations/month-end.operations';
import { reportingProvider, reportMonth } from '../operations/month-report.operations';
import { invoiceExportTable, type InvoiceExportRow } from './invoice-export.table';
import { AdvancePayment, Invoice, InvoiceLine, MonthEndSummary } from './invoice.type';
import {
  AdvancePaymentInput,
  advancePaymentInputSchema,
  MonthReportInput,
  monthReportInputSchema,
  returnReasonSchema,
} from './month-report.input';
import { TableExportFile } from './table-export.type';

const invoiceIdSchema = z.uuid('Неверный идентификатор счёта.');
const codeSchema = z.string().regex(/^\d{2}$/, 'Код муниципалитета — две цифры.');
const statusSchema = z.enum(['issued', 'approved', 'returned'], 'Статус счёта: issued, approved или returned.');
const formatSchema = z.enum(exportFormats as [ExportFormat, ...ExportFormat[]], 'Формат выгрузки: xlsx или csv.');

const EXPORT_PAGE_SIZE = 1000;

/** A municipality's invoices in the order of its table, page by page (keyset on month and number). */
async function* invoicePages(manager: EntityManager, code: string, status: InvoiceStatus): AsyncGenerator<InvoiceExportRow[]> {
  let after: { month: string; number: string } | null = null;
  for (;;) {
    const rows: (InvoiceExportRow & { monthStart: string })[] = await manager.query(
      `SELECT number, to_char(month, 'YYYY-MM') AS month, month::text AS "monthStart", status, provider_id AS "providerId",
              line_count AS "lineCount", total_price_kopecks::float8 AS "totalPriceKopecks",
              certificate_total_kopecks::float8 AS "certificateTotalKopecks",
              co_payment_total_kopecks::float8 AS "coPaymentTotalKopecks", advance_kopecks::float8 AS "advanceKopecks",
              (certificate_total_kopecks - advance_kopecks)::float8 AS "dueKopecks", issued_at AS "issuedAt",
              reviewed_at AS "reviewedAt", review_reason AS "reviewReason"
         FROM invoices
        WHERE municipality_code = $1 AND status = $2
          AND ($3::date IS NULL OR month < $3::date OR (month = $3::date AND number > $4))
        ORDER BY month DESC, number
        LIMIT $5`,
      [code, status, after?.month ?? null, after?.number ?? null, EXPORT_PAGE_SIZE],
    );
    yield rows;
    if (rows.length < EXPORT_PAGE_SIZE) return;
    const last = rows[rows.length - 1];
    after = { month: last.monthStart, number: last.number };
  }
}

interface InvoiceRow extends Omit<Invoice, 'issuedAt' | 'reviewedAt' | 'correctedAt'> {
  issuedBy: string | null;
  issuedAt: Date;
  reviewedAt: Date | null;
  correctedAt: Date | null;
}

const INVOICE_COLUMNS = `
  invoice_id AS "id", number, provider_id AS "providerId", municipality_code AS "municipalityCode",
  to_char(month, 'YYYY-MM') AS month, status, line_count AS "lineCount",
  total_price_kopecks::float8 AS "totalPriceKopecks", certificate_total_kopecks::float8 AS "certificateTotalKopecks",
  co_payment_total_kopecks::float8 AS "coPaymentTotalKopecks", advance_kopecks::float8 AS "advanceKopecks",
  (certificate_total_kopecks - advance_kopecks)::float8 AS "dueKopecks", issued_by AS "issuedBy", issued_at AS "issuedAt",
  reviewed_at AS "reviewedAt", review_reason AS "reviewReason", corrected_at AS "correctedAt",
  replaces_invoice_id AS "replacesInvoiceId"`;

const toInvoice = ({ issuedBy: _issuedBy, ...row }: InvoiceRow): Invoice => ({
  ...row,
  issuedAt: row.issuedAt.toISOString(),
  reviewedAt: row.reviewedAt?.toISOString() ?? null,
  correctedAt: row.correctedAt?.toISOString() ?? null,
});

async function findInvoice(manager: EntityManager, id: string, lock = false): Promise<InvoiceRow> {
  const [row]: InvoiceRow[] = await manager.query(
    `SELECT ${INVOICE_COLUMNS} FROM invoices WHERE invoice_id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  if (!row) throw notFound('Счёт не найден.');
  return row;
}

/** The provider sees its own invoices; the paying municipality and the regional admin see theirs. */
function canReadInvoice(viewer: Viewer, invoice: { providerId: string; municipalityCode: string }): boolean {
  if (hasRole(viewer, 'provider_staff') && viewer.providerId === invoice.providerId) return true;
  return isMunicipalityStaff(viewer, invoice.municipalityCode);
}

/** Another subgraph's reference to an invoice (notifications' download link) resolves for those who may read it. */
export const invoiceReference = {
  async __resolveReference({ id }: { id: string }, { dataSource, viewer }: RequestContext): Promise<Invoice | null> {
    const [row]: InvoiceRow[] = await dataSource.query(`SELECT ${INVOICE_COLUMNS} FROM invoices WHERE invoice_id = $1`, [id]);
    return row && canReadInvoice(viewer, row) ? toInvoice(row) : null;
  },
};

@Resolver(() => Invoice)
export class InvoiceResolver {
  @Authorized('provider_staff')
  @Mutation(() => MonthEndSummary, {
    description:
      'Отчёт за месяц: какие записи обучались. Сразу начисляет оплату и выставляет счета; повтор ничего не меняет. ' +
      'После возврата счёта отчёт за тот месяц исправляет его: списания по возвращённому счёту отменяются и выставляется новый',
  })
  reportMonth(
    @Arg('input', () => MonthReportInput) input: MonthReportInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<MonthEndSummary> {
    const parsed = parseInput(monthReportInputSchema, input);
    const month = parseMonth(parsed.month);
    return dataSource.transaction((manager) => reportMonth(manager, viewer, month, parsed.enrollmentIds));
  }

  @Authorized('regional_admin')
  @Mutation(() => MonthEndSummary, { description: 'Закрыть месяц по всем отчётам (обычно это делает ежемесячное задание)' })
  runMonthEnd(@Arg('month', () => String) month: string, @Ctx() { dataSource }: RequestContext): Promise<MonthEndSummary> {
    const parsed = parseMonth(month);
    return dataSource.transaction((manager) => runMonthEnd(manager, { month: parsed }));
  }

  @Authorized('provider_staff')
  @Query(() => [Invoice], { description: 'Счета своей организации, новые сверху; можно за один месяц' })
  async providerInvoices(
    @Arg('month', () => String, { nullable: true }) month: string | null | undefined,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<Invoice[]> {
    const providerId = reportingProvider(viewer);
    // an omitted argument arrives as undefined, not null: both mean every month
    const firstDay = month === null || month === undefined ? null : parseMonth(month).firstDay;
    const rows: InvoiceRow[] = await dataSource.query(
      `SELECT ${INVOICE_COLUMNS} FROM invoices WHERE provider_id = $1 AND ($2::date IS NULL OR month = $2)
       ORDER BY month DESC, number`,
      [providerId, firstDay],
    );
    return rows.map(toInvoice);
  }

  @Authorized('finance_officer', 'operator', 'regional_admin')
  @Query(() => [Invoice], { description: 'Счета организаций муниципалитету; по умолчанию — ожидающие решения' })
  async municipalityInvoices(
    @Arg('municipalityCode', () => String) municipalityCode: string,
    @Arg('status', () => String, { nullable: true }) status: string | null,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<Invoice[]> {
    const code = parseInput(codeSchema, municipalityCode);
    const wanted: InvoiceStatus = parseInput(statusSchema, status ?? 'issued');
    if (!isMunicipalityStaff(viewer, code)) throw forbidden('Счета видит уполномоченный орган этого муниципалитета.');
    const rows: InvoiceRow[] = await dataSource.query(
      `SELECT ${INVOICE_COLUMNS} FROM invoices WHERE municipality_code = $1 AND status = $2 ORDER BY month DESC, number`,
      [code, wanted],
    );
    return rows.map(toInvoice);
  }

  @Authorized('finance_officer', 'operator', 'regional_admin')
  @Query(() => TableExportFile, {
    description: 'Выгрузка счетов муниципалитета (как в таблице «Счета») в XLSX или CSV; персональных данных в ней нет',
  })
  async municipalityInvoicesExport(
    @Arg('municipalityCode', () => String) municipalityCode: string,
    @Arg('status', () => String, { nullable: true }) status: string | null,
    @Arg('format', () => String, { description: 'xlsx или csv' }) format: string,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<TableExportFile> {
    const code = parseInput(codeSchema, municipalityCode);
    const wanted: InvoiceStatus = parseInput(statusSchema, status ?? 'issued');
    const fileFormat = parseInput(formatSchema, format);
    if (!isMunicipalityStaff(viewer, code)) throw forbidden('Счета видит уполномоченный орган этого муниципалитета.');
    const file = await exportTable(
      fileFormat,
      invoiceExportTable,
      invoicePages(dataSource.manager, code, wanted),
      `счета-${code}-${wanted}`,
    );
    return {
      fileName: file.fileName,
      contentType: file.contentType,
      contentBase64: file.content.toString('base64'),
      rowCount: file.rows,
    };
  }

  @Authorized()
  @Query(() => [InvoiceLine], { description: 'Строки счёта' })
  async invoiceLines(
    @Arg('invoiceId', () => ID) invoiceId: string,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<InvoiceLine[]> {
    const invoice = await findInvoice(dataSource.manager, parseInput(invoiceIdSchema, invoiceId));
    if (!canReadInvoice(viewer, invoice)) throw forbidden('Этот счёт видят организация и муниципалитет, которому он выставлен.');
    const rows: (Omit<InvoiceLine, 'child' | 'program'> & { childId: string; programId: string | null })[] =
      await dataSource.query(
        `SELECT mc.enrollment_id AS "enrollmentId", mc.certificate_id AS "certificateId", c.number AS "certificateNumber",
                e.child_id AS "childId", e.program_id AS "programId", e.program_title AS "programTitle",
                mc.price_kopecks::float8 AS "priceKopecks", mc.certificate_kopecks::float8 AS "certificateKopecks",
                mc.co_payment_kopecks::float8 AS "coPaymentKopecks"
         FROM monthly_charges mc JOIN certificates c ON c.certificate_id = mc.certificate_id
         JOIN enrollments e ON e.enrollment_id = mc.enrollment_id
         WHERE mc.invoice_id = $1 ORDER BY e.program_title NULLS LAST, c.number, mc.enrollment_id`,
        [invoice.id],
      );
    return rows.map(({ childId, programId, ...line }) => ({
      ...line,
      child: { id: childId },
      program: programId === null ? null : { id: programId },
    }));
  }

  @Authorized('finance_officer')
  @Mutation(() => Invoice, { description: 'Принять счёт к оплате (финансовый орган муниципалитета-плательщика, один раз)' })
  approveInvoice(@Arg('invoiceId', () => ID) invoiceId: string, @Ctx() context: RequestContext): Promise<Invoice> {
    return review(context, parseInput(invoiceIdSchema, invoiceId), 'approved', null);
  }

  @Authorized('finance_officer')
  @Mutation(() => Invoice, { description: 'Вернуть счёт организации с пояснением (финансовый орган муниципалитета-плательщика)' })
  returnInvoice(
    @Arg('invoiceId', () => ID) invoiceId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() context: RequestContext,
  ): Promise<Invoice> {
    return review(context, parseInput(invoiceIdSchema, invoiceId), 'returned', parseInput(returnReasonSchema, reason));
  }

  @Authorized('finance_officer', 'regional_admin')
  @Mutation(() => AdvancePayment, { description: 'Записать аванс организации за месяц; он будет зачтён в счёт за этот месяц' })
  recordAdvancePayment(
    @Arg('input', () => AdvancePaymentInput) input: AdvancePaymentInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<AdvancePayment> {
    const parsed = parseInput(advancePaymentInputSchema, input);
    const month = parseMonth(parsed.month);
    const { firstDay } = month;
    if (
      !hasRole(viewer, 'regional_admin') &&
      !(hasRole(viewer, 'finance_officer') && viewer.municipalityCode === parsed.municipalityCode)
    ) {
      throw forbidden('Аванс записывает уполномоченный орган своего муниципалитета.');
    }
    return dataSource.transaction(async (manager) => {
      await lockMonth(manager, month);
      const issued: unknown[] = await manager.query(
        'SELECT 1 FROM invoices WHERE provider_id = $1 AND municipality_code = $2 AND month = $3',
        [parsed.providerId, parsed.municipalityCode, firstDay],
      );
      if (issued.length > 0) {
        throw new DomainError('INVOICE_ALREADY_ISSUED', 'Счёт за этот месяц уже выставлен: аванс за него записать нельзя.');
      }
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO advance_payments (provider_id, municipality_code, month, amount_kopecks, paid_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING advance_id AS id`,
        [parsed.providerId, parsed.municipalityCode, firstDay, parsed.amountKopecks, viewer.userId],
      );
      return { ...parsed, id: row!.id, invoiceId: null };
    });
  }
}

/** Approves or returns an issued invoice under a row lock, once, and tells the provider through an event. */
function review(
  { dataSource, viewer }: RequestContext,
  invoiceId: string,
  decision: InvoiceDecision,
  reason: string | null,
): Promise<Invoice> {
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
    return toInvoice(await findInvoice(manager, invoiceId));
  });
}
